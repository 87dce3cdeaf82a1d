// Reads YAML text defensively: merge-conflict markers, syntax errors, unknown tags,
// runaway nesting and alias bombs all become ranged problems; nothing here throws.
import { Alias, Document, isAlias, isCollection, isPair, LineCounter, Node, parseDocument } from 'yaml';
import type { Problem, Span } from '../types';
import { runawayNesting, SCAN_DEPTH_LIMIT } from './nestingGuard';

/** Annotation files are five levels deep; anything far deeper is hostile or broken. */
const MAX_DEPTH = 32;
/** Alias expansions allowed when converting to plain values (the `yaml` default). */
const MAX_ALIAS_COUNT = 100;
/**
 * Longest YAML text read (UTF-16 units). Real files are a few KB (about 1 KB an annotation);
 * a 10 MB file takes seconds to parse on every keystroke and stalls the whole server.
 */
export const MAX_YAML_CHARS = 4 * 1024 * 1024;

export const YAML_OPTIONS = {
  uniqueKeys: true,
  // Core schema whatever the %YAML directive says: no 1.1 dates, binaries, sets or merge keys.
  schema: 'core',
  merge: false,
  prettyErrors: false,
} as const;

export interface ReadYaml {
  /** The parsed document; undefined when the text could not be read as YAML at all. */
  doc?: Document.Parsed;
  /** The document as plain JS values; undefined when it is unsafe or unusable. */
  value?: unknown;
  problems: Problem[];
  /** Spans of the errors, so callers can leave out list items that contain one. */
  errorSpans: Span[];
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?=$|[ \t\r\n])/gm;

export function readYaml(text: string, file: string): ReadYaml {
  const problems: Problem[] = [];
  const problem = (start: number, end: number, code: Problem['code'], message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, start, end: Math.max(end, start), code, severity, message });

  if (text.length > MAX_YAML_CHARS) {
    problem(0, lineEnd(text, 0), 'yaml.syntax',
      `file is too large (${(text.length / 1048576).toFixed(1)} MB; annotation files may be up to ${MAX_YAML_CHARS / 1048576} MB): split it, one file per article`);
    return { problems, errorSpans: [{ start: 0, end: text.length }] };
  }

  // A git merge left both sides in the file; the YAML errors that follow would only confuse.
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    for (const m of markers)
      problem(m.start, m.end, 'yaml.syntax',
        `merge conflict marker '${text.slice(m.start, m.start + 7)}': resolve the conflict (keep the right lines, delete the <<<<<<<, ======= and >>>>>>> lines) before FactLens can read this file`);
    return { problems, errorSpans: markers };
  }

  const runaway = runawayNesting(text);
  if (runaway) {
    problem(runaway.start, runaway.end, 'yaml.syntax', `nesting is too deep (more than ${SCAN_DEPTH_LIMIT} levels): annotation files are only a few levels deep`);
    return { problems, errorSpans: [{ start: 0, end: text.length }] };
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter: new LineCounter() });
  } catch (error) {
    problem(0, lineEnd(text, 0), 'yaml.syntax', `could not read this file as YAML: ${(error as Error).message}`);
    return { problems, errorSpans: [{ start: 0, end: text.length }] };
  }

  const errorSpans: Span[] = [];
  let tooDeep = false;
  for (const error of doc.errors) {
    const [start, end] = widen(text, error.pos);
    if (error.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(error.message)) {
      tooDeep = true;
      continue;
    }
    errorSpans.push({ start, end });
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyText(text, start);
      problem(start, start + key.length, 'yaml.syntax', `duplicate key '${key}': each key may appear once in a mapping`);
    } else if (error.code === 'MISSING_CHAR' && /closing ["']?quote/i.test(error.message)) {
      // Reported at the end of the text; the useful place is the quote that was never closed.
      const mark = error.message.includes('"') ? '"' : "'";
      const open = text.lastIndexOf(mark, start - 1);
      const at = open >= 0 ? open : start;
      problem(at, Math.max(at + 1, lineEnd(text, at)), 'yaml.syntax', `missing closing ${mark}: this quoted text is never closed`);
    } else problem(start, end, 'yaml.syntax', error.message);
  }
  for (const warning of doc.warnings) {
    const [start, end] = widen(text, warning.pos);
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      // `!!js/function` and friends: never executed, never accepted.
      errorSpans.push({ start, end });
      problem(start, end, 'annotation.invalid', `unsupported tag '${text.slice(start, end)}': annotation files hold plain text, numbers and lists only`);
    } else {
      problem(start, end, 'yaml.syntax', warning.message, 'warning');
    }
  }

  const deep = tooDeep ? firstDeepNode(doc, text) : findTooDeep(doc.contents);
  if (tooDeep || deep) {
    const at = deep ?? { start: 0, end: lineEnd(text, 0) };
    problem(at.start, at.end, 'yaml.syntax', `nesting is too deep (more than ${MAX_DEPTH} levels): annotation files are only a few levels deep`);
    return { doc, problems, errorSpans: [...errorSpans, { start: 0, end: text.length }] };
  }

  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, value, problems, errorSpans };
  } catch (error) {
    const alias = firstAlias(doc);
    const at = alias?.range ? { start: alias.range[0], end: alias.range[1] } : { start: 0, end: lineEnd(text, 0) };
    const message = error instanceof ReferenceError && /alias/i.test(error.message)
      ? `aliases expand to too many values (over ${MAX_ALIAS_COUNT}; possible "billion laughs" attack): write the values out instead`
      : `could not read this file: ${(error as Error).message}`;
    problem(at.start, at.end, 'yaml.syntax', message);
    return { doc, problems, errorSpans: [...errorSpans, { start: 0, end: text.length }] };
  }
}

function conflictMarkers(text: string): Span[] {
  if (!/^(?:<{7}|={7}|>{7}|\|{7})/m.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(CONFLICT_MARKER)) spans.push({ start: m.index!, end: lineEnd(text, m.index!) });
  return spans;
}

/** End of the line that `offset` is on, before its line break. */
export function lineEnd(text: string, offset: number): number {
  const m = /[\r\n]/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

/** Error positions may be empty; give them one character (the last one at the end of the text). */
function widen(text: string, pos: [number, number]): [number, number] {
  const start = Math.min(pos[0], text.length);
  const end = Math.min(Math.max(pos[1], start), text.length);
  if (end > start || text.length === 0) return [start, end];
  return start < text.length ? [start, start + 1] : [start - 1, start];
}

function keyText(text: string, start: number): string {
  return text.slice(start, lineEnd(text, start)).replace(/\s*:.*$/, '').slice(0, 80);
}

/** Iterative walk (deep input must not overflow our own stack): first node past MAX_DEPTH. */
function findTooDeep(root: unknown): Span | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) return { start: nodeSpan(node).start, end: nodeSpan(node).start + 1 }; // its '[', '{' or first key
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** When the parser itself ran out of stack, point at the first deeply nested line. */
function firstDeepNode(doc: Document.Parsed, text: string): Span | undefined {
  const fromTree = doc.contents ? findTooDeep(doc.contents) : undefined;
  if (fromTree) return fromTree;
  const pos = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION')?.pos;
  return pos ? { start: pos[0], end: Math.min(Math.max(pos[1], pos[0] + 1), text.length) } : undefined;
}

function firstAlias(doc: Document.Parsed): Alias | undefined {
  // Breadth first, so the alias nearest the top (usually the one in the user's data) is found.
  const queue: unknown[] = [doc.contents];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (isAlias(node)) return node;
    if (isCollection(node)) for (const item of node.items as unknown[]) queue.push(...(isPair(item) ? [item.key, item.value] : [item]));
  }
  return undefined;
}

export function nodeSpan(node: Node | null | undefined): Span {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
