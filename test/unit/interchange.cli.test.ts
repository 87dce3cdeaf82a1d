// The built CLI (bin/factlens.js -> dist/cli.js) exporting and importing in a temp copy of
// the seeds workspace. Build first: node scripts/build.mjs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import { factlens } from './cliHarness';
import { REPO_ROOT } from './paths';

const SEED = 'seeds/002_0eab28a52c102969.txt';
const YAML = 'annotations/002_0eab28a52c102969.yaml';
const ANNOTATIONS = `# Checked by the desk.
annotations:
  - id: toll
    quote: "surpassed 40,000"
    status: verified
    claim: gaza-toll
    sources:
      - url: https://example.org/ocha
        title: OCHA update
  - id: hostages
    quote: "around 250 hostages"
    status: disputed
    note: Counts vary.
`;

/** The seed articles with our own annotations (independent of the repository's seed annotations). */
function seedsCopy(withSeedAnnotations = false): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-cli-interchange-'));
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  fs.mkdirSync(path.join(root, 'annotations'));
  if (withSeedAnnotations) {
    fs.cpSync(path.join(REPO_ROOT, 'annotations'), path.join(root, 'annotations'), { recursive: true });
    return root;
  }
  fs.writeFileSync(path.join(root, YAML), ANNOTATIONS);
  fs.writeFileSync(path.join(root, 'annotations/claims.yaml'), 'claims:\n  gaza-toll:\n    statement: Gaza deaths passed 40,000.\n    verdict: verified\n  no-verdict: {}\n');
  return root;
}

describe('factlens export / import (built CLI)', function () {
  this.timeout(30000);
  before(function () {
    if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'cli.js'))) this.skip();
  });

  it('export --format w3c prints JSON-LD on stdout and lists what it left out on stderr', () => {
    const root = seedsCopy();
    const out = factlens(['export', '--format', 'w3c'], root);
    assert.strictEqual(out.status, 0, out.stderr);
    const doc = JSON.parse(out.stdout);
    assert.strictEqual(doc.total, 2);
    assert.strictEqual(doc.first.items[0].target.source, SEED);
    assert.match(out.stderr, /2 annotations, 0 unplaced/);
  });

  it('export --format claimreview lists claims without a verdict as skipped on stderr', () => {
    const out = factlens(['export', '--format', 'claimreview'], seedsCopy());
    assert.strictEqual(out.status, 0, out.stderr);
    assert.deepStrictEqual(JSON.parse(out.stdout).map((r: { claimReviewed: string }) => r.claimReviewed), ['Gaza deaths passed 40,000.']);
    assert.match(out.stderr, /skipped claim no-verdict: no verdict in the claims register/);
  });

  it('export --format html --out writes the report; brat needs --out (exit 2)', () => {
    const root = seedsCopy();
    const html = factlens(['export', '--format', 'html', '--out', 'out/report.html'], root);
    assert.strictEqual(html.status, 0, html.stderr);
    assert.match(fs.readFileSync(path.join(root, 'out/report.html'), 'utf8'), /<mark>40,000<\/mark>/);
    assert.deepStrictEqual(fs.readdirSync(path.join(root, 'out')), ['report.html'], 'no temp files left behind');
    const brat = factlens(['export', '--format', 'brat'], root);
    assert.strictEqual(brat.status, 2);
    assert.match(brat.stderr, /--format brat writes a folder: pass --out FOLDER/);
    assert.strictEqual(factlens(['export', '--format', 'pdf'], root).status, 2);
  });

  it('export brat, delete the annotations, import brat: the annotations come back, comments and all', () => {
    const root = seedsCopy();
    assert.strictEqual(factlens(['export', '--format', 'brat', '--out', 'brat'], root).status, 0);
    assert.ok(fs.existsSync(path.join(root, 'brat/seeds/002_0eab28a52c102969.ann')));
    fs.writeFileSync(path.join(root, YAML), '# Checked by the desk.\nannotations: []\n');
    const out = factlens(['import', '--format', 'brat', 'brat'], root);
    assert.strictEqual(out.status, 0, out.stdout + out.stderr);
    assert.match(out.stdout, /2 imported, 0 duplicate, 0 conflicting, 0 orphaned, 0 invalid\./);
    const yaml = fs.readFileSync(path.join(root, YAML), 'utf8');
    assert.match(yaml, /^# Checked by the desk\.\nannotations:\n  - id: toll\n/);
    assert.match(yaml, /claim: gaza-toll/);
    assert.match(yaml, /url: https:\/\/example\.org\/ocha/);
  });

  it('import w3c twice: the second run finds only duplicates and changes nothing (exit 0); --dry-run writes nothing', () => {
    const root = seedsCopy();
    const exported = factlens(['export', '--format', 'w3c', '--out', 'w3c.jsonld'], root);
    assert.strictEqual(exported.status, 0);
    const before = fs.readFileSync(path.join(root, YAML), 'utf8');
    const again = factlens(['import', '--format', 'w3c', 'w3c.jsonld'], root);
    assert.strictEqual(again.status, 0, again.stdout);
    assert.match(again.stdout, /0 imported, 2 duplicate/);
    assert.strictEqual(fs.readFileSync(path.join(root, YAML), 'utf8'), before);

    fs.writeFileSync(path.join(root, YAML), 'annotations: []\n');
    const dry = factlens(['import', '--format', 'w3c', 'w3c.jsonld', '--dry-run'], root);
    assert.strictEqual(dry.status, 0);
    assert.match(dry.stdout, /2 to import/);
    assert.strictEqual(fs.readFileSync(path.join(root, YAML), 'utf8'), 'annotations: []\n');
  });

  it("the repository's seed annotations survive export w3c -> delete -> import w3c", () => {
    const root = seedsCopy(true);
    const files = fs.readdirSync(path.join(root, 'annotations')).filter((f) => f !== 'claims.yaml');
    if (files.length === 0) return; // no seed annotations in this checkout yet
    const load = () => files.map((f) => parseAnnotationFile(fs.readFileSync(path.join(root, 'annotations', f), 'utf8'), f).annotations.map((a) => [a.id, a.quote, a.status, a.claim, a.sources, a.note]));
    const before = load();
    assert.strictEqual(factlens(['export', '--format', 'w3c', '--out', 'w3c.jsonld'], root).status, 0);
    for (const f of files) fs.rmSync(path.join(root, 'annotations', f));
    const out = factlens(['import', '--format', 'w3c', 'w3c.jsonld'], root);
    assert.match(out.stdout, / 0 orphaned, 0 invalid\./, out.stdout);
    assert.deepStrictEqual(load(), before);
  });

  it('import hypothesis with an orphan exits 1 and lists it; unreadable input exits 2', () => {
    const root = seedsCopy();
    const rows = [
      { id: 'h1', uri: 'https://example.org/story', tags: ['false'], text: 'Too high', target: [{ source: 'https://example.org/story', selector: [{ type: 'TextQuoteSelector', exact: '2.3 million residents' }] }] },
      { id: 'h2', uri: 'https://example.org/story', tags: [], text: '', target: [{ source: 'https://example.org/story', selector: [{ type: 'TextQuoteSelector', exact: 'a passage that is not there' }] }] },
    ];
    fs.writeFileSync(path.join(root, 'h.json'), JSON.stringify(rows));
    const out = factlens(['import', '--format', 'hypothesis', 'h.json', '--article', SEED], root);
    assert.strictEqual(out.status, 1, out.stdout + out.stderr);
    assert.match(out.stdout, /imported hypothesis h1 -> annotations\/002_0eab28a52c102969\.yaml \(id hyp-h1\)/);
    assert.match(out.stdout, /orphaned hypothesis h2 in seeds\/002_0eab28a52c102969\.txt: .*; not imported/);
    fs.writeFileSync(path.join(root, 'bad.json'), '{ not json');
    const bad = factlens(['import', '--format', 'hypothesis', 'bad.json'], root);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /is not valid JSON/);
  });
});
