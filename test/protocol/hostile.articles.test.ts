// Hostile articles and paths over LSP: BOMs, CRLF and lone CR, astral characters, huge and
// empty files, unreadable files, deleted and renamed articles, paths and symlinks that
// leave the workspace, and names with spaces and accents (URIs must round-trip).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Diagnostic, DidChangeWatchedFilesNotification, FileChangeType, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { makeWorkspace, startServer, TestServer } from './lspClient';

const figureAt = (d: Diagnostic[], line: number, character: number, length: number) =>
  d.find((x) => x.code === 'figure.unverified' && x.range.start.line === line && x.range.start.character === character && x.range.end.character === character + length);

async function hover(server: TestServer, uri: string, line: number, character: number): Promise<Hover | null> {
  return server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
}

/** A file URI spelled the way VS Code spells it (every reserved character percent-encoded). */
function vscodeStyleUri(fsPath: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return 'file://' + fsPath.split('/').map(enc).join('/');
}

describe('protocol: hostile articles and paths', function () {
  this.timeout(60000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('BOM, CRLF, lone CR and emoji: diagnostic and hover ranges are UTF-16 positions of the BOM-less text', async () => {
    const crlf = 'Alpha 😀 10 people.\r\nBeta 20 people.\rGamma 𝟘 30 people.\nDelta 40 people.';
    const root = makeWorkspace({ 'seeds/mixed.txt': crlf });
    fs.writeFileSync(path.join(root, 'seeds/bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Officials said 45 people died.\n')]));
    server = await startServer(root);
    const bom = await server.waitForDiagnostics(server.uri('seeds/bom.txt'), (d) => d.length > 0);
    assert.ok(figureAt(bom, 0, 15, 2), JSON.stringify(bom.map((d) => d.range)));
    const mixed = await server.waitForDiagnostics(server.uri('seeds/mixed.txt'), (d) => d.length === 4);
    for (const [line, ch] of [[0, 9], [1, 5], [2, 9], [3, 6]]) assert.ok(figureAt(mixed, line, ch, 2), `line ${line}: ${JSON.stringify(mixed.map((d) => d.range))}`);
    // The editor opens the BOM file without its BOM (as VS Code does): same positions, and hover agrees.
    await server.open('seeds/bom.txt', 'Officials said 45 people died.\n');
    const h = await hover(server, server.uri('seeds/bom.txt'), 0, 16);
    assert.deepStrictEqual(h?.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 17 } });
    const h2 = await hover(server, server.uri('seeds/mixed.txt'), 2, 10);
    assert.deepStrictEqual(h2?.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 11 } });
  });

  it('empty, binary, invalid UTF-8, 5 MB and 1 MB-line articles: each handled, the others still served', async () => {
    const para = 'The committee met again and discussed the report at length without reaching a conclusion. ';
    let big = '';
    for (let i = 0; big.length < 5 * 1024 * 1024; i++) big += para + (i % 50 === 0 ? `About ${i} people attended.\n` : '');
    const longLine = 'word '.repeat(200_000) + 'then 45 people.';
    const root = makeWorkspace({ 'seeds/empty.txt': '', 'seeds/good.txt': 'Some 45 people.\n', 'seeds/big.txt': big, 'seeds/long.txt': longLine });
    fs.writeFileSync(path.join(root, 'seeds/bin.txt'), Buffer.from([0x34, 0x35, 0x00, 0x01]));
    fs.writeFileSync(path.join(root, 'seeds/latin.txt'), Buffer.from('Caf\xe9 45\n', 'latin1'));
    server = await startServer(root);
    await server.waitForDiagnostics(server.uri('seeds/good.txt'), (d) => figureAt(d, 0, 5, 2) !== undefined);
    const bin = await server.waitForDiagnostics(server.uri('seeds/bin.txt'), (d) => d.length > 0);
    assert.deepStrictEqual(bin.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['file.unreadable', 0, 0]]);
    const latin = await server.waitForDiagnostics(server.uri('seeds/latin.txt'), (d) => d.length > 0);
    assert.match(String(latin[0].message), /not valid UTF-8/);
    const long = await server.waitForDiagnostics(server.uri('seeds/long.txt'), (d) => d.length > 0);
    assert.ok(figureAt(long, 0, 1_000_005, 2), JSON.stringify(long.map((d) => d.range)));
    const bigDiagnostics = await server.waitForDiagnostics(server.uri('seeds/big.txt'), (d) => d.length > 1000, 30000);
    const last = bigDiagnostics[bigDiagnostics.length - 1];
    const doc = TextDocument.create('x', 'plaintext', 0, big);
    assert.match(doc.getText(last.range), /^\d+$/);
    // The empty article: opened, typed into, diagnostics follow.
    const empty = server.uri('seeds/empty.txt');
    await server.open('seeds/empty.txt', '');
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: empty, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Now 12 people.' }] });
    await server.waitForDiagnostics(empty, (d) => figureAt(d, 0, 4, 2) !== undefined);
  });

  it('an article deleted, then renamed, while annotated: the annotation file is kept and reported, then re-anchors', async () => {
    const yaml = 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n';
    const root = makeWorkspace({ 'seeds/a.txt': 'Some 45 people.\n', 'annotations/a.yaml': yaml });
    server = await startServer(root);
    const article = server.uri('seeds/a.txt');
    const annotations = server.uri('annotations/a.yaml');
    await server.waitForDiagnostics(article, (d) => d.some((x) => x.code === 'figure.false'));
    fs.renameSync(path.join(root, 'seeds/a.txt'), path.join(root, 'seeds/b.txt'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: article, type: FileChangeType.Deleted }, { uri: server.uri('seeds/b.txt'), type: FileChangeType.Created }],
    });
    await server.waitForDiagnostics(article, (d) => d.length === 0);
    const missing = await server.waitForDiagnostics(annotations, (d) => d.some((x) => x.code === 'annotation.article-missing'));
    assert.match(String(missing[0].message), /seeds\/a\.txt does not exist/);
    await server.waitForDiagnostics(server.uri('seeds/b.txt'), (d) => d.some((x) => x.code === 'figure.unverified'));
    assert.strictEqual(fs.readFileSync(path.join(root, 'annotations/a.yaml'), 'utf8'), yaml, 'the annotation file is untouched');
    // Pointing it at the new name brings the verdict back.
    fs.writeFileSync(path.join(root, 'annotations/a.yaml'), 'article: seeds/b.txt\n' + yaml);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: annotations, type: FileChangeType.Changed }] });
    await server.waitForDiagnostics(server.uri('seeds/b.txt'), (d) => d.some((x) => x.code === 'figure.false'));
    await server.waitForDiagnostics(annotations, (d) => d.length === 0);
  });

  it('article: ../../etc/passwd is reported at the value and never read; symlinks out of the workspace are not followed', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'Secret ledger: 999 accounts.\n');
    fs.writeFileSync(path.join(outside, 'secret.yaml'), 'annotations:\n  - id: s\n    quote: "45"\n    status: false\n');
    const yaml = `article: ../${path.basename(outside)}/secret.txt\nannotations:\n  - id: s\n    quote: "999"\n    status: false\n`;
    const root = makeWorkspace({ 'seeds/good.txt': 'Some 45 people.\n', 'annotations/x.yaml': yaml, 'annotations/passwd.yaml': 'article: ../../etc/passwd\nannotations: []\n' });
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'seeds/link.txt'));
    fs.symlinkSync(outside, path.join(root, 'seeds/linkdir'));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'annotations/good.yaml'));
    server = await startServer(root);
    await server.waitForDiagnostics(server.uri('seeds/good.txt'), (d) => d.length > 0);
    const x = await server.waitForDiagnostics(server.uri('annotations/x.yaml'), (d) => d.some((y) => y.code === 'annotation.invalid'));
    assert.deepStrictEqual(x.find((y) => y.code === 'annotation.invalid')!.range, { start: { line: 0, character: 9 }, end: { line: 0, character: yaml.indexOf('\n') } });
    const passwd = await server.waitForDiagnostics(server.uri('annotations/passwd.yaml'), (d) => d.some((y) => y.code === 'annotation.invalid'));
    assert.match(String(passwd[0].message), /leaves the workspace/);
    const summary = (await server.connection.sendRequest('factlens/summary', {})) as { articles: number };
    assert.strictEqual(summary.articles, 1, 'only seeds/good.txt is an article');
    for (const uri of server.diagnostics.keys()) assert.ok(!/link|secret|passwd\.txt|etc/.test(uri) || uri.endsWith('passwd.yaml'), `diagnostics published for ${uri}`);
    for (const list of server.diagnostics.values()) assert.ok(!list.some((d) => String(d.message).includes('999')));
    // The good article's 45 is unverified: the symlinked annotation file was not read either.
    assert.ok(figureAt(server.diagnostics.get(server.uri('seeds/good.txt'))!, 0, 5, 2));
    // Nor after a watcher event for it (another editor "changed" the link).
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri('annotations/good.yaml'), type: FileChangeType.Changed }] });
    server.diagnostics.delete(server.uri('seeds/good.txt'));
    await server.open('seeds/good.txt');
    const after = await server.waitForDiagnostics(server.uri('seeds/good.txt'), (d) => d.length > 0);
    assert.ok(figureAt(after, 0, 5, 2), JSON.stringify(after.map((d) => d.code)));
  });

  it('file names with spaces, accents, quotes and parentheses: the client URI spelling round-trips', async () => {
    const rel = 'seeds/Gaza été/Café “report” (1).txt';
    const yamlRel = 'annotations/Gaza été/Café “report” (1).yaml';
    const root = makeWorkspace({ [rel]: 'Café: 45 people.\n', [yamlRel]: 'annotations:\n  - id: toll\n    quote: "45"\n    status: false\n' });
    server = await startServer(root);
    const nodeUri = pathToFileURL(path.join(root, rel)).href;
    await server.waitForDiagnostics(nodeUri, (d) => d.some((x) => x.code === 'figure.false'));
    // VS Code spells the same file differently; after it opens it, the server answers in its spelling.
    const clientUri = vscodeStyleUri(path.join(root, rel));
    assert.notStrictEqual(clientUri, nodeUri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: clientUri, languageId: 'plaintext', version: 1, text: 'Café: 45 people.\n' } });
    const d = await server.waitForDiagnostics(clientUri, (x) => x.some((y) => y.code === 'figure.false'));
    assert.deepStrictEqual(d.find((y) => y.code === 'figure.false')!.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } });
    const h = await hover(server, clientUri, 0, 6);
    assert.match((h!.contents as MarkupContent).value, /False/i);
    const def = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri: clientUri }, position: { line: 0, character: 6 } })) as { uri: string }[] | { uri: string };
    const target = Array.isArray(def) ? def[0] : def;
    assert.ok(target, 'definition from the figure to its annotation');
    assert.strictEqual(decodeURIComponent(target.uri), decodeURIComponent(pathToFileURL(path.join(root, yamlRel)).href));
  });
});
