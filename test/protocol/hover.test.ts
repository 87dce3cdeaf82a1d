// textDocument/hover over real LSP: unannotated figures (seed and fixture, after emoji and
// CRLF), an annotated span with hostile text, an annotation in its YAML file.
import * as assert from 'assert';
import { Hover, HoverRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, startServer, TestServer } from './lspClient';
import { ALPHA, ALPHA_YAML, BETA_YAML, CLAIMS_YAML, FILES, startReadSide } from './readSideWorkspace';

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
      assert.deepStrictEqual(result!.range, { start: { line: 2, character: 4 }, end: { line: 15, character: 23 } });
      assert.ok(md.includes(`Anchors to [seeds/alpha\\.txt\\:2](${server.uri(ALPHA)}#L2):`), md);
      assert.ok(md.includes('> The ministry said **1,200 people were killed** in the first week\\.\n'), md);
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

    it('shows a claim of the register with its mentions', async () => {
      const result = await hover(CLAIMS_YAML, 1, 5);
      assert.deepStrictEqual(result!.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 17 } });
      const md = markdownOf(result);
      assert.match(md, /^\*\*FactLens · claim `first-week-toll`\*\* · verdict: ❓ Disputed/);
      assert.match(md, /3 mentions in 2 articles · ⚠ conflicting values/);
    });

    it('returns nothing away from figures and annotations', async () => {
      assert.strictEqual(await hover(ALPHA, 0, 2), null);
    });
  });

  describe('seeds', () => {
    before(async () => {
      server = await startServer(makeWorkspace());
      // Open the annotation files first, so the test does not wait on the background pass.
      await server.open('annotations/claims.yaml');
      await server.open('annotations/001_b94a0f8f42044d4b.yaml');
      await server.open('seeds/001_b94a0f8f42044d4b.txt');
      await server.waitForDiagnostics(server.uri('seeds/001_b94a0f8f42044d4b.txt'), (d) => d.length > 0);
    });
    after(() => server.stop());

    it('shows "at least 45" in seed 001 (annotated, not checked yet) as unverified, with its note and how to set a verdict', async () => {
      const result = await hover('seeds/001_b94a0f8f42044d4b.txt', 13, 138); // on "least"
      // The annotation's quote is "at least 45 Palestinians".
      assert.deepStrictEqual(result!.range, { start: { line: 13, character: 135 }, end: { line: 13, character: 159 } });
      const md = markdownOf(result);
      assert.match(md, /^\*\*FactLens · ⚪ Unverified — still to check\*\*/);
      assert.match(md, /\*\*Figure\*\* “45” · count · value 45 · qualifier “at least”/);
      assert.match(md, /\*\*Note\*\* Waiting for the Gaza Health Ministry\\'s daily report/);
      assert.match(md, /`factlens\.setStatus`/);
      assert.match(md, /annotation `wednesday-deaths-45`/);
    });

    it('shows an unannotated seed figure ("over 270" in 003, which has no annotation file) as an unverified figure', async () => {
      await server.open('seeds/003_5f84460a82413da7.txt');
      const result = await hover('seeds/003_5f84460a82413da7.txt', 7, 243);
      assert.deepStrictEqual(result!.range, { start: { line: 7, character: 237 }, end: { line: 7, character: 245 } });
      const md = markdownOf(result);
      assert.match(md, /^\*\*FactLens · Unverified figure\*\*/);
      assert.match(md, /“270” · count · value 270 · qualifier “over”/);
    });

    it('shows an annotated figure of seed 001 ("12 days", annotations/001_….yaml) with status, source and claim', async () => {
      const seed = 'seeds/001_b94a0f8f42044d4b.txt';
      const result = await hover(seed, 5, 318);
      assert.deepStrictEqual(result!.range, { start: { line: 5, character: 316 }, end: { line: 5, character: 323 } });
      const md = markdownOf(result);
      assert.match(md, /^\*\*FactLens · ✅ Verified — checked against a source\*\*/);
      assert.match(md, /\*\*Figure\*\* “12 days” · duration · value 12/);
      assert.match(md, /\]\(https:\/\/www\.reuters\.com\/world\/middle-east\/israel-iran-ceasefire-holds-trump-says-12-day-war-over-2025-06-24\/\) · accessed 2025\\-06\\-26/);
      assert.match(md, /annotation `israel-iran-war-12-days`/);
      assert.match(md, /\*\*Claim\*\* `israel-iran-war-12-days` — The Israel–Iran war of June 2025 lasted 12 days/);
      assertInert(md);
    });
  });
});
