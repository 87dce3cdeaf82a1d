// The figure detector against the hand-made gold standard for the five seed articles:
// every gold figure found exactly, no "not a figure" reported (overlap counts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { detectFigures } from '../../server/src/core/figures';
import type { Figure } from '../../server/src/core/types';
import { GOLD_FILE, SEEDS_DIR, SHARED_GOLD_FILE } from './paths';

interface GoldFigure {
  file: string;
  text: string;
  start: number;
  end: number;
  value: number | null;
  kind: string;
  qualifier?: string;
}
interface GoldSpan {
  file: string;
  text: string;
  start: number;
  end: number;
  why?: string;
}
interface Gold {
  figures: GoldFigure[];
  notFigures: GoldSpan[];
  neutral: GoldSpan[];
}

const gold: Gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8'));
const cache = new Map<string, { text: string; figures: Figure[] }>();
function seed(file: string): { text: string; figures: Figure[] } {
  let s = cache.get(file);
  if (!s) {
    const text = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    s = { text, figures: detectFigures(text) };
    cache.set(file, s);
  }
  return s;
}

describe('figures: gold standard (test/fixtures/seed-figures.json)', () => {
  it('the fixture copy equals the shared gold file when that exists', function () {
    if (!fs.existsSync(SHARED_GOLD_FILE)) this.skip();
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(SHARED_GOLD_FILE, 'utf8')), gold);
  });

  it('gold spans match the seed texts', () => {
    for (const g of [...gold.figures, ...gold.notFigures, ...gold.neutral]) {
      assert.strictEqual(seed(g.file).text.slice(g.start, g.end), g.text, `${g.file}@${g.start}`);
    }
  });

  describe('finds every gold figure exactly', () => {
    for (const g of gold.figures) {
      it(`${g.file.slice(0, 3)} ${g.start} "${g.text}" ${g.kind}${g.qualifier ? ` (${g.qualifier})` : ''}`, () => {
        const found = seed(g.file).figures.find((f) => f.start === g.start && f.end === g.end);
        assert.ok(found, `no figure at ${g.start}-${g.end}; overlapping: ${JSON.stringify(
          seed(g.file).figures.filter((f) => f.start < g.end && f.end > g.start))}`);
        assert.strictEqual(found.text, g.text);
        assert.strictEqual(found.value, g.value);
        assert.strictEqual(found.kind, g.kind);
        if (g.qualifier !== undefined) assert.strictEqual(found.qualifier, g.qualifier);
      });
    }
  });

  describe('reports no gold non-figure', () => {
    for (const g of gold.notFigures) {
      it(`${g.file.slice(0, 3)} ${g.start} "${g.text}" (${g.why ?? ''})`, () => {
        const overlapping = seed(g.file).figures.filter((f) => f.start < g.end && f.end > g.start);
        assert.deepStrictEqual(overlapping, []);
      });
    }
  });

  it('returns figures sorted by start and non-overlapping in every seed', () => {
    for (const file of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))) {
      const { text, figures } = seed(file);
      for (let i = 0; i < figures.length; i++) {
        const f = figures[i];
        assert.ok(f.start < f.end && text.slice(f.start, f.end) === f.text, `${file}: ${JSON.stringify(f)}`);
        if (i > 0) assert.ok(figures[i - 1].end <= f.start, `${file}: overlap at ${f.start}`);
      }
    }
  });
});
