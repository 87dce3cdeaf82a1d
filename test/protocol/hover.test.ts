// textDocument/hover over real LSP: unannotated figures (seed and fixture, after emoji and
// CRLF), an annotated span with hostile text, an annotation in its YAML file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Hover, HoverRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, startServer, TestServer } from './lspClient';
import { ALPHA, ALPHA_YAML, BETA_YAML, FILES, startReadSide } from './readSideWorkspace';

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  const contents = hover.contents as MarkupContent;
  assert.strictEqual(contents.kind, 'markdown');
  return contents.value;
}

/** No clickable command/script links, no raw HTML, whatever the user wrote. */
function assertInert(md: string): void {
  assert.doesNotMatch(md, /\]\(\s*(command|javascript|data|vbscript):/i);
  assert.doesNotMatch(md, /<(script|img|b)\b/i);
}

describe('protocol: hover', function () {
  this.timeout(20000);
  let server: TestServer;
  const hover = (rel: string, line: number, character: number) =>
    server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: server.uri(rel) }, position: { line, character } });

  describe('fixture workspace', () => {
    before(async () => {
      server = await startReadSide();
      await server.open(ALPHA, FILES[ALPHA]);
    });
    after(() => server.stop());

    it('shows an unannotated figure after an emoji and CRLF lines as unverified, with the qualifier in range', async () => {
      // "🚑 Rescuers counted at least 45": 🚑 is two UTF-16 units, so "45" starts at character 29.
      const result = await hover(ALPHA, 2, 30);
      const md = markdownOf(result);
      assert.deepStrictEqual(result!.range, { start: { line: 2, character: 20 }, end: { line: 2, character: 31 } });
      assert.match(md, /^\*\*FactLens · Unverified figure\*\*/);
      assert.match(md, /“45” · count · value 45 · qualifier “at least”/);
      assert.match(md, /`factlens\.annotateSelection`/);
      assert.match(md, /`factlens\.server\.annotate`/);
    });

    it('drops a source with a javascript: URL (the annotation is invalid) and never links it', async () => {
      const md = markdownOf(await hover(ALPHA, 2, 22)); // on "least"
      assert.doesNotMatch(md, /javascript/i);
      assertInert(md);
    });

    it('shows status, figure, sources, note, author, claim and other mentions of an annotated span, all escaped', async () => {
      const result = await hover(ALPHA, 1, 20); // inside "1,200"
      const md = markdownOf(result);
      assert.deepStrictEqual(result!.range, { start: { line: 1, character: 18 }, end: { line: 1, character: 42 } });
      assert.match(md, /^\*\*FactLens · ❓ Disputed — credible sources disagree\*\*/);
      assert.match(md, /\*\*Figure\*\* “1,200” · count · value 1,200/);
      // http(s) source: a link, with the parentheses of its URL encoded and its title escaped.
      assert.ok(
        md.includes('[Ministry \\[report\\] &lt;b&gt;bold&lt;/b&gt; \\]\\(command\\:evil\\)](https://example.org/report?a=1&b=%282%29) · accessed 2025\\-06\\-01'),
        md,
      );
      assert.ok(md.includes('> We counted \\*1,200\\* &lt;img src\\=x onerror\\=alert\\(1\\)&gt;'), md);
      // A URL that tries to close the link early stays one link to example.org.
      assert.ok(md.includes('[Tricky URL](https://example.org/a%29%5D%28command:evil.run%29)'), md);
      assert.ok(md.includes('**Note** &lt;script&gt;alert\\(1\\)&lt;/script&gt; see \\[x\\]\\(command\\:foo\\)'), md);
      assert.match(md, /By @rita · updated 2025\\-06\\-02 · annotation `toll-alpha` in annotations\/alpha\\\.yaml/);
      assert.match(md, /\*\*Claim\*\* `first-week-toll` — Deaths in the first week of the war · verdict: \*\*Disputed\*\*/);
      const beta = server.uri('seeds/beta.txt');
      assert.ok(md.includes(`- [seeds/beta\\.txt\\:2](${beta}#L2) “1,400 people were killed” (Unverified)`), md);
      assert.ok(md.includes(`- [seeds/beta\\.txt\\:4](${beta}#L4) “1,200 people were killed in the first week, a figure” (Verified)`), md);
      assert.match(md, /⚠ The mentions of this claim disagree: 1,200 vs 1,400/);
      assertInert(md);
    });

    it('shows the article text an annotation anchors to when hovering it in the YAML file', async () => {
      const result = await hover(ALPHA_YAML, 4, 8); // "status: disputed" of toll-alpha
      const md = markdownOf(result);
      assert.deepStrictEqual(result!.range, { start: { line: 2, character: 4 }, end: { line: 16, character: 0 } });
      assert.ok(md.includes(`Anchors to [seeds/alpha\\.txt\\:2](${server.uri(ALPHA)}#L2):`), md);
      assert.ok(md.includes('> The ministry said **1,200 people were killed** in the first week\\.'), md);
      assertInert(md);
    });

    it('counts the "- " of a list item as part of the annotation', async () => {
      const result = await hover(ALPHA_YAML, 2, 2);
      assert.match(markdownOf(result), /annotation `toll-alpha`/);
    });

    it('says why an annotation is orphaned', async () => {
      const md = markdownOf(await hover(BETA_YAML, 13, 8));
      assert.match(md, /annotation `gone`\*\* · ❌ False/);
      assert.match(md, /⚠ \*\*Orphaned\*\*: /);
    });

    it('returns nothing away from figures and annotations', async () => {
      assert.strictEqual(await hover(ALPHA, 0, 2), null);
    });
  });

  describe('seeds', () => {
    before(async () => {
      server = await startServer(makeWorkspace());
      await server.open('seeds/001_b94a0f8f42044d4b.txt');
      await server.waitForDiagnostics(server.uri('seeds/001_b94a0f8f42044d4b.txt'), (d) => d.length > 0);
    });
    after(() => server.stop());

    it('shows "at least 45" in seed 001 as an unverified figure', async () => {
      const result = await hover('seeds/001_b94a0f8f42044d4b.txt', 13, 138); // on "least"
      assert.deepStrictEqual(result!.range, { start: { line: 13, character: 135 }, end: { line: 13, character: 146 } });
      const md = markdownOf(result);
      assert.match(md, /Unverified figure/);
      assert.match(md, /“45” · count · value 45 · qualifier “at least”/);
    });

    it('shows an annotated figure of a seed with its status and sources', async function () {
      const annotated = findAnnotatedSeedFigure(server.root);
      if (!annotated) this.skip();
      const result = await hover(annotated!.article, annotated!.line, annotated!.character);
      const md = markdownOf(result);
      assert.doesNotMatch(md, /Unverified figure/);
      assert.match(md, new RegExp(`annotation \`${annotated!.id}\``));
      assertInert(md);
    });
  });
});

/** The first annotation with sources in the shipped annotations/*.yaml whose quote is found verbatim in its seed. */
function findAnnotatedSeedFigure(root: string): { article: string; id: string; line: number; character: number } | undefined {
  const dir = path.join(root, 'annotations');
  if (!fs.existsSync(dir)) return undefined;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== 'claims.yaml').sort()) {
    const article = `seeds/${name.replace(/\.yaml$/, '.txt')}`;
    if (!fs.existsSync(path.join(root, article))) continue;
    const text = fs.readFileSync(path.join(root, article), 'utf8');
    const yaml = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const m of yaml.matchAll(/- id: (\S+)\n\s+quote: "?([^"\n]+)"?\n\s+(?:prefix|suffix|offset|status)/g)) {
      const at = text.indexOf(m[2]);
      if (at < 0 || text.indexOf(m[2], at + 1) >= 0) continue;
      const before = text.slice(0, at).split(/\r\n|\n/);
      return { article, id: m[1], line: before.length - 1, character: before[before.length - 1].length + 1 };
    }
  }
  return undefined;
}
