import * as assert from 'assert';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as fs from 'fs';
import * as path from 'path';
import { exportWorkspace, toClaimReviews } from '../../server/src/core/interchange';
import { fixtureWorkspace, FILES } from './interchangeFixtures';
import { REPO_ROOT } from './paths';

function content(format: 'html' | 'md', files = FILES): string {
  return (exportWorkspace(fixtureWorkspace(files), format, { today: '2024-07-01' }).output as { content: string }).content;
}

describe('interchange: ClaimReview', () => {
  const validate = (() => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'interchange', 'claimreview.schema.json'), 'utf8')));
  })();

  it('one ClaimReview per claim with a verdict, valid against the schema; the rest listed as skipped', () => {
    const { reviews, skipped } = toClaimReviews(fixtureWorkspace(), { today: '2024-07-01', baseUrl: 'https://factcheck.example.org/report.html' });
    assert.strictEqual(validate(reviews), true, JSON.stringify(validate.errors, null, 2));
    assert.deepStrictEqual(skipped, ['claim hostages: no verdict in the claims register']);
    assert.deepStrictEqual(reviews[0], {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example.org/report.html#claim-death-toll',
      claimReviewed: 'The attack killed about 1,200 people.',
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed' },
      author: { '@type': 'Person', name: 'Ben' },
      datePublished: '2024-06-10',
      itemReviewed: {
        '@type': 'Claim',
        appearance: [
          { '@type': 'CreativeWork', url: 'https://factcheck.example.org/seeds/a.txt' },
          { '@type': 'CreativeWork', url: 'https://factcheck.example.org/seeds/b.txt' },
        ],
      },
      reviewBody: 'Counts differ between the ministry and the UN.',
      citation: [{ '@type': 'CreativeWork', url: 'https://example.org/un', name: 'UN casualty update' }],
    });
  });

  it('the schema rejects a review without a rating', () => {
    const { reviews } = toClaimReviews(fixtureWorkspace(), { today: '2024-07-01' });
    delete reviews[0].reviewRating;
    assert.strictEqual(validate(reviews), false);
  });

  it('a claim used by annotations but missing from the register is skipped with its reason', () => {
    const { skipped } = toClaimReviews(fixtureWorkspace({ ...FILES, 'annotations/claims.yaml': 'claims:\n' }), { today: '2024-07-01' });
    assert.deepStrictEqual(skipped, ['claim death-toll: not in the claims register, so it has no verdict']);
  });
});

describe('interchange: the fact-check report', () => {
  it('HTML is self-contained: inline style and SVG, no script, nothing fetched', () => {
    const html = content('html');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<style>[^]*\.st-false\{/);
    assert.match(html, /<svg [^>]*role="img"/);
    assert.doesNotMatch(html, /<script|<link |@import|url\(|src=/i);
    // Every http(s) reference is a source link, nothing else.
    const urls = [...html.matchAll(/https?:\/\/[^"'<\s)]+/g)].map((m) => m[0]).filter((u) => !u.startsWith('http://www.w3.org/2000/svg'));
    assert.deepStrictEqual([...new Set(urls)].sort(), ['https://example.org/report', 'https://example.org/un']);
  });

  it('shows each status in words and colour, figures with context, claims with conflicts, lost annotations', () => {
    const html = content('html');
    assert.match(html, /<span class="pill st-misleading">Misleading<\/span>/);
    assert.match(html, /said at least <mark>45<\/mark> people/);
    assert.match(html, /<b>Conflict:<\/b> the mentions disagree — <b>1,200 were killed<\/b> in a\.txt:3 vs <b>1,400 were killed<\/b> in b\.txt:1/);
    assert.match(html, /annotation <code>gone<\/code> \(“this sentence was deleted”\) orphaned: quote not found/);
    assert.match(html, /<title>a\.txt: 1 false<\/title>/);
  });

  it('escapes article and note text and never links a non-http URL', () => {
    const files = {
      'seeds/x.txt': 'The <b>council</b> said 40 people & more.\n',
      'annotations/x.yaml': 'annotations:\n  - id: x\n    quote: "40 people"\n    status: verified\n    note: "<img src=x onerror=alert(1)>"\n',
    };
    const html = content('html', files);
    assert.match(html, /The &lt;b&gt;council&lt;\/b&gt; said <mark>40<\/mark> people &amp; more\./);
    assert.match(html, /<p>&lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
    assert.doesNotMatch(html, /<img/);
  });

  it('Markdown has the summary table, claims and per-article figure tables', () => {
    const md = content('md');
    assert.match(md, /\| a\.txt \| 1 \| 1 \| 1 \| 0 \| 1 \| 1 \| 5 \|/);
    assert.match(md, /### `death-toll` — Disputed/);
    assert.match(md, /> \*\*Conflict:\*\* the mentions disagree/);
    assert.match(md, /\| 1 \| Officials 😀 said at least \*\*45\*\* people were killed on October 7\. \| Verified \| Two sources agree\. Second line\.<br>\[Ministry report: “45”\]\(https:\/\/example\.org\/report\) \(read 2024-05-01\)/);
  });
});
