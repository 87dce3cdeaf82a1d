import * as assert from 'assert';
import { parseClaimsFile } from '../../server/src/core/annotations';

const FILE = 'annotations/claims.yaml';

describe('parseClaimsFile', () => {
  it('loads claims with their spans', () => {
    const text = [
      '# register — “shared” claims',
      'claims:',
      '  gaza-death-toll:   # from 002',
      '    statement: Passed 40,000 in August 2024.',
      '    verdict: verified',
      '    sources:',
      '      - url: https://apnews.com/x',
      '        accessed: 2024-08-16',
      '    note: n',
      '  iran-false:',
      '    verdict: false',
      '',
    ].join('\n');
    const model = parseClaimsFile(text, FILE);
    assert.deepStrictEqual(model.problems, []);
    assert.deepStrictEqual(model.claims.get('gaza-death-toll'), {
      id: 'gaza-death-toll', statement: 'Passed 40,000 in August 2024.', verdict: 'verified', note: 'n',
      sources: [{ url: 'https://apnews.com/x', accessed: '2024-08-16' }], span: { start: 39, end: 54 },
    });
    assert.strictEqual(text.slice(39, 54), 'gaza-death-toll');
    assert.strictEqual(model.claims.get('iran-false')?.verdict, 'false');
  });

  it('is empty without problems for an empty file', () => {
    for (const text of ['', '# none\n', 'claims:\n']) {
      const model = parseClaimsFile(text, FILE);
      assert.deepStrictEqual([model.claims.size, model.problems], [0, []]);
    }
  });

  it('reports bad fields at their place and keeps the claim without them', () => {
    const text = 'claims:\n  a:\n    verdict: verifed\n    statment: s\n  Bad Id:\n    note: x\n  b: just text\n';
    const model = parseClaimsFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => [text.slice(p.start, p.end), p.severity]),
      [['verifed', 'error'], ['statment', 'warning'], ['Bad Id', 'error'], ['just text', 'error']]);
    assert.match(model.problems[0].message, /did you mean 'verified'/);
    assert.match(model.problems[1].message, /unknown key 'statment' \(did you mean 'statement'\?\)/);
    assert.match(model.problems[2].message, /claim id 'Bad Id' must use lowercase/);
    assert.deepStrictEqual([...model.claims.values()].map((c) => [c.id, c.verdict]), [['a', undefined], ['b', undefined]]);
  });

  it('reports a duplicate claim id as a duplicate key', () => {
    const text = 'claims:\n  a:\n    verdict: verified\n  a:\n    verdict: false\n';
    const model = parseClaimsFile(text, FILE);
    assert.deepStrictEqual(model.problems.map((p) => [p.start, p.end, p.code]), [[37, 38, 'yaml.syntax']]);
  });
});
