// textDocument/codeAction over real LSP: quick fixes keyed on the diagnostic code, with
// ids from diagnostic.data, and their commands run end to end through workspace/applyEdit.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CodeAction, CodeActionRequest, Diagnostic, Range } from 'vscode-languageserver-protocol/node';
import { Commands } from '../../server/src/protocol';
import { makeWorkspace, startServer, TestServer } from './lspClient';
import { attachEditor, codes, execute, figureDiagnostic, rangeOf } from './editorHarness';

const ARTICLE = 'Officials said “over 1,200 people” died 😀 in the 60-day fighting.\r\nA second line: 40,000 marched and 2.3 million fled.\r\n';
const OTHER = 'Organisers said 40,000 people joined the march.\n';
const FILES = {
  'seeds/a.txt': ARTICLE,
  'seeds/b.txt': OTHER,
  'annotations/a.yaml': [
    'annotations:',
    '  - id: gone',
    '    quote: "1,300 people"',
    '    status: verified',
    '  - id: displaced',
    '    quote: "2.3 million"',
    '    status: disputed',
    '',
  ].join('\n'),
  'annotations/b.yaml': 'annotations:\n  - id: march\n    quote: "40,000 people"\n    status: verified\n    claim: march-size\n',
  'annotations/claims.yaml': 'claims:\n  march-size:\n    statement: About 40,000 people marched.\n',
};

describe('protocol: code actions', function () {
  this.timeout(20000);
  let server: TestServer;
  let article: string;
  beforeEach(async () => {
    server = await startServer(makeWorkspace(FILES));
    article = server.uri('seeds/a.txt');
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') !== undefined && codes(d).includes('annotation.orphaned'));
  });
  afterEach(() => server.stop());

  const actionsFor = (uri: string, diagnostic: Diagnostic, range: Range = diagnostic.range, only?: string[]) =>
    server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  const run = (a: CodeAction) => execute(server, a.command!.command, a.command!.arguments![0]);
  const yamlText = (rel = 'annotations/a.yaml') => fs.readFileSync(path.join(server.root, rel), 'utf8');
  const diagnostic = (code: string, uri = article) => server.diagnostics.get(uri)!.find((d) => d.code === code)!;

  it('offers the status marks and a matching claim for an unverified figure; Mark verified works end to end', async () => {
    attachEditor(server);
    const d = figureDiagnostic(server.diagnostics.get(article)!, '40,000')!;
    const actions = await actionsFor(article, d);
    assert.deepStrictEqual(actions.map((a) => a.title), [
      'Mark verified', 'Mark disputed', 'Mark false', 'Mark misleading', 'Mark not a claim', 'Link to claim `march-size`',
    ]);
    for (const a of actions) {
      assert.strictEqual(a.kind, 'quickfix');
      assert.deepStrictEqual(a.diagnostics, [d]);
    }
    assert.deepStrictEqual(actions.map((a) => a.isPreferred === true), [true, false, false, false, false, false]);
    assert.deepStrictEqual(actions[0].command, {
      title: 'Mark verified',
      command: Commands.setStatus,
      arguments: [{ uri: article, range: rangeOf(ARTICLE, '40,000'), version: (d.data as { version: number }).version, status: 'verified' }],
    });
    const result = await run(actions[0]);
    assert.strictEqual(result.annotationId, '40000-marched');
    assert.match(yamlText(), /- id: 40000-marched\n {4}quote: "40,000"\n[\s\S]*status: verified\n/);
    await server.waitForDiagnostics(article, (ds) => figureDiagnostic(ds, '40,000') === undefined);
  });

  it('Link to claim annotates the figure with that claim', async () => {
    attachEditor(server);
    const actions = await actionsFor(article, figureDiagnostic(server.diagnostics.get(article)!, '40,000')!);
    await run(actions.find((a) => a.title === 'Link to claim `march-size`')!);
    assert.match(yamlText(), /- id: 40000-marched\n[\s\S]*status: unverified\n {4}claim: march-size\n/);
  });

  it('a quick fix computed before the article changed is refused, not applied elsewhere', async () => {
    await server.open('seeds/a.txt', ARTICLE);
    const ds = await server.waitForDiagnostics(article, (x) => (figureDiagnostic(x, '40,000')?.data as { version?: number })?.version === 1);
    const [verify] = await actionsFor(article, figureDiagnostic(ds, '40,000')!);
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: article, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Update: ' }],
    });
    await assert.rejects(run(verify), /the article changed since this range was computed \(version 1, now 2\)/);
    assert.strictEqual(server.appliedEdits.length, 0);
  });

  it('offers delete (and re-anchor to a selection) for an orphaned annotation, in the article and in its YAML file', async () => {
    attachEditor(server);
    const d = diagnostic('annotation.orphaned');
    assert.deepStrictEqual((await actionsFor(article, d)).map((a) => a.title), ['Delete orphaned annotation `gone`']);
    const selection = rangeOf(ARTICLE, 'over 1,200 people');
    const withSelection = await actionsFor(article, d, selection);
    assert.deepStrictEqual(withSelection.map((a) => a.title), ['Re-anchor `gone` to the selection', 'Delete orphaned annotation `gone`']);
    assert.ok(withSelection.every((a) => !a.isPreferred), 'nothing that rewrites an annotation is auto-applied');

    const yamlUri = server.uri('annotations/a.yaml');
    const inYaml = await server.waitForDiagnostics(yamlUri, (ds) => codes(ds).includes('annotation.orphaned'));
    const yamlActions = await actionsFor(yamlUri, inYaml.find((x) => x.code === 'annotation.orphaned')!);
    assert.deepStrictEqual(yamlActions.map((a) => [a.title, a.command!.arguments![0]]), [
      ['Delete orphaned annotation `gone`', { uri: yamlUri, annotationId: 'gone' }],
    ]);

    await run(withSelection[0]);
    assert.match(yamlText(), /- id: gone\n {4}quote: "over 1,200 people"\n/);
    const after = await server.waitForDiagnostics(article, (ds) => !codes(ds).includes('annotation.orphaned'));
    assert.strictEqual(figureDiagnostic(after, '1,200'), undefined);
  });

  it('Delete orphaned annotation removes it and its diagnostic', async () => {
    attachEditor(server);
    const [remove] = await actionsFor(article, diagnostic('annotation.orphaned'));
    await run(remove);
    assert.doesNotMatch(yamlText(), /gone/);
    await server.waitForDiagnostics(article, (ds) => !codes(ds).includes('annotation.orphaned'));
  });

  it('offers Mark verified for a disputed figure', async () => {
    attachEditor(server);
    const actions = await actionsFor(article, diagnostic('figure.disputed'));
    assert.deepStrictEqual(actions.map((a) => [a.title, a.command!.arguments![0]]), [
      ['Mark verified', { uri: article, annotationId: 'displaced', status: 'verified' }],
    ]);
    await run(actions[0]);
    await server.waitForDiagnostics(article, (ds) => !codes(ds).includes('figure.disputed'));
  });

  it('answers nothing for other kinds, other sources and diagnostics without data', async () => {
    const d = figureDiagnostic(server.diagnostics.get(article)!, '40,000')!;
    assert.deepStrictEqual(await actionsFor(article, d, d.range, ['refactor']), []);
    assert.strictEqual((await actionsFor(article, d, d.range, ['quickfix'])).length, 6);
    assert.deepStrictEqual(await actionsFor(article, { ...d, source: 'cSpell' }), []);
    const bare = await actionsFor(article, { ...d, data: undefined });
    assert.deepStrictEqual(bare.map((a) => a.title).slice(0, 1), ['Mark verified']);
    assert.deepStrictEqual(await actionsFor(article, { ...diagnostic('annotation.orphaned'), data: { annotationId: 42 } }), []);
  });
});
