// Hostile links, edits and races over LSP: URLs and Markdown that must never become links
// or markup in hovers, commands that refuse non-web sources, an unsaved YAML buffer,
// commands in quick succession, a quick fix for a stale article version, and a server
// killed mid-session (a fresh one on the same files sees everything, nothing half-written).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CodeAction, Command, ErrorCodes, Hover, LSPErrorCodes, MarkupContent } from 'vscode-languageserver-protocol/node';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import { Commands } from '../../server/src/protocol';
import { attachEditor, execute, executeFails, figureDiagnostic, rangeOf } from './editorHarness';
import { makeWorkspace, startServer, TestServer } from './lspClient';

const ARTICLE = 'Officials said “over 1,200 people” died 😀 in the 60-day war.\r\nLater 40,000 marched and 2.3 million fled.\r\n';

const HOSTILE_NOTE = '[run me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** <script>alert(1)</script> [[x]](javascript:alert(1))';
const YAML = [
  'annotations:',
  '  - id: two-million',
  '    quote: "2.3 million"',
  '    status: verified',
  '    sources:',
  '      - url: "https://example.org/a)[evil](command:workbench.action.terminal.new)<img>"',
  '        title: "[Click](command:workbench.action.files.delete) <b>me</b>"',
  '        quote: "> quoted\\n# heading\\n<iframe src=javascript:alert(1)>"',
  '      - url: https://example.org/ok',
  '        title: "Plain `code` title"',
  `    note: ${JSON.stringify(HOSTILE_NOTE)}`,
  '    by: "<b>mallory</b>"',
  '  - id: bad-source',
  '    quote: "40,000"',
  '    status: verified',
  '    sources:',
  '      - url: "data:text/html,<script>alert(1)</script>"',
  '      - url: "file:///etc/passwd"',
  '',
].join('\n');

const NON_WEB_URLS = [
  'command:workbench.action.terminal.new',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vscode://ms-vscode.cpptools',
  'ftp://example.org/x',
  '//example.org/x',
  'example.org',
  'https://exa mple.org/x',
];

async function hoverText(server: TestServer, uri: string, text: string, needle: string): Promise<string> {
  const at = rangeOf(text, needle).start;
  const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as Hover | null;
  assert.ok(hover, `no hover at ${needle}`);
  return (hover.contents as MarkupContent).value;
}

/** Link destinations in Markdown text: [label](destination). */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map((m) => m[1]);
}

describe('protocol: hostile links, edits and races', function () {
  this.timeout(60000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  it('hovers never turn command:, javascript:, file: or data: URLs, or Markdown/HTML in notes, into links or markup', async () => {
    server = await startServer(makeWorkspace({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': YAML }));
    const article = server.uri('seeds/a.txt');
    await server.waitForDiagnostics(article, (d) => d.length > 0);
    const value = await hoverText(server, article, ARTICLE, '2.3 million');
    assert.ok(value.includes('FactLens'), value);
    for (const target of linkTargets(value)) assert.match(target, /^(https?|file):/, `link to ${target} in\n${value}`);
    // The only file: links are the server's own (workspace files); sources link to the web only.
    for (const target of linkTargets(value).filter((t) => t.startsWith('file:'))) assert.ok(target.startsWith(server.uri('')), target);
    assert.ok(linkTargets(value).some((t) => t === 'https://example.org/ok'), value);
    assert.ok(!/(?<!\\)\]\(command:/i.test(value) && !/(?<!\\)\]\(javascript:/i.test(value), value);
    for (const tag of ['<img', '<script', '<b>', '<iframe']) assert.ok(!value.includes(tag), `raw ${tag} in\n${value}`);
    assert.ok(!/(?<!\\)\*\*bold/.test(value), 'note Markdown is escaped');
    // The annotation with data: and file: sources is invalid: it does not load, and nothing links to them.
    const yamlDiagnostics = await server.waitForDiagnostics(server.uri('annotations/a.yaml'), (d) => d.filter((x) => x.code === 'annotation.invalid').length >= 2);
    assert.ok(yamlDiagnostics.some((d) => /http/.test(String(d.message))));
    const other = await hoverText(server, article, ARTICLE, '40,000');
    assert.ok(!/data:|passwd/.test(other), other);
  });

  it('annotate and addSource refuse every non-http(s) source URL, and the YAML file stays as it was', async () => {
    server = await startServer(makeWorkspace({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': 'annotations:\n  - id: two\n    quote: "2.3 million"\n    status: verified\n' }));
    attachEditor(server);
    const article = server.uri('seeds/a.txt');
    await server.waitForDiagnostics(article, (d) => d.length > 0);
    const before = fs.readFileSync(path.join(server.root, 'annotations/a.yaml'), 'utf8');
    for (const url of NON_WEB_URLS) {
      const a = await executeFails(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000'), status: 'verified', sources: [{ url }] });
      assert.strictEqual(a.code, ErrorCodes.InvalidParams, `annotate ${url}: ${a.message}`);
      const b = await executeFails(server, Commands.addSource, { uri: article, annotationId: 'two', source: { url } });
      assert.strictEqual(b.code, ErrorCodes.InvalidParams, `addSource ${url}: ${b.message}`);
    }
    assert.strictEqual(server.appliedEdits.length, 0);
    assert.strictEqual(fs.readFileSync(path.join(server.root, 'annotations/a.yaml'), 'utf8'), before);
  });

  it('annotate while the YAML file is open with unsaved changes (even a half-typed entry) edits that buffer or refuses; never the disk', async () => {
    const yaml = 'annotations:\n  - id: two\n    quote: "2.3 million"\n    status: verified\n';
    server = await startServer(makeWorkspace({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': yaml }));
    const editor = attachEditor(server);
    const article = server.uri('seeds/a.txt');
    const yamlUri = await editor.open('annotations/a.yaml', yaml);
    // An unsaved new annotation with the id the command would pick.
    const unsaved = yaml + '  - id: 40000-marched\n    quote: "40,000"\n    status: disputed\n';
    await editor.change(yamlUri, unsaved);
    await server.waitForDiagnostics(article, (d) => d.some((x) => x.code === 'figure.disputed'));
    const r = await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '60-day'), status: 'verified' });
    assert.strictEqual(r.applied, true);
    assert.ok(editor.text(yamlUri).startsWith(unsaved), 'unsaved text kept');
    assert.strictEqual(parseAnnotationFile(editor.text(yamlUri), 'a.yaml').annotations.length, 3);
    assert.strictEqual(fs.readFileSync(path.join(server.root, 'annotations/a.yaml'), 'utf8'), yaml, 'disk untouched');
    // Now the buffer is half-typed (a syntax error): the command refuses rather than guess.
    const broken = editor.text(yamlUri) + '  - id: half\n    quote: "unterminated\n';
    await editor.change(yamlUri, broken);
    const refused = await executeFails(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '1,200') });
    assert.strictEqual(refused.code, LSPErrorCodes.RequestFailed, refused.message);
    assert.strictEqual(editor.text(yamlUri), broken, 'the broken buffer is left alone');
  });

  it('ten annotate commands at once all land, with unique ids and a file that still parses', async () => {
    server = await startServer(makeWorkspace({ 'seeds/a.txt': ARTICLE }));
    const editor = attachEditor(server);
    const article = server.uri('seeds/a.txt');
    await server.waitForDiagnostics(article, (d) => d.length > 0);
    const needles = ['1,200', '60-day', '40,000', '2.3 million', 'over 1,200', '1,200 people', '40,000 marched', 'Later 40,000', '2.3', 'million fled'];
    const results = await Promise.all(needles.map((n, i) => execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, n), note: `note ${i}` })));
    assert.ok(results.every((r) => r.applied), JSON.stringify(results));
    const text = editor.text(server.uri('annotations/a.yaml'));
    const model = parseAnnotationFile(text, 'annotations/a.yaml');
    assert.deepStrictEqual(model.problems, []);
    assert.strictEqual(model.annotations.length, needles.length);
    assert.strictEqual(new Set(model.annotations.map((a) => a.id)).size, needles.length);
    assert.deepStrictEqual(model.annotations.map((a) => a.note).sort(), needles.map((_, i) => `note ${i}`).sort());
  });

  it('a quick fix computed before the article changed is refused, not applied to the wrong place', async () => {
    server = await startServer(makeWorkspace({ 'seeds/a.txt': ARTICLE }));
    attachEditor(server);
    const article = await server.open('seeds/a.txt', ARTICLE);
    const diagnostics = await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') !== undefined);
    const target = figureDiagnostic(diagnostics, '40,000')!;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: article },
      range: target.range,
      context: { diagnostics: [target] },
    })) as (CodeAction | Command)[];
    const verify = actions.find((a) => a.title === 'Mark verified') as CodeAction;
    assert.ok(verify?.command, JSON.stringify(actions.map((a) => a.title)));
    // The user types a line above before clicking the fix: the range now points elsewhere.
    const edited = 'Update: 99 more.\r\n' + ARTICLE;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: article, version: 2 }, contentChanges: [{ text: edited }] });
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '99') !== undefined);
    const refused = await executeFails(server, verify.command!.command, verify.command!.arguments![0]);
    assert.strictEqual(refused.code, LSPErrorCodes.RequestFailed, refused.message);
    assert.match(refused.message, /changed|version/i);
    assert.strictEqual(server.appliedEdits.length, 0);
    assert.strictEqual(fs.existsSync(path.join(server.root, 'annotations/a.yaml')), false);
  });

  it('the server killed mid-session: a fresh server on the same files sees every applied annotation; nothing half-written', async () => {
    const root = makeWorkspace({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': '# keep me\nannotations:\n  - id: two\n    quote: "2.3 million"\n    status: false\n' });
    server = await startServer(root);
    attachEditor(server);
    const article = server.uri('seeds/a.txt');
    await server.waitForDiagnostics(article, (d) => d.some((x) => x.code === 'figure.false'));
    await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000'), status: 'disputed' });
    // Killed while the next command is in flight (its edit may or may not have reached the client).
    const inFlight = execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '60-day'), status: 'misleading' }).catch(() => undefined);
    const exited = new Promise((resolve) => server.process.once('exit', resolve));
    server.process.kill('SIGKILL');
    await exited;
    server.connection.dispose(); // rejects the request still in flight
    await inFlight;
    const onDisk = fs.readFileSync(path.join(root, 'annotations/a.yaml'), 'utf8');
    const model = parseAnnotationFile(onDisk, 'a.yaml');
    assert.deepStrictEqual(model.problems, [], onDisk);
    assert.ok(onDisk.startsWith('# keep me\n'));
    assert.ok(model.annotations.some((a) => a.id === 'two' && a.status === 'false'));
    assert.ok(model.annotations.some((a) => a.status === 'disputed' && a.quote === '40,000'));
    assert.deepStrictEqual(fs.readdirSync(path.join(root, 'annotations')), ['a.yaml'], 'no temp files left behind');
    // A fresh server (what the VS Code client starts after a crash) sees all of it.
    server = await startServer(root);
    const after = await server.waitForDiagnostics(server.uri('seeds/a.txt'), (d) => d.some((x) => x.code === 'figure.disputed'));
    assert.ok(after.some((x) => x.code === 'figure.false'));
    const expectedMisleading = model.annotations.some((a) => a.status === 'misleading');
    assert.strictEqual(after.some((x) => x.code === 'figure.misleading'), expectedMisleading);
  });
});
