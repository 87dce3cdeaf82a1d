// Reads a Hypothesis export: a JSON array of annotations, the API's { rows: [...] }, or the
// client's export file { annotations: [...] }. Each annotation has `uri`, `target[].source`
// and `target[].selector[]` (TextQuoteSelector, TextPositionSelector in UTF-16 units as the
// browser counts, RangeSelector into the DOM, which plain text cannot use), `text`, `tags`,
// `user` ("acct:name@host") and `updated`. Tags that name a status set it; "claim:<id>"
// links a claim; other tags are kept in the note.
import {
  asArray, asObject, asString, cleanId, IncomingAnnotation, InvalidEntry, ParsedImport, statusFromWord,
} from './incoming';
import { toDate } from './w3c/vocabulary';

export function parseHypothesis(json: unknown): ParsedImport {
  const root = asObject(json);
  const rows = Array.isArray(json) ? json : asArray(root?.rows ?? root?.annotations);
  const annotations: IncomingAnnotation[] = [];
  const invalid: InvalidEntry[] = [];
  rows.forEach((raw, index) => {
    const row = asObject(raw);
    const label = `hypothesis ${asString(row?.id) ?? `#${index + 1}`}`;
    if (!row) return invalid.push({ label, reason: 'not an object' });
    if (asArray(row.references).length > 0) return invalid.push({ label, reason: 'a reply, not an annotation of the text' });
    const parsed = readRow(row, label);
    if ('reason' in parsed) invalid.push(parsed);
    else annotations.push(parsed);
  });
  return { annotations, invalid };
}

function readRow(row: Record<string, unknown>, label: string): IncomingAnnotation | InvalidEntry {
  const target = asArray(row.target).map(asObject).find((t) => t && asArray(t.selector).length > 0);
  const source = asString(target?.source) ?? asString(row.uri);
  if (!target) return { label, reason: 'a page note (no text selector)' };
  const incoming: IncomingAnnotation = { label, source, status: 'unverified', sources: [] };
  for (const selector of asArray(target.selector).map(asObject)) {
    if (selector?.type === 'TextQuoteSelector' && typeof selector.exact === 'string') {
      incoming.quote = selector.exact;
      if (typeof selector.prefix === 'string') incoming.prefix = selector.prefix;
      if (typeof selector.suffix === 'string') incoming.suffix = selector.suffix;
    } else if (selector?.type === 'TextPositionSelector' && isCount(selector.start) && isCount(selector.end) && selector.start <= selector.end) {
      incoming.position = { start: selector.start, end: selector.end, unit: 'utf16' };
    }
  }
  if (incoming.quote === undefined && incoming.position === undefined) return { label, reason: 'only RangeSelectors (DOM paths), which plain-text articles cannot use' };

  const notes: string[] = [];
  const text = asString(row.text);
  if (text && text.trim()) notes.push(text.trim());
  const otherTags: string[] = [];
  for (const tag of asArray(row.tags).map(String)) {
    const status = statusFromWord(tag);
    if (status && incoming.status === 'unverified') incoming.status = status;
    else if (/^claim:/i.test(tag) && !incoming.claim) incoming.claim = cleanId(tag.slice(6));
    else otherTags.push(tag);
  }
  if (otherTags.length > 0) notes.push(`Tags: ${otherTags.join(', ')}`);
  if (notes.length > 0) incoming.note = notes.join('\n\n');
  const user = asString(row.user);
  if (user) incoming.by = /^acct:([^@]+)@/.exec(user)?.[1] ?? user;
  const updated = toDate(asString(row.updated) ?? asString(row.created) ?? '');
  if (updated) incoming.updated = updated;
  const id = asString(row.id);
  if (id) incoming.id = cleanId(`hyp-${id}`);
  return incoming;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
