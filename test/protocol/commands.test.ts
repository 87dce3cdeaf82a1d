// workspace/executeCommand over a real LSP connection: the server computes minimal edits
// of annotation YAML, sends them with workspace/applyEdit, and once the client's change
// comes back, the diagnostics follow.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CreateFile,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { Commands } from '../../server/src/protocol';
import { applyEditToText, makeWorkspace, startServer, TestServer } from './lspClient';
import { attachEditor, codes, execute, executeFails, figureDiagnostic, rangeOf } from './editorHarness';

// CRLF, curly quotes and an astral character before figures: positions must stay exact.
const ARTICLE = 'Officials said “over 1,200 people” died 😀 in the 60-day fighting.\r\nA second line: 40,000 marched and 2.3 million fled.\r\n';
const YAML = [
  '# Fact-check notes for a.txt: keep this comment',
  'annotations:',
  '  # the big one',
  '  - id: two-million   # trailing comment',
  '    quote: "2.3 million"',
  '    status: verified',
  '    sources:',
  '      - url: https://example.org/unrwa',
  '        title: UNRWA situation report',
  '    note: Matches UNRWA figures.',
  '',
].join('\n');
const ARTICLE_PATH = 'seeds/a.txt';
const YAML_PATH = 'annotations/a.yaml';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('protocol: commands', function () {
  this.timeout(20000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  async function start(files: Record<string, string> | undefined): Promise<{ article: string; yaml: string }> {
    server = await startServer(makeWorkspace(files));
    return { article: server.uri(ARTICLE_PATH), yaml: server.uri(YAML_PATH) };
  }
  const readYaml = () => fs.readFileSync(path.join(server.root, YAML_PATH), 'utf8');
  const writeBack = async (rel: string, text: string) => {
    fs.writeFileSync(path.join(server.root, rel), text);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(rel), type: FileChangeType.Changed }] });
  };

  it('annotates a seed figure: CreateFile + full content, and the unverified diagnostic goes away', async () => {
    server = await startServer(makeWorkspace());
    const rel = 'seeds/003_5f84460a82413da7.txt'; // a seed without an annotation file
    const yamlRel = 'annotations/003_5f84460a82413da7.yaml';
    assert.ok(!fs.existsSync(path.join(server.root, yamlRel)));
    const uri = server.uri(rel);
    const before = await server.waitForDiagnostics(uri, (d) => figureDiagnostic(d, '270') !== undefined);
    const target = figureDiagnostic(before, '270')!;
    const source = { url: 'https://www.reuters.com/world/middle-east/hezbollah-sites', title: 'Reuters' };
    const result = await execute(server, Commands.annotate, { uri, range: target.range, version: (target.data as { version: number }).version, status: 'verified', sources: [source] });
    assert.deepStrictEqual(result, { applied: true, annotationId: 'over-270', file: server.uri(yamlRel) });

    assert.strictEqual(server.appliedEdits.length, 1);
    const changes = server.appliedEdits[0].edit.documentChanges!;
    assert.strictEqual(changes.length, 2);
    assert.ok(CreateFile.is(changes[0]));
    assert.deepStrictEqual(changes[0], { kind: 'create', uri: server.uri(yamlRel), options: { ignoreIfExists: true } });
    const edit = changes[1] as TextDocumentEdit;
    assert.deepStrictEqual(edit.textDocument, { uri: server.uri(yamlRel), version: null });
    assert.deepStrictEqual((edit.edits[0] as TextEdit).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const content = applyEditToText('', server.appliedEdits[0].edit, server.uri(yamlRel));
    assert.match(content, /^ {2}- id: over-270\n {4}quote: "270"\n {4}prefix: "[^"\n]*over "\n {4}suffix: " Hezbollah sites[^"\n]*"\n {4}offset: \d+\n {4}status: verified\n {4}sources:\n {6}- url: https:\/\/www.reuters.com\/world\/middle-east\/hezbollah-sites\n {8}title: Reuters\n {8}accessed: \d{4}-\d\d-\d\d\n {4}updated: \d{4}-\d\d-\d\d\n$/m);
    assert.match(content, new RegExp(`updated: ${today()}`));

    await writeBack(yamlRel, content);
    const after = await server.waitForDiagnostics(uri, (d) => figureDiagnostic(d, '270') === undefined);
    assert.ok(figureDiagnostic(after, '320'), 'other figures stay unverified');
  });

  it('edits an existing file with one minimal TextDocumentEdit; comments survive', async () => {
    const { article, yaml } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: YAML });
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') !== undefined);
    const result = await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000'), status: 'disputed', note: 'Police said 25,000.' });
    assert.strictEqual(result.annotationId, '40000-marched');
    const changes = server.appliedEdits[0].edit.documentChanges!;
    assert.strictEqual(changes.length, 1);
    const edit = changes[0] as TextDocumentEdit;
    assert.deepStrictEqual(edit.textDocument, { uri: yaml, version: null });
    assert.strictEqual(edit.edits.length, 1);
    // An insertion after the last line: nothing of the existing text is replaced.
    assert.deepStrictEqual((edit.edits[0] as TextEdit).range, { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } });
    const next = applyEditToText(YAML, server.appliedEdits[0].edit, yaml);
    assert.ok(next.startsWith(YAML), 'existing text, comments included, is untouched');
    assert.strictEqual(
      next.slice(YAML.length),
      [
        '  - id: 40000-marched',
        '    quote: "40,000"',
        '    prefix: "-day fighting.\\r\\nA second line: "',
        '    suffix: " marched and 2.3 million fled."',
        `    offset: ${ARTICLE.indexOf('40,000')}`,
        '    status: disputed',
        '    note: Police said 25,000.',
        `    updated: ${today()}`,
        '',
      ].join('\n'),
    );
    await writeBack(YAML_PATH, next);
    const after = await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') === undefined);
    assert.ok(codes(after).includes('figure.disputed'));
  });

  it('edits the open YAML buffer at its version, keeping unsaved changes', async () => {
    const { article, yaml } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: YAML });
    const editor = attachEditor(server);
    const unsaved = YAML.replace('# the big one', '# the big one (unsaved remark)');
    await editor.open(YAML_PATH, YAML);
    await editor.change(yaml, unsaved);
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '60-day') !== undefined);
    const result = await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '60-day'), status: 'not-a-claim' });
    assert.strictEqual(result.applied, true);
    const edit = editor.received[0].edit.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(edit.textDocument, { uri: yaml, version: 2 });
    const text = editor.text(yaml);
    assert.ok(text.startsWith(unsaved), 'the unsaved remark is kept');
    assert.match(text, /- id: 60-day\n/);
    assert.strictEqual(readYaml(), YAML, 'nothing written to disk behind the buffer');
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '60-day') === undefined);
  });

  it('refuses a range computed for an older version of the article', async () => {
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE });
    await server.open(ARTICLE_PATH, ARTICLE);
    const range = rangeOf(ARTICLE, '40,000');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: article, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }],
    });
    const error = await executeFails(server, Commands.annotate, { uri: article, range, version: 1 });
    assert.strictEqual(error.code, LSPErrorCodes.RequestFailed);
    assert.match(error.message, /the article changed since this range was computed \(version 1, now 2\)/);
    assert.strictEqual(server.appliedEdits.length, 0);
  });

  it('lands two annotate commands sent in quick succession, with unique ids', async () => {
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE.replace('2.3 million fled', '40,000 marched'), [YAML_PATH]: YAML });
    attachEditor(server);
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') !== undefined);
    const text = ARTICLE.replace('2.3 million fled', '40,000 marched');
    const [a, b] = await Promise.all([
      execute(server, Commands.annotate, { uri: article, range: rangeOf(text, '40,000'), status: 'verified' }),
      execute(server, Commands.annotate, { uri: article, range: rangeOf(text, '40,000', text.indexOf('40,000') + 1), status: 'verified' }),
    ]);
    assert.deepStrictEqual([a.applied, b.applied, a.annotationId, b.annotationId], [true, true, '40000-marched', '40000-marched-2']);
    const yaml = readYaml();
    assert.ok(yaml.startsWith(YAML));
    assert.deepStrictEqual([...yaml.matchAll(/- id: (\S+)/g)].map((m) => m[1]), ['two-million', '40000-marched', '40000-marched-2']);
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') === undefined);
  });

  it('lands quick successive commands even when the client never reports its change', async () => {
    const { article, yaml } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: YAML });
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') !== undefined);
    const [a, b] = await Promise.all([
      execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000') }),
      execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '60-day') }),
    ]);
    assert.deepStrictEqual([a.annotationId, b.annotationId], ['40000-marched', '60-day']);
    // The second edit is computed on the text the client holds after the first.
    const final = server.appliedEdits.reduce((text, p) => applyEditToText(text, p.edit, yaml), YAML);
    assert.deepStrictEqual([...final.matchAll(/- id: (\S+)/g)].map((m) => m[1]), ['two-million', '40000-marched', '60-day']);
  });

  it('updates the annotation already on exactly that span instead of adding another', async () => {
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: YAML });
    attachEditor(server);
    await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.unverified'));
    const result = await execute(server, Commands.annotate, {
      uri: article, range: rangeOf(ARTICLE, '2.3 million'), status: 'disputed', sources: [{ url: 'https://example.org/other', title: 'Other count' }],
    });
    assert.strictEqual(result.annotationId, 'two-million');
    const yaml = readYaml();
    assert.strictEqual((yaml.match(/- id:/g) ?? []).length, 1);
    assert.match(yaml, /status: disputed\n/);
    assert.match(yaml, /- url: https:\/\/example.org\/unrwa\n {8}title: UNRWA situation report\n {6}- url: https:\/\/example.org\/other\n {8}title: Other count\n {8}accessed: \d{4}-\d\d-\d\d\n/);
  });

  describe('commands on an annotation by id', () => {
    let article: string;
    beforeEach(async () => {
      ({ article } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: YAML, 'annotations/claims.yaml': 'claims:\n  gaza-displaced:\n    statement: 2.3 million people live in Gaza.\n' }));
      attachEditor(server);
      await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.unverified'));
    });
    const item = (lines: string[]) =>
      YAML.replace(/  - id: two-million[\s\S]*$/, ['  - id: two-million   # trailing comment', ...lines].map((l) => l + '\n').join(''));

    it('setStatus', async () => {
      const result = await execute(server, Commands.setStatus, { uri: article, annotationId: 'two-million', status: 'misleading' });
      assert.deepStrictEqual(result, { applied: true, annotationId: 'two-million', file: server.uri(YAML_PATH) });
      assert.strictEqual(readYaml(), item([
        '    quote: "2.3 million"', '    status: misleading', '    sources:', '      - url: https://example.org/unrwa',
        '        title: UNRWA situation report', '    note: Matches UNRWA figures.', `    updated: ${today()}`,
      ]));
      await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.misleading'));
    });

    it('addSource', async () => {
      await execute(server, Commands.addSource, { uri: article, annotationId: 'two-million', source: { url: 'https://example.org/ocha', title: 'OCHA', accessed: '2025-01-20', quote: '2.3 million' } });
      assert.strictEqual(readYaml(), item([
        '    quote: "2.3 million"', '    status: verified', '    sources:', '      - url: https://example.org/unrwa', '        title: UNRWA situation report',
        '      - url: https://example.org/ocha', '        title: OCHA', '        accessed: 2025-01-20', '        quote: "2.3 million"',
        '    note: Matches UNRWA figures.', `    updated: ${today()}`,
      ]));
    });

    it('linkClaim then unlinkClaim (uri of the YAML file works too)', async () => {
      await execute(server, Commands.linkClaim, { uri: article, annotationId: 'two-million', claim: 'gaza-displaced' });
      const linked = item([
        '    quote: "2.3 million"', '    status: verified', '    claim: gaza-displaced', '    sources:', '      - url: https://example.org/unrwa',
        '        title: UNRWA situation report', '    note: Matches UNRWA figures.', `    updated: ${today()}`,
      ]);
      assert.strictEqual(readYaml(), linked);
      await execute(server, Commands.unlinkClaim, { uri: server.uri(YAML_PATH), annotationId: 'two-million' });
      assert.strictEqual(readYaml(), linked.replace('    claim: gaza-displaced\n', ''));
    });

    it('removeAnnotation leaves the comments above the list', async () => {
      await execute(server, Commands.removeAnnotation, { uri: article, annotationId: 'two-million' });
      assert.strictEqual(readYaml(), '# Fact-check notes for a.txt: keep this comment\nannotations: []\n  # the big one\n');
      await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '2.3 million') !== undefined);
    });

    it('refuses a javascript: source URL and other bad arguments with InvalidParams', async () => {
      const bad: [string, unknown][] = [
        [Commands.addSource, { uri: article, annotationId: 'two-million', source: { url: 'javascript:alert(1)' } }],
        [Commands.addSource, { uri: article, annotationId: 'two-million', source: { url: 'file:///etc/passwd' } }],
        [Commands.addSource, { uri: article, annotationId: 'two-million', source: 'https://example.org' }],
        [Commands.setStatus, { uri: article, annotationId: 'two-million', status: 'true' }],
        [Commands.linkClaim, { uri: article, annotationId: 'two-million', claim: 'Not A Claim' }],
        [Commands.annotate, { uri: article, range: { start: { line: 0 }, end: { line: 0, character: 3 } } }],
        [Commands.annotate, { uri: article, range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } } }],
        [Commands.annotate, { uri: article, range: { start: { line: 0, character: 14 }, end: { line: 0, character: 15 } } }],
        [Commands.annotate, { uri: article, range: { start: { line: 9, character: 0 }, end: { line: 9, character: 3 } } }],
        [Commands.annotate, { uri: server.uri('README.md'), range: rangeOf(ARTICLE, '40,000') }],
        [Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000'), version: 'one' }],
      ];
      for (const [command, args] of bad) {
        const error = await executeFails(server, command, args);
        assert.strictEqual(error.code, ErrorCodes.InvalidParams, `${command} ${JSON.stringify(args)}: ${error.message}`);
      }
      const js = await executeFails(server, Commands.addSource, bad[0][1]);
      assert.match(js.message, /uses "javascript:"; sources must be http:\/\/ or https:\/\/ addresses/);
      const none = await executeFails(server, Commands.setStatus, [] as unknown);
      assert.strictEqual(none.code, ErrorCodes.InvalidParams);
      assert.strictEqual(readYaml(), YAML);
      assert.strictEqual(server.appliedEdits.length, 0);
    });

    it('refuses an unknown annotation id', async () => {
      const error = await executeFails(server, Commands.setStatus, { uri: article, annotationId: 'nope', status: 'verified' });
      assert.strictEqual(error.code, LSPErrorCodes.RequestFailed);
      assert.match(error.message, /no annotation "nope" for seeds\/a.txt/);
    });
  });

  it('setStatus on a range annotates an unannotated figure', async () => {
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE });
    attachEditor(server);
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '1,200') !== undefined);
    const result = await execute(server, Commands.setStatus, { uri: article, range: rangeOf(ARTICLE, '1,200'), status: 'false' });
    assert.strictEqual(result.annotationId, 'over-1200');
    assert.match(readYaml(), /- id: over-1200\n {4}quote: "1,200"\n[\s\S]*status: "false"\n/);
    await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.false'));
  });

  it('refuses to edit a YAML file with syntax errors and leaves it alone', async () => {
    const broken = 'annotations:\n  - id: a\n    quote: "unclosed\n';
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: broken });
    await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.unverified'));
    const error = await executeFails(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000') });
    assert.strictEqual(error.code, LSPErrorCodes.RequestFailed);
    assert.match(error.message, /^annotations\/a.yaml: The annotation file has YAML errors \(line \d+/);
    assert.strictEqual(readYaml(), broken);
    assert.strictEqual(server.appliedEdits.length, 0);
  });

  it('refuses to edit an annotation file that is a symlink out of the workspace', async () => {
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-outside-')), 'a.yaml');
    fs.writeFileSync(outside, YAML);
    const root = makeWorkspace({ [ARTICLE_PATH]: ARTICLE });
    fs.mkdirSync(path.join(root, 'annotations'));
    fs.symlinkSync(outside, path.join(root, YAML_PATH));
    server = await startServer(root);
    const article = server.uri(ARTICLE_PATH);
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '40,000') !== undefined);
    const error = await executeFails(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000') });
    assert.match(error.message, /annotations\/a.yaml links outside the workspace folder/);
    assert.strictEqual(fs.readFileSync(outside, 'utf8'), YAML);
    assert.strictEqual(server.appliedEdits.length, 0);
  });

  it('reports a client that does not apply the edit', async () => {
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: YAML });
    await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.unverified'));
    const messages: string[] = [];
    server.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      messages.push(p.message);
      return null;
    });
    server.connection.onRequest('workspace/applyEdit', () => ({ applied: false, failureReason: 'read-only file' }));
    const result = await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000') });
    assert.strictEqual(result.applied, false);
    await waitFor(() => messages.length > 0);
    assert.match(messages[0], /FactLens could not edit annotations\/a.yaml: read-only file/);
  });

  it('reanchor gives an orphaned annotation a new selector', async () => {
    const yaml = 'annotations:\n  - id: old\n    quote: "1,300 people"\n    status: verified\n';
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE, [YAML_PATH]: yaml });
    attachEditor(server);
    await server.waitForDiagnostics(article, (d) => codes(d).includes('annotation.orphaned'));
    await execute(server, Commands.reanchor, { uri: article, annotationId: 'old', range: rangeOf(ARTICLE, 'over 1,200 people') });
    assert.strictEqual(readYaml(), [
      'annotations:', '  - id: old', '    quote: "over 1,200 people"', '    prefix: "Officials said “"', '    suffix: "” died 😀 in the 60-day fighting"',
      '    offset: 16', '    status: verified', `    updated: ${today()}`, '',
    ].join('\n'));
    const after = await server.waitForDiagnostics(article, (d) => !codes(d).includes('annotation.orphaned'));
    assert.ok(!figureDiagnostic(after, '1,200'));
  });

  it('linkFigures gives two figures in two articles one derived claim', async () => {
    const other = 'The truce lasted a 60-day period, officials said.\n';
    const { article } = await start({ [ARTICLE_PATH]: ARTICLE, 'seeds/b.txt': other, 'annotations/claims.yaml': 'claims:\n  claim-60-day:\n    statement: taken\n' });
    attachEditor(server);
    const b = server.uri('seeds/b.txt');
    await server.waitForDiagnostics(b, (d) => figureDiagnostic(d, '60-day') !== undefined);
    const result = await execute(server, Commands.linkFigures, { uri: article, range: rangeOf(ARTICLE, '60-day'), otherUri: b, otherRange: rangeOf(other, '60-day') });
    assert.deepStrictEqual([result.applied, result.claim, result.annotationId], [true, 'claim-60-day-2', '60-day']);
    for (const rel of [YAML_PATH, 'annotations/b.yaml']) {
      assert.match(fs.readFileSync(path.join(server.root, rel), 'utf8'), /- id: 60-day\n {4}quote: "60-day"\n[\s\S]*status: unverified\n {4}claim: claim-60-day-2\n/);
    }
    assert.strictEqual(server.appliedEdits.length, 1, 'one WorkspaceEdit for both files');
  });
});

async function waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
