// Comment-preserving edits of the claims register (annotations/claims.yaml), in the style
// of edit.ts: only the lines an edit concerns change; comments, key order, quoting, blank
// lines and CRLF elsewhere survive byte for byte. Broken registers are refused, not rewritten.
import { Document, isMap, isScalar, isSeq, Node, Pair, YAMLMap } from 'yaml';
import type { Source, Status } from '../types';
import {
  afterColon, applySplices, belowKey, columnOf, EditableFile, endOfLines, findPair, indentLines, lineAt,
  lineStart, Splice,
} from './editText';
import { clearField, setField } from './mapEdits';
import { readYaml } from './readYaml';
import { orderedSource, renderMapping, renderPair, RenderStyle } from './render';

/** What a claim says; every field optional. */
export interface ClaimFields {
  statement?: string;
  verdict?: Status;
  sources?: Source[];
  note?: string;
}

/** The order a claim's keys are written in (as in the README and the shipped register). */
export const CLAIM_KEY_ORDER: readonly (keyof ClaimFields)[] = ['statement', 'verdict', 'sources', 'note'];
const CLAIM_ID = /^[a-z0-9][a-z0-9._-]*$/; // claims.schema.json's propertyNames
const HEADER = [
  '# FactLens claims register: claims that several articles make. An annotation links to a',
  '# claim with `claim: <id>`. Keys: statement, verdict, sources, note. Comments are kept when FactLens edits this file.',
];

/** Adds a claim (creating the register's content when `text` is empty or undefined). */
export function addClaim(text: string | undefined, id: string, entry: ClaimFields): string {
  if (!CLAIM_ID.test(id)) throw new Error(`'${id}' is not a claim id: use lowercase letters, digits, '.', '_' and '-'.`);
  if (!text || text.trim() === '') return [...HEADER, 'claims:', claimBlock(id, entry, 2, 2, { indentSeq: true }, '\n'), ''].join('\n');
  const file = openClaimsForEdit(text);
  const { eol } = file;
  const root = file.doc.contents as YAMLMap | null;
  const pair = root ? findPair(root, 'claims') : undefined;
  const claims = pair?.value;
  if (isMap(claims) && claims.items.some((p) => keyOf(p) === id)) throw new Error(`A claim with id '${id}' already exists in the register.`);
  const style = styleOf(file, claims);
  const fieldIndent = fieldIndentOf(file, claims);

  if (!pair) {
    // No `claims:` yet: it goes after the last top-level key (or after the comments of a comment-only file).
    const at = root ? endOfLines(text, root, root.range![1]) : text.length;
    return applySplices(text, [lineAt(file, at, `claims:${eol}` + claimBlock(id, entry, 2, fieldIndent, style, eol))]);
  }
  const keyColumn = columnOf(text, pair.key.range![0]);
  if (isMap(claims) && !claims.flow && claims.items.length > 0) {
    const column = columnOf(text, claims.range![0]);
    const at = endOfLines(text, claims, claims.range![1]);
    const gap = separatedByBlankLines(text, claims) ? eol : '';
    return applySplices(text, [lineAt(file, at, gap + claimBlock(id, entry, column, fieldIndent, style, eol))]);
  }
  const empty = claims === null || (isScalar(claims) && (claims.value === null || claims.value === '')) || (isMap(claims) && claims.items.length === 0);
  if (!empty && !isMap(claims)) throw new Error("The register's 'claims' is not a mapping of claim ids; fix it before FactLens edits it.");
  // `claims:`, `claims: null`, `claims: {}` or a flow mapping: the claims go on the lines below the key.
  const existing = isMap(claims) ? Object.entries(claims.toJSON() as Record<string, ClaimFields | null>) : [];
  const blocks = [...existing, [id, entry] as const].map(([k, v]) => claimBlock(k, v ?? {}, keyColumn + 2, fieldIndent, style, eol));
  return applySplices(text, belowKey(file, pair.key, claims ?? null, blocks.join(eol)));
}

/** Sets the fields present in `patch`; fields set to undefined or null are removed. */
export function updateClaim(text: string, id: string, patch: { [K in keyof ClaimFields]?: ClaimFields[K] | null }): string {
  const unknown = Object.keys(patch).filter((k) => !(CLAIM_KEY_ORDER as string[]).includes(k));
  if (unknown.length > 0) throw new Error(`A claim has no '${unknown[0]}' (only ${CLAIM_KEY_ORDER.join(', ')}).`);
  findClaim(openClaimsForEdit(text), id); // refuses a broken register or an unknown id even for an empty patch
  let out = text;
  // One key at a time, re-reading in between: each splice is computed on the text it applies to.
  for (const key of CLAIM_KEY_ORDER.filter((k) => k in patch)) {
    const file = openClaimsForEdit(out);
    const pair = findClaim(file, id);
    const value = patch[key];
    const entry = pair.value;
    if (isMap(entry) && !entry.flow && entry.items.length > 0) {
      const remove = value === undefined || value === null;
      const has = findPair(entry, key) !== undefined;
      if (remove && has && entry.items.length === 1) out = applySplices(out, emptyClaim(file, pair, entry));
      else if (remove) out = applySplices(out, clearField(file, entry, key));
      else if (has) out = applySplices(out, setField(file, entry, key, value, styleOf(file, entry)));
      else out = applySplices(out, [insertField(file, entry, key, value)]);
    } else {
      // `id:`, `id: {}` or `id: { … }`: written out as a block mapping below the id.
      const current = isMap(entry) ? (entry.toJSON() as Record<string, unknown>) : {};
      out = rewriteClaim(file, pair, { ...current, [key]: value });
    }
  }
  return out;
}

/** Parses for editing; throws when the register is broken, rather than risk rewriting it. */
function openClaimsForEdit(text: string): EditableFile {
  const read = readYaml(text, '');
  const broken = read.problems.find((p) => p.code === 'yaml.syntax' && p.severity === 'error');
  if (broken || !read.doc) {
    const where = broken ? `line ${text.slice(0, broken.start).split('\n').length}: ${broken.message}` : 'unreadable';
    throw new Error(`The claims register has YAML errors (${where}); fix them before FactLens edits it.`);
  }
  if (read.doc.contents !== null && !isMap(read.doc.contents)) throw new Error("The claims register is not a mapping with a 'claims:' key; fix it before FactLens edits it.");
  return { text, doc: read.doc, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function findClaim(file: EditableFile, id: string): Pair<Node, Node | null> {
  const claims = (file.doc.contents as YAMLMap | null)?.get('claims', true);
  const pair = isMap(claims) ? claims.items.find((p) => keyOf(p) === id) : undefined;
  if (!pair) throw new Error(`No claim '${id}' in the register.`);
  return pair as Pair<Node, Node | null>;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** "id:" and its fields below it, indented to fit the file; "id: {}" when there are none. */
function claimBlock(id: string, fields: ClaimFields, column: number, fieldIndent: number, style: RenderStyle, eol: string): string {
  const key = new Document(id).toString().trimEnd(); // quoted when it would read as a number, true, null…
  const ordered = orderedClaim(fields as Record<string, unknown>);
  if (Object.keys(ordered).length === 0) return `${' '.repeat(column)}${key}: {}`;
  return indentLines([`${key}:`, ...renderMapping(ordered, style).map((l) => (l ? ' '.repeat(fieldIndent) + l : l))], column, column, eol);
}

function orderedClaim(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CLAIM_KEY_ORDER) {
    const value = fields[key];
    if (value !== undefined && value !== null) out[key] = key === 'sources' ? (value as Source[]).map(orderedSource) : value;
  }
  // Keys the schema does not know stay (reported by the checks, never dropped by an edit).
  for (const [key, value] of Object.entries(fields)) if (!(key in out) && value !== undefined && value !== null && !(CLAIM_KEY_ORDER as string[]).includes(key)) out[key] = value;
  return out;
}

/** Replaces a claim's value with `fields` written as a block below its id. */
function rewriteClaim(file: EditableFile, pair: Pair<Node, Node | null>, fields: Record<string, unknown>): string {
  const column = columnOf(file.text, pair.key.range![0]);
  const claims = (file.doc.contents as YAMLMap).get('claims', true);
  const block = claimBlock('x', fields as ClaimFields, column, fieldIndentOf(file, claims), styleOf(file, undefined), file.eol);
  const body = block.slice(block.indexOf(':') + 1); // " {}" or the field lines after "x:"
  const colon = afterColon(file.text, pair.key);
  const end = pair.value?.range && pair.value.range[1] > pair.value.range[0] ? pair.value.range[1] : colon;
  return applySplices(file.text, [{ start: colon, end, text: body }]);
}

/** Removes a claim's only field, leaving `id: {}` (an empty claim still registers the id). */
function emptyClaim(file: EditableFile, pair: Pair<Node, Node | null>, entry: YAMLMap): Splice[] {
  const field = entry.items[0];
  const fieldKey = field.key as Node;
  const start = lineStart(file.text, fieldKey.range![0]);
  const end = endOfLines(file.text, (field.value as Node | null) ?? fieldKey, fieldKey.range![1]);
  const colon = afterColon(file.text, pair.key);
  return [{ start, end, text: '' }, { start: colon, end: colon, text: ' {}' }];
}

/** A new key after the nearest key before it in CLAIM_KEY_ORDER (first when none precedes it). */
function insertField(file: EditableFile, map: YAMLMap, key: keyof ClaimFields, value: unknown): Splice {
  const { text, eol } = file;
  const rank = CLAIM_KEY_ORDER.indexOf(key);
  const column = columnOf(text, map.range![0]);
  const lines = indentLines(renderPair(key, value, styleOf(file, map)), column, column, eol);
  let after: Pair | undefined;
  for (const pair of map.items) {
    const r = CLAIM_KEY_ORDER.indexOf(keyOf(pair) as keyof ClaimFields);
    if (r >= 0 && r < rank) after = pair;
  }
  if (!after) return { start: lineStart(text, map.range![0]), end: lineStart(text, map.range![0]), text: lines + eol };
  const at = endOfLines(text, (after.value as Node | null) ?? (after.key as Node), (after.key as Node).range![1]);
  return lineAt(file, at, lines);
}

/** Whether the file puts a blank line between its last two claims (the new one follows suit). */
function separatedByBlankLines(text: string, claims: YAMLMap): boolean {
  const n = claims.items.length;
  if (n < 2) return false;
  const previous = claims.items[n - 2];
  const from = endOfLines(text, (previous.value as Node | null) ?? (previous.key as Node), (previous.key as Node).range![1]);
  const to = lineStart(text, (claims.items[n - 1].key as Node).range![0]);
  return /^[ \t]*(\r?\n|\r)/m.test(text.slice(from, to));
}

/** How far the fields sit under their claim id in this file (2 when there is nothing to go by). */
function fieldIndentOf(file: EditableFile, claims: Node | null | undefined): number {
  if (!isMap(claims)) return 2;
  for (const pair of claims.items) {
    const entry = pair.value;
    if (isMap(entry) && !entry.flow && entry.range && pair.key && (pair.key as Node).range) {
      const indent = columnOf(file.text, entry.range[0]) - columnOf(file.text, (pair.key as Node).range![0]);
      if (indent > 0) return indent;
    }
  }
  return 2;
}

/** Whether lists in this file sit indented under their key (`sources:\n  - url`), as in the shipped register. */
function styleOf(file: EditableFile, within: Node | null | undefined): RenderStyle {
  const claims = (file.doc.contents as YAMLMap | null)?.get('claims', true);
  for (const scope of [within, claims]) {
    const maps = isMap(scope) ? [scope, ...scope.items.map((p) => p.value)] : [];
    for (const map of maps) {
      const pair = isMap(map) ? findPair(map, 'sources') : undefined;
      if (pair && isSeq(pair.value) && !pair.value.flow && pair.value.range) {
        return { indentSeq: columnOf(file.text, pair.value.range[0]) > columnOf(file.text, pair.key.range![0]) };
      }
    }
  }
  return { indentSeq: true };
}
