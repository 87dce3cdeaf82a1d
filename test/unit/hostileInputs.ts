// The hostile annotation files of the robustness suite (issue 6), shared by the core/CLI
// tests (test/unit/hostile.*.test.ts) and the LSP tests (test/protocol/hostile.*.test.ts).
// Each names the exact text its first error must cover, so ranges are checked, not guessed.
// Big inputs are generated here at test time; nothing large is committed.

export interface HostileYaml {
  name: string;
  text: string;
  /** Code of the problem the file must get. */
  code: string;
  /** The text the problem's range covers, and which occurrence of it (default the first). */
  covers: string;
  /** The problem is at the first `covers` at or after the first `after` (default: the start). */
  after?: string;
  occurrence?: number;
  /** Default 'error'. An unknown key is a warning: the annotation still loads (newer FactLens versions may add keys). */
  severity?: 'error' | 'warning';
  /** Any occurrence of `covers` will do (nesting limits are the parser's to tune). */
  anyOccurrence?: boolean;
}

/** Whether a problem (offsets in `text`) is the one the case asks for. */
export function isExpected(c: HostileYaml, p: { code: string | number | undefined; start: number; end: number }, text = c.text): boolean {
  if (p.code !== c.code) return false;
  if (c.anyOccurrence) return text.slice(p.start, p.end) === c.covers;
  const want = spanOf(text, c.covers, c.occurrence, c.after);
  return p.start === want.start && p.end === want.end;
}

/** [start, end) of the n-th occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0, after?: string): { start: number; end: number } {
  let at = after === undefined ? -1 : text.indexOf(after) - 1;
  if (after !== undefined && at < -1) throw new Error(`"${after}" not in the fixture`);
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in the fixture`);
  }
  return { start: at, end: at + needle.length };
}

const ok = '  - id: ok\n    quote: "45"\n    status: verified\n';

/** A file of annotations just over `bytes` long (valid YAML, each annotation distinct). */
export function bigAnnotationFile(bytes: number): string {
  const parts = ['annotations:\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const item = `  - id: a${i}\n    quote: "figure ${i} people"\n    status: verified\n    note: ${'lorem ipsum dolor '.repeat(8)}\n`;
    parts.push(item);
    size += item.length;
  }
  return parts.join('');
}

/** Nine levels of nine-fold aliases: 9^9 (387 million) strings when expanded. */
export const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const prev = 'abcdefghi'[i];
    return `${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`;
  }),
  'annotations: *i',
  '',
].join('\n');

/** A marker a `!!js/function` would set if anything ever evaluated it. */
export const PWNED_GLOBAL = '__factlensPwned';

export const HOSTILE_YAML: HostileYaml[] = [
  { name: 'syntax error (unclosed flow sequence)', text: 'annotations:\n  - id: a\n    quote: [unclosed\n    status: verified\n', code: 'yaml.syntax', covers: 's', after: '    status' },
  { name: 'syntax error (bad indentation)', text: 'annotations:\n  - id: a\n    quote: "45"\n   status: verified\n', code: 'yaml.syntax', covers: ' ', after: '   status' },
  { name: 'wrong type (status is a list)', text: `annotations:\n  - id: a\n    quote: "45"\n    status: [verified]\n`, code: 'annotation.invalid', covers: '[verified]' },
  { name: 'wrong type (id is a number)', text: 'annotations:\n  - id: 12\n    quote: "45"\n    status: verified\n', code: 'annotation.invalid', covers: '12' },
  { name: 'wrong type (offset is text)', text: 'annotations:\n  - id: a\n    quote: "45"\n    status: verified\n    offset: soon\n', code: 'annotation.invalid', covers: 'soon' },
  { name: 'unknown key', text: 'annotations:\n  - id: a\n    quote: "45"\n    status: verified\n    colour: red\n', code: 'annotation.invalid', covers: 'colour', severity: 'warning' },
  { name: 'missing quote', text: 'annotations:\n  - id: a\n    status: verified\n', code: 'annotation.invalid', covers: 'id: a' },
  { name: 'missing closing quote', text: 'annotations:\n  - id: a\n    quote: "45\n    status: verified\n', code: 'yaml.syntax', covers: '"45' },
  { name: 'duplicate ids', text: `annotations:\n${ok}${ok}`, code: 'annotation.duplicate-id', covers: 'ok', occurrence: 1 },
  { name: 'duplicate keys', text: 'annotations:\n  - id: a\n    quote: "45"\n    quote: "46"\n    status: verified\n', code: 'yaml.syntax', covers: 'quote', occurrence: 1 },
  { name: 'a list at the top level', text: '- id: a\n- id: b\n', code: 'annotation.invalid', covers: '- id: a\n- id: b\n' },
  { name: 'a scalar at the top level', text: 'hello world\n', code: 'annotation.invalid', covers: 'hello world' },
  { name: 'merge-conflict markers', text: `annotations:\n<<<<<<< HEAD\n${ok}=======\n  - id: other\n    quote: "45"\n    status: false\n>>>>>>> theirs\n`, code: 'yaml.syntax', covers: '<<<<<<< HEAD' },
  { name: 'billion laughs alias bomb', text: BILLION_LAUGHS, code: 'yaml.syntax', covers: '*i' },
  { name: 'very deep nesting (flow, 50,000 levels)', text: 'annotations: ' + '['.repeat(50_000) + ']'.repeat(50_000) + '\n', code: 'yaml.syntax', covers: '[', anyOccurrence: true },
  { name: 'very deep nesting (block, 2,000 levels)', text: 'annotations:\n' + Array.from({ length: 2000 }, (_, i) => ' '.repeat(i + 2) + '- ').join('\n') + 'x\n', code: 'yaml.syntax', covers: '-', anyOccurrence: true },
  {
    name: '!!js/function tag',
    text: `annotations:\n  - id: a\n    quote: !!js/function "function () { globalThis.${PWNED_GLOBAL} = true; return '45' }"\n    status: verified\n`,
    code: 'annotation.invalid',
    covers: '!!js/function',
  },
  {
    name: '!!js/function as the whole list',
    text: `annotations: !!js/function >\n  function () { require('fs').writeFileSync('/tmp/factlens-pwned', 'x'); globalThis.${PWNED_GLOBAL} = true }\n`,
    code: 'annotation.invalid',
    covers: '!!js/function',
  },
  { name: 'source URL with javascript:', text: 'annotations:\n  - id: a\n    quote: "45"\n    status: verified\n    sources:\n      - url: "javascript:alert(1)"\n', code: 'annotation.invalid', covers: '"javascript:alert(1)"' },
  { name: 'source URL with command:', text: 'annotations:\n  - id: a\n    quote: "45"\n    status: verified\n    sources:\n      - url: "command:workbench.action.terminal.new"\n', code: 'annotation.invalid', covers: '"command:workbench.action.terminal.new"' },
  { name: 'several documents', text: 'annotations: []\n---\nannotations: []\n', code: 'yaml.syntax', covers: '---\nannotations: []\n' },
];

/** Inputs that must load quietly: no error, no crash (an empty file is a file with no annotations yet). */
export const QUIET_YAML: { name: string; text: string }[] = [
  { name: 'empty file', text: '' },
  { name: 'only a comment', text: '# nothing yet\n' },
  { name: 'annotations: with no list', text: 'annotations:\n' },
  { name: 'CRLF line endings', text: `annotations:\r\n  - id: ok\r\n    quote: "45"\r\n    status: verified\r\n` },
];
