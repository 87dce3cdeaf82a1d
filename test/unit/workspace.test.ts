import * as assert from 'assert';
import { checkAnnotationFile, checkArticle, checkWorkspace } from '../../server/src/core/checks';
import { FactWorkspace } from '../../server/src/core/workspace';

const ARTICLE_A = 'The attack on October 7 killed over 1,200 Israelis, officials said.\nAround 250 hostages were taken.\n';
const ARTICLE_B = 'Israeli officials put the toll at 1,400 people killed.\nOnly 100 hostages were released.\n';
const ARTICLE_C = 'In the strikes, 100 Israeli planes hit targets.\nThe ceasefire held for two days.\n';

function annotations(article: string, items: string): string {
  return `# annotations for ${article}\narticle: seeds/${article}\nannotations:\n${items}`;
}

function makeWorkspace(): FactWorkspace {
  const ws = new FactWorkspace();
  ws.setArticle('seeds/a.txt', ARTICLE_A);
  ws.setArticle('seeds/b.txt', ARTICLE_B);
  ws.setArticle('seeds/c.txt', ARTICLE_C);
  ws.setAnnotationFile(
    'annotations/a.yaml',
    annotations(
      'a.txt',
      '  - id: toll\n    quote: "over 1,200 Israelis"\n    status: verified\n    claim: oct7-toll\n' +
        '  - id: hostages\n    quote: "Around 250 hostages"\n    status: disputed\n    note: "Counts vary between 240 and 253."\n',
    ),
  );
  ws.setAnnotationFile(
    'annotations/b.yaml',
    annotations('b.txt', '  - id: toll-b\n    quote: "1,400 people killed"\n    status: unverified\n    claim: oct7-toll\n'),
  );
  ws.flush();
  return ws;
}

describe('FactWorkspace and checks', () => {
  it('reports unannotated figures as unverified, with the figure in data', () => {
    const ws = makeWorkspace();
    const problems = checkArticle(ws, 'seeds/c.txt');
    const unverified = problems.filter((p) => p.code === 'figure.unverified');
    assert.deepStrictEqual(
      unverified.map((p) => ARTICLE_C.slice(p.start, p.end)),
      ['100', 'two days'],
    );
    assert.strictEqual(unverified[0].severity, 'warning');
    assert.strictEqual(unverified[0].data?.figure?.value, 100);
  });

  it('does not report a verified figure, reports a disputed one on its annotation span', () => {
    const ws = makeWorkspace();
    const problems = checkArticle(ws, 'seeds/a.txt');
    const codes = problems.map((p) => `${p.code}:${ARTICLE_A.slice(p.start, p.end)}`);
    assert.ok(!codes.some((c) => c.startsWith('figure.unverified:1,200')), codes.join('\n'));
    assert.ok(codes.includes('figure.disputed:Around 250 hostages'), codes.join('\n'));
    const disputed = problems.find((p) => p.code === 'figure.disputed')!;
    assert.strictEqual(disputed.data?.annotationId, 'hostages');
    assert.match(disputed.message, /Counts vary/);
  });

  it('flags a claim whose mentions disagree, in both articles, with the other mention related', () => {
    const ws = makeWorkspace();
    const a = checkArticle(ws, 'seeds/a.txt').filter((p) => p.code === 'claim.conflict');
    const b = checkArticle(ws, 'seeds/b.txt').filter((p) => p.code === 'claim.conflict');
    assert.strictEqual(a.length, 1);
    assert.strictEqual(b.length, 1);
    assert.strictEqual(ARTICLE_A.slice(a[0].start, a[0].end), 'over 1,200 Israelis');
    assert.strictEqual(a[0].data?.claimId, 'oct7-toll');
    assert.deepStrictEqual(a[0].data?.related?.map((r) => r.file), ['seeds/b.txt']);
    assert.match(a[0].message, /1,200.*1,400/);
    assert.deepStrictEqual(ws.claims.mentions('oct7-toll').map((m) => m.article), ['seeds/a.txt', 'seeds/b.txt']);
  });

  it('clears the conflict when one article is corrected', () => {
    const ws = makeWorkspace();
    ws.setArticle('seeds/b.txt', ARTICLE_B.replace('at 1,400 people', 'at 1,200 people'));
    ws.setAnnotationFile(
      'annotations/b.yaml',
      annotations('b.txt', '  - id: toll-b\n    quote: "1,200 people killed"\n    status: verified\n    claim: oct7-toll\n'),
    );
    ws.flush();
    assert.strictEqual(ws.claims.conflict('oct7-toll'), undefined);
    assert.deepStrictEqual(checkArticle(ws, 'seeds/a.txt').filter((p) => p.code === 'claim.conflict'), []);
  });

  it('suggests links only between figures with the same value and subject', () => {
    const ws = new FactWorkspace();
    ws.setArticle('seeds/x.txt', 'Hamas said 100 hostages were released on Friday.');
    ws.setArticle('seeds/y.txt', 'Mediators confirmed that 100 hostages had been released.');
    ws.setArticle('seeds/z.txt', 'Israel said 100 planes struck targets.');
    ws.flush();
    const x = ws.resolve('seeds/x.txt')!;
    const figure = x.figures.find((f) => f.text === '100')!;
    const suggestions = ws.claims.suggestionsFor('seeds/x.txt', x.article.text, figure);
    assert.deepStrictEqual(suggestions.map((s) => s.target.article), ['seeds/y.txt']);
    assert.ok(suggestions[0].shared.includes('hostage'));
  });

  it('does not link "two days" of ceasefire to "two days" of meetings', () => {
    const ws = new FactWorkspace();
    ws.setArticle('seeds/x.txt', 'The fragile ceasefire had only barely held for two days.');
    ws.setArticle('seeds/y.txt', 'Over the two days of intensive discussions, the leaders met.');
    ws.flush();
    const x = ws.resolve('seeds/x.txt')!;
    assert.deepStrictEqual(ws.claims.suggestionsFor('seeds/x.txt', x.article.text, x.figures[0]), []);
  });

  it('reports an orphaned annotation in the article and in its YAML file, and keeps it', () => {
    const ws = makeWorkspace();
    ws.setArticle('seeds/a.txt', ARTICLE_A.replace('Around 250 hostages were taken.', 'Many people were taken.'));
    const article = checkArticle(ws, 'seeds/a.txt').filter((p) => p.code === 'annotation.orphaned');
    assert.strictEqual(article.length, 1);
    assert.strictEqual(article[0].data?.annotationId, 'hostages');
    const yaml = checkAnnotationFile(ws, 'annotations/a.yaml').filter((p) => p.code === 'annotation.orphaned');
    assert.strictEqual(yaml.length, 1);
    const text = ws.getAnnotationFile('annotations/a.yaml')!.text;
    assert.strictEqual(text.slice(yaml[0].start, yaml[0].end), '"Around 250 hostages"');
    assert.ok(ws.getAnnotationFile('annotations/a.yaml')!.model.annotations.some((a) => a.id === 'hostages'));
  });

  it('reports an annotation file whose article is missing, and one pointing outside the workspace', () => {
    const ws = new FactWorkspace();
    ws.setAnnotationFile('annotations/gone.yaml', 'annotations:\n  - id: x\n    quote: "45"\n    status: verified\n');
    assert.deepStrictEqual(checkAnnotationFile(ws, 'annotations/gone.yaml').map((p) => p.code), ['annotation.article-missing']);
    ws.setAnnotationFile('annotations/evil.yaml', 'article: ../../etc/passwd\nannotations: []\n');
    const problems = checkAnnotationFile(ws, 'annotations/evil.yaml');
    const invalid = problems.find((p) => p.code === 'annotation.invalid')!;
    assert.match(invalid.message, /leaves the workspace/);
    assert.strictEqual(ws.getAnnotationFile('annotations/evil.yaml')!.text.slice(invalid.start, invalid.end), '../../etc/passwd');
  });

  it('reports claim ids the claims register does not list', () => {
    const ws = makeWorkspace();
    ws.setAnnotationFile('annotations/claims.yaml', 'claims:\n  some-other-claim:\n    statement: Something else\n');
    const unknown = checkAnnotationFile(ws, 'annotations/a.yaml').filter((p) => p.code === 'claim.unknown');
    assert.strictEqual(unknown.length, 1);
    assert.strictEqual(unknown[0].data?.claimId, 'oct7-toll');
  });

  it('honours severities set to off and figure kinds filtered out', () => {
    const ws = new FactWorkspace({
      articles: 'seeds/**/*.txt',
      annotationsDir: 'annotations',
      severity: { unverified: 'off', disputed: 'warning', false: 'error', misleading: 'warning', orphaned: 'warning', ambiguous: 'warning', conflict: 'warning' },
      figureKinds: ['count'],
      author: '',
    });
    ws.setArticle('seeds/c.txt', ARTICLE_C);
    assert.deepStrictEqual(checkArticle(ws, 'seeds/c.txt'), []);
  });

  it('checks the whole workspace in file order', () => {
    const ws = makeWorkspace();
    const files = [...new Set(checkWorkspace(ws).map((p) => p.file))];
    assert.deepStrictEqual(files, ['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt']);
  });

  it('does a constant number of index operations per edit, however many articles there are', () => {
    const opsPerEdit = (articles: number) => {
      const ws = new FactWorkspace();
      for (let i = 0; i < articles; i++) ws.setArticle(`seeds/${i}.txt`, `Article ${i}: over 1,200 killed in four days, 45 wounded.`);
      ws.flush();
      const before = ws.claims.operations;
      ws.setArticle('seeds/0.txt', 'Article 0: over 1,300 killed in five days, 46 wounded.');
      ws.indexArticle('seeds/0.txt');
      checkArticle(ws, 'seeds/0.txt');
      return ws.claims.operations - before;
    };
    assert.strictEqual(opsPerEdit(50), opsPerEdit(2000));
  });
});
