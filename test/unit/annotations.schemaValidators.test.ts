// The validators compiled at build time (scripts/generateValidators.mjs) must give exactly
// the errors ajv gives when it compiles the same schemas at run time: the problems users
// see are built from those errors.
import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { schemaValidator, SchemaName } from '../../server/src/core/annotations/schemaCheck';
import { ANNOTATIONS_DIR, REPO_ROOT } from './paths';

const schema = (name: SchemaName) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', `${name}.schema.json`), 'utf8'));

const annotationValues: unknown[] = [
  ...fs.readdirSync(ANNOTATIONS_DIR).filter((f) => f.endsWith('.yaml') && f !== 'claims.yaml').map((f) => parse(fs.readFileSync(path.join(ANNOTATIONS_DIR, f), 'utf8'))),
  { annotations: [{ id: 'a', quote: 'x', status: 'verified' }] },
  { annotations: [{ id: 'a', quote: '', status: 'maybe', offset: -1, extra: 1, sources: [{ title: 2 }] }] },
  { annotations: [{ quote: 'x' }, 'text', null, { id: 'Bad Id', quote: 'x', status: 'false', claim: 'NOT OK' }] },
  { article: '', annotations: {}, unknownKey: true },
  { annotations: [{ id: 'a', quote: 'x', status: 'verified', updated: 'yesterday', sources: [{ url: 'ftp://x' }] }] },
  [],
  'just text',
];
const claimValues: unknown[] = [
  parse(fs.readFileSync(path.join(ANNOTATIONS_DIR, 'claims.yaml'), 'utf8')),
  { claims: { 'ok-id': { summary: 'x' }, 'Not OK': { summary: 3 }, other: 'text' } },
  { claims: [], extra: 1 },
];

describe('schema validators compiled at build time', () => {
  for (const [name, values] of [['annotations', annotationValues], ['claims', claimValues]] as const) {
    it(`${name}: same verdicts and errors as ajv compiling the schema at run time`, async () => {
      const { AJV_OPTIONS } = await import(path.join(REPO_ROOT, 'scripts', 'generateValidators.mjs'));
      const runtime = new Ajv(AJV_OPTIONS).compile(schema(name));
      const built = schemaValidator(name);
      let invalid = 0;
      for (const value of values) {
        const expected = runtime(value);
        assert.strictEqual(built(value), expected, JSON.stringify(value));
        if (!expected) invalid++;
        assert.deepStrictEqual(built.errors ?? null, runtime.errors ?? null, JSON.stringify(value));
      }
      assert.ok(invalid >= 2, 'the table has invalid values too');
    });
  }
});
