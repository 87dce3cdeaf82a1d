// Renders new YAML fragments (an annotation, a source, one value) with the `yaml` package,
// in FactLens's fixed key order. Fragments come back as lines without indentation; the
// editor indents them to fit the file they go into.
import { Document, isMap, isScalar, isSeq, Node, Scalar } from 'yaml';
import type { Annotation, Source } from '../types';

/** The order keys of a new annotation are written in. */
export const ANNOTATION_KEY_ORDER: readonly (keyof Annotation)[] = [
  'id', 'quote', 'prefix', 'suffix', 'offset', 'status', 'claim', 'sources', 'note', 'by', 'updated',
];
const SOURCE_KEY_ORDER: readonly (keyof Source)[] = ['url', 'title', 'accessed', 'quote'];
/** Article text is shown in double quotes, so leading and trailing spaces and curly quotes stay visible. */
const QUOTED_KEYS = new Set(['quote', 'prefix', 'suffix']);

export interface RenderStyle {
  /** Whether block lists are indented under their key (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
}

export function orderedAnnotation(ann: Partial<Annotation>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEY_ORDER) {
    const value = ann[key];
    if (value === undefined || value === null) continue;
    out[key] = key === 'sources' ? (value as Source[]).map(orderedSource) : value;
  }
  return out;
}

export function orderedSource(source: Source): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SOURCE_KEY_ORDER) if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  return out;
}

/** A mapping (an annotation or a source) as block YAML lines. */
export function renderMapping(value: Record<string, unknown>, style: RenderStyle): string[] {
  const doc = new Document(value);
  quoteArticleText(doc.contents as Node);
  return toLines(doc, style);
}

/**
 * `key: value` as lines, for inserting a field or replacing a value. `keepType` keeps the
 * quoting style of the value being replaced ("x" stays double quoted, 'x' single quoted).
 */
export function renderPair(key: string, value: unknown, style: RenderStyle, keepType?: Scalar.Type): string[] {
  const doc = new Document({ [key]: key === 'sources' ? (value as Source[]).map(orderedSource) : value });
  quoteArticleText(doc.contents as Node);
  const node = (doc.contents as { items: Array<{ value: unknown }> }).items[0].value;
  if (isScalar(node) && keepType && typeof node.value === 'string' && keepType !== 'BLOCK_FOLDED') node.type = keepType;
  return toLines(doc, style);
}

function toLines(doc: Document, style: RenderStyle): string[] {
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: style.indentSeq });
  return text.replace(/\n$/, '').split('\n');
}

/** Double-quotes quote/prefix/suffix strings, at any depth (source quotes too). */
function quoteArticleText(node: Node | null): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value as Node | null;
      if (isScalar(value) && typeof value.value === 'string' && QUOTED_KEYS.has(key) && !value.value.includes('\n')) value.type = 'QUOTE_DOUBLE';
      else quoteArticleText(value);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) quoteArticleText(item as Node);
  }
}
