// Hostile annotation YAML over LSP (the built server on stdio): every broken file, on disk
// or in an open buffer, gets a diagnostic at its exact range, and the rest of the
// workspace keeps its diagnostics coming.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bigAnnotationFile, HOSTILE_YAML, isExpected, PWNED_GLOBAL } from '../unit/hostileInputs';
import { makeWorkspace, startServer, TestServer } from './lspClient';

const GOOD_ARTICLE = 'The ministry said 45 people were killed and 1,200 injured.\n';
const GOOD_YAML = 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n';

function hasProblem(c: (typeof HOSTILE_YAML)[number], text = c.text) {
  const doc = TextDocument.create('file:///x.yaml', 'yaml', 0, text);
  return (d: Diagnostic[]) => d.some((x) => isExpected(c, { code: x.code, start: doc.offsetAt(x.range.start), end: doc.offsetAt(x.range.end) }, text));
}

const isFalse45 = (d: Diagnostic[]) => d.some((x) => x.code === 'figure.false' && x.range.start.character === 18 && x.range.end.character === 20);

describe('protocol: hostile annotation YAML', function () {
  this.timeout(60000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('every hostile file on disk gets its ranged diagnostic; the good article keeps its own', async () => {
    const files: Record<string, string> = { 'seeds/good.txt': GOOD_ARTICLE, 'annotations/good.yaml': GOOD_YAML };
    HOSTILE_YAML.forEach((c, i) => {
      files[`seeds/h${i}.txt`] = GOOD_ARTICLE;
      files[`annotations/h${i}.yaml`] = c.text;
    });
    server = await startServer(makeWorkspace(files));
    await server.waitForDiagnostics(server.uri('seeds/good.txt'), isFalse45);
    for (const [i, c] of HOSTILE_YAML.entries()) {
      const got = await server.waitForDiagnostics(server.uri(`annotations/h${i}.yaml`), hasProblem(c)).catch((e: Error) => {
        throw new Error(`${c.name}: ${e.message.split('\n')[0]}`);
      });
      const d = got.find((x) => x.code === c.code)!;
      assert.strictEqual(d.severity, c.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, c.name);
      assert.strictEqual(d.source, 'FactLens');
    }
    assert.strictEqual((globalThis as Record<string, unknown>)[PWNED_GLOBAL], undefined);
    assert.strictEqual(fs.existsSync('/tmp/factlens-pwned'), false);
    // Still answering: a hover on the good article.
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: server.uri('seeds/good.txt') }, position: { line: 0, character: 19 } });
    assert.match(JSON.stringify(hover), /False/i);
  });

  it('typing each hostile text into an open YAML buffer: diagnostics follow, the other article still gets its own', async () => {
    server = await startServer(makeWorkspace({ 'seeds/good.txt': GOOD_ARTICLE, 'annotations/good.yaml': GOOD_YAML, 'seeds/typed.txt': GOOD_ARTICLE }));
    const good = server.uri('seeds/good.txt');
    const yaml = server.uri('annotations/typed.yaml');
    await server.waitForDiagnostics(good, isFalse45);
    await server.open('annotations/typed.yaml', GOOD_YAML);
    await server.waitForDiagnostics(server.uri('seeds/typed.txt'), isFalse45);
    let version = 1;
    for (const c of HOSTILE_YAML) {
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: yaml, version: ++version }, contentChanges: [{ text: c.text }] });
      await server.waitForDiagnostics(yaml, hasProblem(c)).catch((e: Error) => {
        throw new Error(`${c.name}: ${e.message.split('\n')[0]}`);
      });
    }
    // After all that, the other article still reacts to a change.
    const edited = GOOD_ARTICLE.replace('45', '46');
    await server.open('seeds/good.txt', GOOD_ARTICLE);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: good, version: 2 }, contentChanges: [{ text: edited }] });
    await server.waitForDiagnostics(good, (d) => d.some((x) => x.code === 'annotation.orphaned'));
  });

  it('a 10 MB annotation file gets an error on its first line; the rest of the workspace is served', async () => {
    const root = makeWorkspace({ 'seeds/good.txt': GOOD_ARTICLE, 'annotations/good.yaml': GOOD_YAML, 'seeds/big.txt': GOOD_ARTICLE });
    fs.writeFileSync(path.join(root, 'annotations/big.yaml'), bigAnnotationFile(10 * 1024 * 1024));
    server = await startServer(root);
    await server.waitForDiagnostics(server.uri('seeds/good.txt'), isFalse45);
    const d = await server.waitForDiagnostics(server.uri('annotations/big.yaml'), (x) => x.some((y) => /too large/.test(String(y.message))), 30000);
    const big = d.find((y) => /too large/.test(String(y.message)))!;
    assert.deepStrictEqual(big.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 'annotations:'.length } });
    assert.strictEqual(big.severity, DiagnosticSeverity.Error);
  });

  it('an unreadable annotation file (binary, not UTF-8) is reported on the file, not silently dropped', async () => {
    const root = makeWorkspace({ 'seeds/good.txt': GOOD_ARTICLE, 'annotations/good.yaml': GOOD_YAML, 'seeds/latin.txt': GOOD_ARTICLE, 'seeds/bin.txt': GOOD_ARTICLE });
    fs.writeFileSync(path.join(root, 'annotations/latin.yaml'), Buffer.from('annotations:\n  - id: caf\xe9\n    quote: "45"\n    status: false\n', 'latin1'));
    fs.writeFileSync(path.join(root, 'annotations/bin.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x01]));
    server = await startServer(root);
    await server.waitForDiagnostics(server.uri('seeds/good.txt'), isFalse45);
    for (const [rel, reason] of [['annotations/latin.yaml', /not valid UTF-8/], ['annotations/bin.yaml', /binary/]] as const) {
      const d = await server.waitForDiagnostics(server.uri(rel), (x) => x.some((y) => y.code === 'file.unreadable'));
      assert.match(String(d[0].message), reason);
      assert.deepStrictEqual(d[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    }
    // A watcher event after the file is fixed clears it.
    fs.writeFileSync(path.join(root, 'annotations/latin.yaml'), GOOD_YAML);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri('annotations/latin.yaml'), type: FileChangeType.Changed }] });
    await server.waitForDiagnostics(server.uri('annotations/latin.yaml'), (x) => x.length === 0);
    await server.waitForDiagnostics(server.uri('seeds/latin.txt'), isFalse45);
  });
});
