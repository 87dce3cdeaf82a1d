// Diagnostics in annotation YAML files, over real LSP: the core finds syntax errors,
// unknown keys, duplicate ids and unknown claims; the server publishes them on the YAML
// file at exact ranges (UTF-16, after an emoji, in CRLF files).
import * as assert from 'assert';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, startServer, TestServer } from './lspClient';
import { rangeOf } from './editorHarness';

const ARTICLE = 'Officials said over 1,200 people died.\nLater 40,000 marched.\n';
const SCHEMA_YAML = [
  'annotations:',
  '  - id: one',
  '    quote: "1,200"',
  '    note: "😀 checked twice"',
  '    status: verified',
  '    colour: red',
  '    claim: nobody-knows',
  '  - id: one',
  '    quote: "40,000"',
  '    status: verified',
  '',
].join('\n');
const BROKEN_YAML = ['# 😀 hand-edited', 'annotations:', '  - id: x', '    quote: "1,200', '    status: verified', ''].join('\r\n');

describe('protocol: diagnostics in annotation YAML files', function () {
  this.timeout(20000);
  let server: TestServer;
  before(async () => {
    server = await startServer(
      makeWorkspace({
        'seeds/a.txt': ARTICLE,
        'seeds/b.txt': ARTICLE,
        'annotations/a.yaml': SCHEMA_YAML,
        'annotations/b.yaml': BROKEN_YAML,
        'annotations/claims.yaml': 'claims:\n  known-claim:\n    statement: Something.\n',
      }),
    );
  });
  after(() => server.stop());

  const find = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);

  it('reports an unknown key, a duplicate id and an unknown claim at their exact ranges', async () => {
    const uri = server.uri('annotations/a.yaml');
    const ds = await server.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'claim.unknown'));
    const unknownKey = find(ds, 'annotation.invalid');
    assert.strictEqual(unknownKey.length, 1);
    assert.deepStrictEqual(unknownKey[0].range, rangeOf(SCHEMA_YAML, 'colour'));
    assert.match(unknownKey[0].message as string, /unknown key 'colour'/);
    assert.strictEqual(unknownKey[0].severity, DiagnosticSeverity.Warning);

    const duplicate = find(ds, 'annotation.duplicate-id');
    assert.strictEqual(duplicate.length, 1);
    assert.deepStrictEqual(duplicate[0].range, rangeOf(SCHEMA_YAML, 'one', SCHEMA_YAML.indexOf('- id: one', 20)));
    assert.strictEqual(duplicate[0].severity, DiagnosticSeverity.Error);

    const claim = find(ds, 'claim.unknown');
    assert.strictEqual(claim.length, 1);
    assert.deepStrictEqual(claim[0].range, rangeOf(SCHEMA_YAML, 'nobody-knows'));
    assert.deepStrictEqual({ annotationId: (claim[0].data as { annotationId?: string }).annotationId, source: claim[0].source }, { annotationId: 'one', source: 'FactLens' });
    assert.ok(claim[0].codeDescription?.href.endsWith('#claimunknown'));
  });

  it('reports a YAML syntax error at its range in a CRLF file, and the file is kept, not half-read', async () => {
    const uri = server.uri('annotations/b.yaml');
    const ds = await server.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'yaml.syntax'));
    const syntax = find(ds, 'yaml.syntax');
    assert.strictEqual(syntax.length, 1);
    // From the opening quote to the end of its line (the \r\n is not part of the range).
    assert.deepStrictEqual(syntax[0].range, rangeOf(BROKEN_YAML, '"1,200'));
    assert.match(syntax[0].message as string, /never closed/);
    assert.strictEqual(syntax[0].severity, DiagnosticSeverity.Error);
  });

  it('goes away once the file is fixed in the editor', async () => {
    const uri = await server.open('annotations/b.yaml', BROKEN_YAML);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: BROKEN_YAML.replace('"1,200', '"1,200"') }],
    });
    await server.waitForDiagnostics(uri, (d) => d.length === 0);
  });
});
