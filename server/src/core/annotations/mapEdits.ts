// Setting and clearing one key of a block mapping (an annotation) by splicing text:
// only that key's line(s) change. New keys go after the nearest key that precedes them in
// FactLens's key order, so a file keeps reading in the usual order.
import { isCollection, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import {
  afterColon, columnOf, EditableFile, endOfLines, findPair, indentLines, lineStart, needsLineBreakBefore, Splice,
} from './editText';
import { ANNOTATION_KEY_ORDER, renderPair, RenderStyle } from './render';

export function setField(file: EditableFile, map: YAMLMap, key: string, value: unknown, style: RenderStyle): Splice[] {
  const { text, eol } = file;
  const keyIndent = columnOf(text, map.range![0]);
  const pair = findPair(map, key);
  if (!pair) return [insertPair(file, map, key, value, style, keyIndent)];

  const old = pair.value;
  const oldStart = old?.range?.[0] ?? afterColon(text, pair.key);
  const oldEnd = old?.range?.[1] ?? oldStart;
  const endsLine = oldEnd > oldStart && text[oldEnd - 1] === '\n';
  const lines = renderPair(key, value, style, isScalar(old) ? old.type : undefined);
  const first = lines[0].slice(lines[0].indexOf(':') + 1).replace(/^ /, ''); // the value part of "key: value"

  if (!Array.isArray(value) || value.length === 0) {
    // A scalar (or []) replaces the old value in place; an empty value gets one after the colon.
    const replacement = [first, ...lines.slice(1).map((l) => (l ? ' '.repeat(keyIndent) + l : l))].join(eol) + (endsLine ? eol : '');
    // A block list below the key becomes an inline value on the key's line.
    if (isCollection(old) && !old.flow) return [{ start: afterColon(text, pair.key), end: oldEnd, text: ' ' + replacement }];
    if (oldEnd > oldStart) return [{ start: oldStart, end: oldEnd, text: replacement }];
    const colon = afterColon(text, pair.key);
    return [{ start: colon, end: colon, text: ' ' + replacement }];
  }
  // A non-empty list: a block list replaces a block list in place; anything else is
  // removed from the key line and the list goes on the lines below.
  const items = lines.slice(1);
  if (isSeq(old) && !old.flow && old.items.length > 0) {
    const column = columnOf(text, oldStart);
    const base = items[0].length - items[0].trimStart().length;
    const body = items.map((l, i) => (i === 0 || !l.slice(base) ? '' : ' '.repeat(column)) + l.slice(base)).join(eol);
    return [{ start: oldStart, end: oldEnd, text: body + (endsLine ? eol : '') }];
  }
  const lineEnd = endOfLines(text, old, oldEnd);
  const at = lineEnd > 0 && text[lineEnd - 1] === '\n' ? lineEnd - (text[lineEnd - 2] === '\r' ? 2 : 1) : lineEnd;
  const colon = afterColon(text, pair.key);
  const block = eol + indentLines(items, keyIndent, keyIndent, eol);
  return oldEnd > oldStart ? [{ start: colon, end: oldEnd, text: '' }, { start: at, end: at, text: block }] : [{ start: at, end: at, text: block }];
}

export function clearField(file: EditableFile, map: YAMLMap, key: string): Splice[] {
  const { text } = file;
  const pair = findPair(map, key);
  if (!pair) return [];
  const index = map.items.indexOf(pair as never);
  const end = endOfLines(text, isCollection(pair.value) || isScalar(pair.value) ? pair.value : pair.key, pair.key.range![1]);
  if (index === 0) {
    // The first key shares its line with the list dash: pull the next key up onto it.
    const next = map.items[1]?.key as Node | undefined;
    if (!next?.range) throw new Error(`Cannot remove '${key}': it is the annotation's only key.`);
    return [{ start: pair.key.range![0], end: next.range[0], text: '' }];
  }
  return [{ start: lineStart(text, pair.key.range![0]), end, text: '' }];
}

function insertPair(file: EditableFile, map: YAMLMap, key: string, value: unknown, style: RenderStyle, keyIndent: number): Splice {
  const { text, eol } = file;
  const order = ANNOTATION_KEY_ORDER as readonly string[];
  const rank = order.indexOf(key);
  let after = map.items[map.items.length - 1];
  for (const pair of map.items) {
    const r = isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1;
    if (r >= 0 && r < rank) after = pair;
  }
  const at = endOfLines(text, (after.value as Node | null) ?? (after.key as Node), (after.key as Node).range![1]);
  const lines = renderPair(key, value, style);
  const body = indentLines(lines, keyIndent, keyIndent, eol);
  return needsLineBreakBefore(text, at) ? { start: at, end: at, text: eol + body } : { start: at, end: at, text: body + eol };
}
