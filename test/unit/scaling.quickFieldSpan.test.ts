// quickFieldSpan (the line scan that spares the CLI a full YAML parse per orphaned
// annotation) must give exactly the `yaml` parser's spans, or nothing. Compared over the
// repository's annotations, a generated workspace, the hostile files, and tricky cases.
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import { quickFieldSpan } from '../../server/src/core/annotations/quickFieldSpan';
import { HOSTILE_YAML, QUIET_YAML } from './hostileInputs';
import { ANNOTATIONS_DIR, REPO_ROOT } from './paths';

const KEYS = ['id', 'quote', 'claim', 'status', 'note', 'prefix', 'suffix', 'by'];

/** Asserts agreement; returns how many spans the quick scan found. */
function compare(text: string, name: string): { found: number; asked: number } {
  const full = parseAnnotationFile(text, 'annotations/x.yaml');
  let found = 0;
  let asked = 0;
  for (const a of full.annotations) {
    for (const key of KEYS) {
      const quick = quickFieldSpan(text, a.index, key);
      const expected = a.fieldSpans[key as keyof typeof a.fieldSpans];
      if (key === 'quote') asked++;
      if (quick === undefined) continue;
      if (key === 'quote') found++;
      assert.deepStrictEqual(quick, expected, `${name}: annotations[${a.index}].${key}`);
    }
  }
  return { found, asked };
}

const TRICKY: Record<string, string> = {
  crlfEmoji: 'annotations:\r\n  - id: a\r\n    quote: "😀 over 1,200 — “killed”"\r\n    status: verified\r\n    claim: toll\r\n',
  keyIndentList: 'article: seeds/a.txt\nannotations:\n- id: a\n  quote: 45 people\n  status: verified\n  sources:\n  - url: https://x.org\n    quote: "not me"\n- id: b\n  quote: \'it\'\'s 12\' # why\n  status: disputed\n',
  comments: '# top\nannotations: # list\n  # first\n  - id: a   # the id\n    quote:   "12 days"   # spaced\n\n    status: verified\n',
  blockAndMultiline: 'annotations:\n  - id: a\n    quote: >-\n      folded 12\n    status: verified\n  - id: b\n    quote: "two\n      lines 3"\n    status: verified\n  - id: c\n    quote: plain 4\n      continued\n    status: verified\n',
  oddItems: 'annotations:\n  -   id: a\n      quote: "x 1"\n      status: verified\n  -\n    id: b\n    quote: "y 2"\n    status: verified\n  - {id: c, quote: "z 3", status: verified}\n',
  escapes: 'annotations:\n  - id: a\n    quote: "a \\"quoted\\" 45 \\\\"\n    status: verified\n    note: "x: y # not a comment"\n  - id: b\n    quote: 45#not-comment\n    status: verified\n',
  unicodeSpace: 'annotations:\n  - id: a\n    quote: (\u2000\n    status: verified\n    note:  two spaces\n',
  afterList: 'annotations:\n  - id: a\n    quote: "1"\n    status: verified\narticle: seeds/a.txt\n',
};

describe('scaling: quickFieldSpan agrees with the yaml parser', function () {
  this.timeout(30000);

  it('on tricky layouts (CRLF, emoji, comments, block scalars, flow items, escapes)', () => {
    for (const [name, text] of Object.entries(TRICKY)) compare(text, name);
    assert.ok(compare(TRICKY.crlfEmoji, 'crlf').found === 1, 'a plain CRLF file is handled by the scan');
  });

  it('on the repository annotations and the hostile files', () => {
    const files = fs.existsSync(ANNOTATIONS_DIR) ? fs.readdirSync(ANNOTATIONS_DIR).filter((f) => f.endsWith('.yaml')) : [];
    for (const f of files) compare(fs.readFileSync(path.join(ANNOTATIONS_DIR, f), 'utf8'), f);
    for (const c of [...HOSTILE_YAML, ...QUIET_YAML]) if (c.text.length < 200000) compare(c.text, c.name);
  });

  it('on a generated workspace, where it finds nearly every quote', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-quick-'));
    try {
      const { generateWorkspace } = await import(pathToFileURL(path.join(REPO_ROOT, 'bench', 'generate.mjs')).href);
      generateWorkspace(root, 80, 11);
      let found = 0;
      let asked = 0;
      for (const f of fs.readdirSync(path.join(root, 'annotations'))) {
        const r = compare(fs.readFileSync(path.join(root, 'annotations', f), 'utf8'), f);
        found += r.found;
        asked += r.asked;
      }
      assert.ok(asked > 200 && found === asked, `found ${found} of ${asked}`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('on random quotes written double-quoted, single-quoted or plain', () => {
    const style = fc.constantFrom('double', 'single', 'plain');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme', minLength: 1 }), style, fc.string({ minLength: 1 }), style), { minLength: 1, maxLength: 4 }), (items) => {
        const write = (text: string, how: string) => (how === 'double' ? JSON.stringify(text) : how === 'single' ? `'${text.replace(/'/g, "''")}'` : text);
        const lines = ['annotations:'];
        items.forEach(([quote, how, note, noteHow], i) => {
          lines.push(`  - id: a${i}`, `    quote:${i % 2 ? '  ' : ' '}${write(quote, how)}`, '    status: verified', `    note: ${write(note, noteHow)}`);
        });
        compare(lines.join('\n') + '\n', 'random');
      }),
      { numRuns: 1500 },
    );
  });
});
