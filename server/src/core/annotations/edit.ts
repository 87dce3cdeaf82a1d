// Comment-preserving edits of an annotation file. Each function takes the YAML text and
// returns the new text; only the lines an edit concerns change (comments, key order,
// quoting, alignment, blank lines and CRLF elsewhere survive byte for byte). Broken files
// (YAML errors, merge conflicts) are refused with an Error rather than rewritten.
import { Document, isMap, isScalar, isSeq, Node, YAMLMap, YAMLSeq } from 'yaml';
import type { Annotation, Source } from '../types';
import {
  afterColon, applySplices, belowKey, columnOf, EditableFile, endOfLines, findAnnotation, findPair,
  indentLines, lineAt, lineStart, openForEdit, Splice,
} from './editText';
import { clearField, setField } from './mapEdits';
import { ANNOTATION_KEY_ORDER, orderedAnnotation, orderedSource, renderMapping, RenderStyle } from './render';

const REQUIRED: readonly string[] = ['id', 'quote', 'status'];
const HEADER = [
  ' FactLens fact-check annotations: one list item per checked passage of the article.',
  ' Keys: id, quote (exact article text), status, sources, note… Comments are kept when FactLens edits this file.',
];

/** Adds an annotation (creating the file's content when `text` is empty or undefined). */
export function addAnnotation(text: string | undefined, ann: Annotation, articlePath?: string): string {
  if (!text || text.trim() === '') return newFile(ann, articlePath);
  const file = openForEdit(text);
  const root = file.doc.contents as YAMLMap | null;
  const style = styleOf(file);
  const item = renderMapping(orderedAnnotation(ann), style);
  const pair = root ? findPair(root, 'annotations') : undefined;
  const list = pair?.value;
  if (isSeq(list) && list.items.some((i) => isMap(i) && i.get('id') === ann.id)) throw new Error(`An annotation with id '${ann.id}' already exists in this file.`);

  if (!pair) {
    // No list yet: `annotations:` goes after the last top-level key (or after the comments of a comment-only file).
    const at = root ? endOfLines(text, root, root.range![1]) : text.length;
    const block = `annotations:${file.eol}` + listItem(item, style.indentSeq ? 2 : 0, file.eol);
    return applySplices(text, [lineAt(file, at, block)]);
  }
  if (isSeq(list) && !list.flow && list.items.length > 0) {
    const at = endOfLines(text, list, list.range![1]);
    return applySplices(text, [lineAt(file, at, listItem(item, columnOf(text, list.range![0]), file.eol))]);
  }
  if (list === null || (isScalar(list) && list.value === null) || (isSeq(list) && list.items.length === 0)) {
    // `annotations:`, `annotations: null` or `annotations: []`: the list starts on the next line.
    const keyColumn = columnOf(text, pair.key.range![0]);
    return applySplices(text, belowKey(file, pair.key, list, listItem(item, keyColumn + (style.indentSeq ? 2 : 0), file.eol)));
  }
  if (isSeq(list)) return rewriteList(file, pair.key, list, [...(list.toJSON() as unknown[]), orderedAnnotation(ann)], style);
  throw new Error("The file's 'annotations' is not a list; fix it before FactLens edits it.");
}

/** Sets the keys present in `patch` (in key order); keys set to undefined or null are removed. */
export function updateAnnotation(text: string, id: string, patch: Partial<Annotation>): string {
  for (const key of Object.keys(patch)) {
    const value = (patch as Record<string, unknown>)[key];
    if (REQUIRED.includes(key) && (value === undefined || value === null)) throw new Error(`'${key}' is required and cannot be removed.`);
  }
  if (patch.id !== undefined && patch.id !== id && hasId(text, patch.id)) throw new Error(`An annotation with id '${patch.id}' already exists in this file.`);
  let out = text;
  let currentId = id;
  const keys = [...ANNOTATION_KEY_ORDER.filter((k) => k in patch), ...Object.keys(patch).filter((k) => !(ANNOTATION_KEY_ORDER as string[]).includes(k))];
  // One key at a time, re-reading in between: each splice is computed on the text it applies to.
  for (const key of keys) {
    const file = openForEdit(out);
    const { item } = findAnnotation(file, currentId);
    const value = (patch as Record<string, unknown>)[key];
    if (!isMap(item) || item.flow) {
      out = rewriteItem(file, item, { ...(item.toJSON() as object), [key]: value }, styleOf(file));
    } else {
      const splices = value === undefined || value === null ? clearField(file, item, key) : setField(file, item, key, value, styleOf(file));
      out = applySplices(out, splices);
    }
    if (key === 'id') currentId = String(value);
  }
  return out;
}

/** Appends a source to an annotation's `sources` list (creating the list when needed). */
export function addSource(text: string, id: string, source: Source): string {
  const file = openForEdit(text);
  const { item } = findAnnotation(file, id);
  const style = styleOf(file);
  const pair = isMap(item) ? findPair(item, 'sources') : undefined;
  const sources = pair?.value;
  if (isMap(item) && !item.flow && isSeq(sources) && !sources.flow && sources.items.length > 0) {
    const at = endOfLines(text, sources, sources.range![1]);
    return applySplices(text, [lineAt(file, at, listItem(renderMapping(orderedSource(source), style), columnOf(text, sources.range![0]), file.eol))]);
  }
  const existing = isSeq(sources) ? (sources.toJSON() as Source[]) : [];
  return updateAnnotation(text, id, { sources: [...existing, source] });
}

/** Removes an annotation's list item (comments above it stay); the last one leaves `annotations: []`. */
export function removeAnnotation(text: string, id: string): string {
  const file = openForEdit(text);
  const { list, item } = findAnnotation(file, id);
  const annotationsKey = findPair(file.doc.contents as YAMLMap, 'annotations')!.key;
  if (list.flow) return rewriteList(file, annotationsKey, list, list.items.filter((i) => i !== item).map((i) => (i as Node).toJSON()), styleOf(file));
  const start = dashLineStart(text, item);
  const end = endOfLines(text, item, item.range![1]);
  const splices: Splice[] = [{ start, end, text: '' }];
  if (list.items.length === 1) splices.push({ start: afterColon(text, annotationsKey), end: afterColon(text, annotationsKey), text: ' []' });
  return applySplices(text, splices);
}

function newFile(ann: Annotation, articlePath: string | undefined): string {
  const doc = new Document({ ...(articlePath ? { article: articlePath } : {}), annotations: [] });
  doc.commentBefore = HEADER.join('\n');
  const head = doc.toString({ lineWidth: 0 }).replace(/annotations: \[\]\n$/, 'annotations:\n');
  return head + listItem(renderMapping(orderedAnnotation(ann), { indentSeq: true }), 2, '\n') + '\n';
}

/** "- first line" at `dashColumn`, the rest under it. */
function listItem(lines: string[], dashColumn: number, eol: string): string {
  return indentLines(['- ' + lines[0], ...lines.slice(1)], dashColumn, dashColumn + 2, eol);
}

/** Rewrites a flow-style list (`[ … ]`) as a block list: the rare case where splicing is not possible. */
function rewriteList(file: EditableFile, key: Node, list: YAMLSeq, items: unknown[], style: RenderStyle): string {
  const column = columnOf(file.text, key.range![0]) + (style.indentSeq ? 2 : 0);
  const block = items.map((i) => listItem(renderMapping(orderedPlain(i), style), column, file.eol)).join(file.eol);
  const colon = afterColon(file.text, key);
  const end = list.range![1];
  return applySplices(file.text, items.length === 0 ? [{ start: colon, end, text: ' []' }] : [{ start: colon, end, text: file.eol + block }]);
}

/** Rewrites one flow-style item (`- {id: …}`) as a block mapping with `value`. */
function rewriteItem(file: EditableFile, item: Node, value: Record<string, unknown>, style: RenderStyle): string {
  const lines = renderMapping(orderedPlain(value), style);
  const column = columnOf(file.text, item.range![0]);
  const body = [lines[0], ...lines.slice(1).map((l) => ' '.repeat(column) + l)].join(file.eol);
  return applySplices(file.text, [{ start: item.range![0], end: item.range![1], text: body }]);
}

/** Known keys in FactLens order, then unknown keys as they were; undefined and null dropped. */
function orderedPlain(value: unknown): Record<string, unknown> {
  const raw = (value ?? {}) as Record<string, unknown>;
  const out = orderedAnnotation(raw as Partial<Annotation>);
  for (const [k, v] of Object.entries(raw)) if (!(k in out) && v !== undefined && v !== null && !(ANNOTATION_KEY_ORDER as string[]).includes(k)) out[k] = v;
  return out;
}

function styleOf(file: EditableFile): RenderStyle {
  const root = file.doc.contents as YAMLMap | null;
  const pair = root ? findPair(root, 'annotations') : undefined;
  const list = pair?.value;
  if (!pair || !isSeq(list) || list.flow || !list.range) return { indentSeq: true };
  return { indentSeq: columnOf(file.text, list.range[0]) > columnOf(file.text, pair.key.range![0]) };
}

/** Start of the line holding the item's `-` (which may sit on the line above a mapping). */
function dashLineStart(text: string, item: Node): number {
  let i = item.range![0] - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] !== '-') throw new Error('Cannot find the list dash of this annotation; edit the file by hand.');
  return lineStart(text, i);
}

function hasId(text: string, id: string): boolean {
  try {
    findAnnotation(openForEdit(text), id);
    return true;
  } catch {
    return false;
  }
}
