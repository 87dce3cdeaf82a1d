// Reads brat .ann files back into IncomingAnnotations. Text-bound (T) annotations whose
// type is a status become annotations; those marked with the Figure attribute are the
// exported figures (derived from the text, so not imported). Id and Claim attributes,
// AnnotatorNotes and URL references (with their SourceQuote / Accessed comments) fill the
// rest. The quote comes from the .txt beside the .ann when there is one.
import { selectorFor } from '../../anchoring';
import type { Source } from '../../types';
import { cleanId, IncomingAnnotation, InvalidEntry, isHttpUrl, ParsedImport } from '../incoming';
import { OffsetMap } from '../offsets';
import { ATTRIBUTE, COMMENT, statusOfBratType, unescapeLine } from './names';

export interface BratDocument {
  /** Path of the .ann file as the user named it (relative to the import folder). */
  annPath: string;
  annText: string;
  /** The .txt beside it, when present. */
  txtText?: string;
}

interface TextBound {
  type: string;
  start: number;
  end: number;
  text: string;
  /** Spread over several fragments (it crossed a line break). */
  discontinuous: boolean;
  attributes: Map<string, string | true>;
  notes: string[];
  references: string[];
}

export function parseBrat(docs: BratDocument[]): ParsedImport {
  const annotations: IncomingAnnotation[] = [];
  const invalid: InvalidEntry[] = [];
  for (const doc of docs) {
    const { bounds, references, problems } = readAnn(doc);
    invalid.push(...problems);
    const txtMap = doc.txtText !== undefined ? new OffsetMap(doc.txtText) : undefined;
    for (const [tid, t] of bounds) {
      if (t.attributes.has(ATTRIBUTE.figure)) continue;
      const label = `${doc.annPath} ${tid}`;
      const status = statusOfBratType(t.type);
      if (!status) {
        invalid.push({ label, reason: `type "${t.type}" is not a FactLens status` });
        continue;
      }
      const incoming: IncomingAnnotation = { label, source: doc.annPath, status, sources: [], position: { start: t.start, end: t.end, unit: 'brat' } };
      if (txtMap && doc.txtText !== undefined && t.end <= txtMap.length) {
        const s = txtMap.toUtf16(t.start);
        const e = txtMap.toUtf16(t.end);
        const selector = selectorFor(doc.txtText, s, e);
        Object.assign(incoming, { quote: selector.quote, prefix: selector.prefix || undefined, suffix: selector.suffix || undefined });
      } else if (!t.discontinuous) {
        incoming.quote = t.text;
      }
      const id = t.attributes.get(ATTRIBUTE.id);
      incoming.id = typeof id === 'string' ? cleanId(id) : cleanId(`brat-${tid}`);
      const claim = t.attributes.get(ATTRIBUTE.claim);
      if (typeof claim === 'string') incoming.claim = cleanId(claim);
      if (t.notes.length > 0) incoming.note = t.notes.join('\n\n');
      for (const nid of t.references) {
        const source = references.get(nid);
        if (source) incoming.sources.push(source);
      }
      annotations.push(incoming);
    }
  }
  return { annotations, invalid };
}

function readAnn(doc: BratDocument): { bounds: Map<string, TextBound>; references: Map<string, Source>; problems: InvalidEntry[] } {
  const bounds = new Map<string, TextBound>();
  const references = new Map<string, Source>();
  const problems: InvalidEntry[] = [];
  const later: (() => void)[] = [];
  doc.annText.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const label = `${doc.annPath}:${index + 1}`;
    let m: RegExpExecArray | null;
    if ((m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line))) {
      const offsets = m[3].split(/[ ;]/).map(Number);
      bounds.set(m[1], { type: m[2], start: offsets[0], end: offsets[offsets.length - 1], text: m[4], discontinuous: m[3].includes(';'), attributes: new Map(), notes: [], references: [] });
    } else if ((m = /^[AM]\d+\t(\S+) (\S+)(?: (\S+))?$/.exec(line))) {
      const [, name, target, value] = m;
      later.push(() => bounds.get(target)?.attributes.set(name, value ?? true));
    } else if ((m = /^(N\d+)\tReference (\S+) ([^:\s]+):(\S+)(?:\t(.*))?$/.exec(line))) {
      const [, nid, target, , id, title] = m;
      const url = id.replace(/%20/g, ' ');
      if (!isHttpUrl(id)) {
        problems.push({ label, reason: `reference ${nid} is not an http(s) URL (${m[3]}:${id}); left out` });
        return;
      }
      const source: Source = { url };
      const shown = title !== undefined ? unescapeLine(title) : undefined;
      if (shown !== undefined && shown !== url) source.title = shown;
      references.set(nid, source);
      later.push(() => bounds.get(target)?.references.push(nid));
    } else if ((m = /^#\d*\t(\S+) (\S+)\t(.*)$/.exec(line))) {
      const [, type, target, text] = m;
      const value = unescapeLine(text);
      later.push(() => {
        if (type === COMMENT.note) bounds.get(target)?.notes.push(value);
        const source = references.get(target);
        if (source && type === COMMENT.sourceQuote) source.quote = value;
        if (source && type === COMMENT.accessed) source.accessed = value;
      });
    } else if (!/^[RE*]/.test(line)) {
      problems.push({ label, reason: 'not a brat annotation line' });
    }
  });
  for (const apply of later) apply();
  return { bounds, references, problems };
}
