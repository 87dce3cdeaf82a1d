// Text-level helpers for splicing YAML: a parsed document we are allowed to edit, line
// positions, and applying replacements. Edits replace only the bytes they must, so
// comments, quoting, alignment and blank lines elsewhere stay exactly as they were.
import { Document, isMap, isScalar, isSeq, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { readYaml } from './readYaml';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export interface EditableFile {
  text: string;
  doc: Document.Parsed;
  /** The file's line break ("\r\n" files stay CRLF). */
  eol: string;
}

/** Parses for editing; throws when the file is broken, rather than risk rewriting it. */
export function openForEdit(text: string): EditableFile {
  // The same reading as for diagnostics, so the refusal names the place the user sees underlined.
  const read = readYaml(text, '');
  const broken = read.problems.find((p) => p.code === 'yaml.syntax' && p.severity === 'error');
  if (broken || !read.doc) {
    const where = broken ? `line ${text.slice(0, broken.start).split('\n').length}: ${broken.message}` : 'unreadable';
    throw new Error(`The annotation file has YAML errors (${where}); fix them before FactLens edits it.`);
  }
  const doc = read.doc;
  if (doc.contents !== null && !isMap(doc.contents))
    throw new Error("The annotation file is not a mapping with an 'annotations:' list; fix it before FactLens edits it.");
  return { text, doc, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** The annotations list and the item with `id` (the first one, as the parser loads the first). */
export function findAnnotation(file: EditableFile, id: string): { list: YAMLSeq; item: Node; index: number } {
  const list = (file.doc.contents as YAMLMap | null)?.get('annotations', true);
  if (isSeq(list)) {
    const index = list.items.findIndex((item) => isMap(item) && item.get('id') === id);
    if (index >= 0) return { list, item: list.items[index] as Node, index };
  }
  throw new Error(`No annotation with id '${id}' in this file.`);
}

export function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair<Node, Node | null> | undefined;
}

export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Start of the line after the one `offset` is on (text length on the last line). */
export function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset; // already at a line start
  const m = /\r\n|\n|\r/.exec(text.slice(offset));
  return m ? offset + m.index + m[0].length : text.length;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Where a node ends, up to and including the rest of its last line (a trailing comment, the line break). */
export function endOfLines(text: string, node: Node | null | undefined, fallback: number): number {
  const end = node?.range?.[1] ?? fallback;
  return nextLineStart(text, Math.max(end, fallback));
}

/** The offset just after the ':' that follows a key. */
export function afterColon(text: string, key: Node): number {
  const i = text.indexOf(':', key.range![1]);
  return i < 0 ? key.range![1] : i + 1;
}

/** Lines indented: the first by `first` spaces, the rest by `rest`, joined with the file's line break. */
export function indentLines(lines: string[], first: number, rest: number, eol: string): string {
  return lines.map((line, i) => (line === '' ? '' : ' '.repeat(i === 0 ? first : rest)) + line).join(eol);
}

/** Applies non-overlapping splices (any order). */
export function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** Text from `offset` to the end ends a line; otherwise a line break must come first. */
export function needsLineBreakBefore(text: string, offset: number): boolean {
  return offset > 0 && text[offset - 1] !== '\n' && text[offset - 1] !== '\r';
}

/** Inserts whole lines at a line start (or after a last line that has no line break). */
export function lineAt(file: EditableFile, at: number, body: string): Splice {
  return needsLineBreakBefore(file.text, at) ? { start: at, end: at, text: file.eol + body } : { start: at, end: at, text: body + file.eol };
}

/** Drops an inline empty value (`null`, `[]`, `{}`) and puts `block` on the lines below the key, after any comment. */
export function belowKey(file: EditableFile, key: Node, value: Node | null, block: string): Splice[] {
  const { text, eol } = file;
  const valueEnd = value?.range && value.range[1] > value.range[0] ? value.range[1] : undefined;
  const next = endOfLines(text, value ?? key, key.range![1]);
  const at = next > 0 && text[next - 1] === '\n' ? next - (text[next - 2] === '\r' ? 2 : 1) : next;
  const splices: Splice[] = [{ start: at, end: at, text: eol + block }];
  if (valueEnd !== undefined) splices.push({ start: afterColon(text, key), end: valueEnd, text: '' });
  return splices;
}
