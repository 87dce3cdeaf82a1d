// The shipped sample annotation files: they parse cleanly, validate against the shipped
// schemas, anchor exactly in their seed articles, and show every status and shared claims.
import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { parseAnnotationFile, parseAnnotationFileFast, parseClaimsFile } from '../../server/src/core/annotations';
import { STATUSES } from '../../server/src/core/types';
import { ANNOTATIONS_DIR, REPO_ROOT, SEEDS_DIR } from './paths';

const sampleFiles = fs.readdirSync(ANNOTATIONS_DIR).filter((f) => f.endsWith('.yaml') && f !== 'claims.yaml');
const read = (f: string) => fs.readFileSync(path.join(ANNOTATIONS_DIR, f), 'utf8');
const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8'));

describe('sample annotation files', () => {
  it('there are at least two', () => assert.ok(sampleFiles.length >= 2));

  for (const f of sampleFiles) {
    it(`${f} parses with no problems, validates, and every quote anchors exactly once`, () => {
      const text = read(f);
      const model = parseAnnotationFile(text, `annotations/${f}`);
      assert.deepStrictEqual(model.problems, []);
      const validate = new Ajv({ allowUnionTypes: true }).compile(schema('annotations.schema.json'));
      assert.ok(validate(parse(text)), JSON.stringify(validate.errors));
      const article = fs.readFileSync(path.join(SEEDS_DIR, f.replace(/\.yaml$/, '.txt')), 'utf8');
      for (const a of model.annotations) {
        const anchor = (a.prefix ?? '') + a.quote + (a.suffix ?? '');
        const at = article.indexOf(anchor);
        assert.ok(at >= 0 && article.indexOf(anchor, at + 1) < 0, `${a.id}: "${anchor}" occurs exactly once`);
        if (a.offset !== undefined) assert.strictEqual(article.slice(a.offset, a.offset + a.quote.length), a.quote, `${a.id}: offset`);
      }
      assert.deepStrictEqual(JSON.parse(JSON.stringify(parseAnnotationFileFast(text, `annotations/${f}`))), JSON.parse(JSON.stringify(model)));
    });
  }

  it('claims.yaml parses with no problems and validates', () => {
    const text = read('claims.yaml');
    assert.deepStrictEqual(parseClaimsFile(text, 'annotations/claims.yaml').problems, []);
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema('claims.schema.json'));
    assert.ok(validate(parse(text)), JSON.stringify(validate.errors));
  });

  it('together they show every status, and claims shared across articles that are in the register', () => {
    const all = sampleFiles.flatMap((f) => parseAnnotationFile(read(f), f).annotations.map((a) => ({ ...a, file: f })));
    assert.deepStrictEqual([...new Set(all.map((a) => a.status))].sort(), [...STATUSES].sort());
    const register = parseClaimsFile(read('claims.yaml'), 'claims.yaml').claims;
    const filesByClaim = new Map<string, Set<string>>();
    for (const a of all.filter((x) => x.claim)) {
      assert.ok(register.has(a.claim!), `claim ${a.claim} is in claims.yaml`);
      filesByClaim.set(a.claim!, (filesByClaim.get(a.claim!) ?? new Set()).add(a.file));
    }
    assert.ok((filesByClaim.get('us-strikes-iran-nuclear')?.size ?? 0) >= 2, 'us-strikes-iran-nuclear in two articles');
    assert.ok(all.filter((a) => a.claim === 'israel-iran-war-12-days').length >= 2);
    assert.ok(all.some((a) => a.claim === 'gaza-death-toll'));
  });

  it('every schema property has a description', () => {
    for (const name of ['annotations.schema.json', 'claims.schema.json']) {
      const missing: string[] = [];
      const walk = (node: unknown, where: string) => {
        if (!node || typeof node !== 'object') return;
        const props = (node as { properties?: Record<string, { description?: string; $ref?: string }> }).properties;
        for (const [key, value] of Object.entries(props ?? {})) if (!value.description && !value.$ref) missing.push(`${where}.${key}`);
        for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`);
      };
      walk(schema(name), name);
      assert.deepStrictEqual(missing, []);
    }
  });
});
