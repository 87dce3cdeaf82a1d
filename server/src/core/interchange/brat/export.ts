// The workspace as a brat collection: for each article X.txt (LF line breaks) an X.ann
// beside it, plus annotation.conf and visual.conf at the top so brat shows it as is.
//   T  text-bound: annotations (type = status) and figures (type = the figure's status)
//   A  attributes: Figure (marks a figure), Kind, Id (annotation id), Claim
//   #  AnnotatorNotes (the note); SourceQuote / Accessed on a source's N line
//   N  Reference <T> URL:<url>  <title>: one per source
// Offsets are code points of the .txt (what brat, in Python, counts).
import { figureStatus } from '../../resolvedArticle';
import { FIGURE_KINDS, STATUSES, Status } from '../../types';
import type { FactWorkspace } from '../../workspace';
import type { PlacedAnnotation } from '../collect';
import { OffsetMap } from '../offsets';
import { STATUS_COLORS } from '../report/statusStyle';
import { ATTRIBUTE, bratText, bratType, COMMENT, escapeLine, REFERENCE_DB } from './names';

export interface OutputFile {
  /** Path relative to the output folder, '/'. */
  path: string;
  content: string;
}

export interface BratExport {
  files: OutputFile[];
  /** Annotations left out (they do not anchor, so they have no offsets). */
  skipped: string[];
  counts: { documents: number; annotations: number; figures: number };
}

export function toBrat(ws: FactWorkspace, placed: PlacedAnnotation[]): BratExport {
  const files: OutputFile[] = [];
  const skipped = placed.filter((p) => !p.span).map((p) => `${p.article}#${p.annotation.id}: left out of brat (${p.unplaced})`);
  const counts = { documents: 0, annotations: 0, figures: 0 };
  const ids = new Set<string>();
  const claims = new Set<string>();
  for (const article of ws.articlePaths()) {
    const resolved = ws.resolve(article)!;
    const text = resolved.article.text;
    const map = new OffsetMap(text, { collapseCrlf: true });
    const lines = new AnnWriter(bratText(text), map);
    for (const p of placed) {
      if (p.article !== article || !p.span) continue;
      const a = p.annotation;
      const t = lines.textBound(bratType(a.status), p.span.start, p.span.end);
      lines.attribute(ATTRIBUTE.id, t, a.id);
      ids.add(a.id);
      if (a.claim) {
        lines.attribute(ATTRIBUTE.claim, t, a.claim);
        claims.add(a.claim);
      }
      if (a.note !== undefined) lines.comment(COMMENT.note, t, a.note);
      for (const source of a.sources) {
        const n = lines.reference(t, source.url, source.title ?? source.url);
        if (source.quote !== undefined) lines.comment(COMMENT.sourceQuote, n, source.quote);
        if (source.accessed !== undefined) lines.comment(COMMENT.accessed, n, source.accessed);
      }
      counts.annotations++;
    }
    for (const figure of resolved.figures) {
      const t = lines.textBound(bratType(figureStatus(resolved, figure).status), figure.start, figure.end);
      lines.attribute(ATTRIBUTE.figure, t);
      lines.attribute(ATTRIBUTE.kind, t, figure.kind);
      counts.figures++;
    }
    const base = article.replace(/\.txt$/i, '');
    files.push({ path: `${base}.txt`, content: bratText(text) }, { path: `${base}.ann`, content: lines.toString() });
    counts.documents++;
  }
  files.push({ path: 'annotation.conf', content: annotationConf([...ids].sort(), [...claims].sort()) }, { path: 'visual.conf', content: visualConf() });
  return { files, skipped, counts };
}

/** Numbers brat ids and writes the lines of one .ann file. */
class AnnWriter {
  private readonly out: string[] = [];
  private next = { T: 1, A: 1, N: 1, '#': 1 };
  /** The text as code points, so brat offsets index it directly. */
  private readonly chars: string[];

  constructor(text: string, private readonly map: OffsetMap) {
    this.chars = [...text];
  }

  textBound(type: string, start: number, end: number): string {
    const id = `T${this.next.T++}`;
    const s = this.map.toChars(start);
    const e = this.map.toChars(end);
    // brat spans cannot cross a line break: such a span becomes fragments, one per line.
    const fragments: [number, number][] = [];
    const chars = this.chars;
    let from = s;
    for (let i = s; i < e; i++) {
      if (chars[i] === '\n') {
        if (i > from) fragments.push([from, i]);
        from = i + 1;
      }
    }
    if (e > from || fragments.length === 0) fragments.push([from, Math.max(from, e)]);
    const shown = fragments.map(([a, b]) => chars.slice(a, b).join('')).join(' ');
    this.out.push(`${id}\t${type} ${fragments.map(([a, b]) => `${a} ${b}`).join(';')}\t${shown}`);
    return id;
  }

  attribute(name: string, target: string, value?: string): void {
    this.out.push(`A${this.next.A++}\t${name} ${target}${value !== undefined ? ` ${value}` : ''}`);
  }

  comment(type: string, target: string, text: string): void {
    this.out.push(`#${this.next['#']++}\t${type} ${target}\t${escapeLine(text)}`);
  }

  reference(target: string, url: string, label: string): string {
    const id = `N${this.next.N++}`;
    this.out.push(`${id}\tReference ${target} ${REFERENCE_DB}:${url.replace(/\s/g, '%20')}\t${escapeLine(label)}`);
    return id;
  }

  toString(): string {
    return this.out.length > 0 ? this.out.join('\n') + '\n' : '';
  }
}

function annotationConf(ids: string[], claims: string[]): string {
  const attributes = [
    `${ATTRIBUTE.figure}\tArg:<ENTITY>`,
    `${ATTRIBUTE.kind}\tArg:<ENTITY>, Value:${FIGURE_KINDS.join('|')}`,
  ];
  if (ids.length > 0) attributes.push(`${ATTRIBUTE.id}\tArg:<ENTITY>, Value:${ids.join('|')}`);
  if (claims.length > 0) attributes.push(`${ATTRIBUTE.claim}\tArg:<ENTITY>, Value:${claims.join('|')}`);
  return [
    '# FactLens export: entity types are fact-check statuses; figures carry the Figure attribute.',
    '[entities]',
    ...STATUSES.map(bratType),
    '',
    '[relations]',
    '# Annotations and the figures inside them share spans.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...attributes,
    '',
  ].join('\n');
}

function visualConf(): string {
  const labels = STATUSES.map((s: Status) => `${bratType(s)} | ${s.replace(/-/g, ' ')}`);
  const drawing = STATUSES.map((s: Status) => `${bratType(s)}\tbgColor:${STATUS_COLORS[s].background}`);
  return ['[labels]', ...labels, '', '[drawing]', ...drawing, ''].join('\n');
}
