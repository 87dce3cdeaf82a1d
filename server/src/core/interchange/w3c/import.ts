// Reads W3C Web Annotations (a single Annotation, an array, an AnnotationCollection or an
// AnnotationPage) into IncomingAnnotations. Reads what FactLens writes exactly, and what
// other tools write as well as it can: TextualBody values become the status (purpose
// assessing, or a tag naming a status), the note (commenting or no purpose) or the claim
// (a "claim:" tag); http(s) resources become sources.
import {
  asArray, asObject, asString, cleanId, IncomingAnnotation, InvalidEntry, isHttpUrl, ParsedImport, statusFromWord,
} from '../incoming';
import type { Source, Status } from '../../types';
import { iriToPath, parseAnnotationIri, parseClaimIri, toDate } from './vocabulary';

export function parseW3c(json: unknown): ParsedImport {
  const annotations: IncomingAnnotation[] = [];
  const invalid: InvalidEntry[] = [];
  annotationNodes(json).forEach((node, index) => {
    const label = `annotation ${index + 1}${typeof node.id === 'string' ? ` (${node.id})` : ''}`;
    const type = asArray(node.type).map(String);
    if (!type.includes('Annotation') && !type.includes('oa:Annotation')) {
      invalid.push({ label, reason: `not an Annotation (type ${JSON.stringify(node.type)})` });
      return;
    }
    const parsed = readAnnotation(node, label);
    if ('reason' in parsed) invalid.push(parsed);
    else annotations.push(parsed);
  });
  return { annotations, invalid };
}

/** The annotations of any accepted container shape. */
function annotationNodes(json: unknown): Record<string, unknown>[] {
  if (Array.isArray(json)) return json.flatMap(annotationNodes);
  const node = asObject(json);
  if (!node) return [];
  const type = asArray(node.type).map(String);
  if (type.includes('AnnotationCollection')) {
    const pages: unknown[] = [];
    for (let page = asObject(node.first); page; page = asObject(page.next)) {
      pages.push(...asArray(page.items));
      if (pages.length > 1_000_000) break;
    }
    return pages.flatMap(annotationNodes);
  }
  if (type.includes('AnnotationPage')) return asArray(node.items).flatMap(annotationNodes);
  return [node];
}

function readAnnotation(node: Record<string, unknown>, label: string): IncomingAnnotation | InvalidEntry {
  const target = asArray(node.target).map((t) => (typeof t === 'string' ? { source: t } : asObject(t))).find((t) => t && t.source !== undefined);
  if (!target) return { label, reason: 'no target with a source' };
  const sourceValue = target.source;
  const sourceIri = asString(sourceValue) ?? asString(asObject(sourceValue)?.id);
  if (!sourceIri) return { label, reason: 'the target source is not an IRI' };

  const incoming: IncomingAnnotation = { label, source: iriToPath(sourceIri), status: 'unverified', sources: [] };
  for (const selector of asArray(target.selector).map(asObject)) {
    if (!selector) continue;
    if (selector.type === 'TextQuoteSelector' && typeof selector.exact === 'string') {
      incoming.quote = selector.exact;
      if (typeof selector.prefix === 'string') incoming.prefix = selector.prefix;
      if (typeof selector.suffix === 'string') incoming.suffix = selector.suffix;
    } else if (selector.type === 'TextPositionSelector' && isCount(selector.start) && isCount(selector.end) && selector.start <= selector.end) {
      incoming.position = { start: selector.start, end: selector.end, unit: 'codepoint' };
    }
  }
  if (incoming.quote === undefined && incoming.position === undefined) return { label, reason: 'no TextQuoteSelector or TextPositionSelector' };

  readBodies(node, incoming);
  const iri = asString(node.id);
  const ours = iri ? parseAnnotationIri(iri) : undefined;
  const id = ours ? cleanId(ours.id) : iri ? cleanId(`w3c-${iri.split(/[/#:]/).filter(Boolean).pop() ?? ''}`) : undefined;
  if (id) incoming.id = id;
  const by = creatorName(node.creator);
  if (by) incoming.by = by;
  const updated = toDate(asString(node.modified) ?? asString(node.created) ?? '');
  if (updated) incoming.updated = updated;
  return incoming;
}

function readBodies(node: Record<string, unknown>, incoming: IncomingAnnotation): void {
  const notes: string[] = [];
  const tags: string[] = [];
  let status: Status | undefined;
  if (typeof node.bodyValue === 'string') notes.push(node.bodyValue);
  for (const raw of asArray(node.body)) {
    const body = typeof raw === 'string' ? { source: raw } : asObject(raw);
    if (!body) continue;
    const purposes = asArray(body.purpose).map(String);
    if (body.type === 'TextualBody' || typeof body.value === 'string') {
      const value = asString(body.value) ?? '';
      if (purposes.includes('assessing')) status = statusFromWord(value) ?? status;
      else if (purposes.includes('tagging')) tags.push(value);
      else notes.push(value);
      continue;
    }
    const resource = asString(body.source) ?? asString(asObject(body.source)?.id) ?? asString(body.id);
    if (!resource) continue;
    const claim = parseClaimIri(resource);
    if (claim !== undefined) incoming.claim = claim;
    else if (isHttpUrl(resource)) incoming.sources.push(readSource(resource, body));
  }
  for (const tag of tags) {
    const fromTag = statusFromWord(tag);
    if (fromTag && !status) status = fromTag;
    else if (/^claim:/i.test(tag) && !incoming.claim) incoming.claim = cleanId(tag.slice(6));
    else notes.push(`#${tag}`);
  }
  if (status) incoming.status = status;
  if (notes.length > 0) incoming.note = notes.join('\n\n');
}

function readSource(url: string, body: Record<string, unknown>): Source {
  const source: Source = { url };
  const described = asObject(body.source);
  const title = asString(described?.['dcterms:title']) ?? asString(described?.title) ?? asString(described?.name) ?? asString(described?.label);
  if (title !== undefined) source.title = title;
  const selector = asArray(body.selector).map(asObject).find((s) => s?.type === 'TextQuoteSelector');
  if (typeof selector?.exact === 'string') source.quote = selector.exact;
  const state = asArray(body.state).map(asObject).find((s) => typeof s?.sourceDate === 'string');
  const accessed = state ? toDate(String(state.sourceDate)) : undefined;
  if (accessed) source.accessed = accessed;
  return source;
}

function creatorName(creator: unknown): string | undefined {
  const first = asArray(creator)[0];
  if (typeof first === 'string') return first;
  const person = asObject(first);
  return asString(person?.name) ?? asString(person?.nickname) ?? asString(person?.id);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
