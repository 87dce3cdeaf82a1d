// The claims register stays complete over LSP: linking to a claim it does not list adds
// the claim to claims.yaml in the same WorkspaceEdit (creating the register when there is
// none), so no claim.unknown follows; and setStatus takes sources ("Mark verified" in VS Code).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CreateFile, DidChangeWatchedFilesNotification, ErrorCodes, FileChangeType, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import { Commands } from '../../server/src/protocol';
import { makeWorkspace, startServer, TestServer } from './lspClient';
import { attachEditor, codes, execute, executeFails, figureDiagnostic, rangeOf } from './editorHarness';

// CRLF, curly quotes and an emoji before the figures: the statement is cut from this text.
const ARTICLE = 'Officials said “over 1,200 people” died 😀 in the 60-day fighting.\r\nA second line: 40,000 marched.\r\n';
const OTHER = 'Mediators proposed a 60-day truce on Monday. Talks went on.\n';
const REGISTER = '# Shared claims — keep this comment\r\nclaims:\r\n  march-size:   # hand-written\r\n    statement: About 40,000 marched.\r\n';
const CLAIMS = 'annotations/claims.yaml';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

describe('protocol: claims register kept complete', function () {
  this.timeout(20000);
  let server: TestServer;
  afterEach(async () => server?.stop());

  const read = (rel: string) => fs.readFileSync(path.join(server.root, rel), 'utf8');
  const start = async (files: Record<string, string>) => {
    server = await startServer(makeWorkspace(files));
    const editor = attachEditor(server);
    const article = server.uri('seeds/a.txt');
    await server.waitForDiagnostics(article, (d) => codes(d).includes('figure.unverified'));
    return { editor, article };
  };
  /**
   * A barrier, then the check: a hand edit links another annotation file to a claim nobody
   * registered; once that claim.unknown shows, every earlier change has been seen, and it
   * must be the only claim.unknown.
   */
  const onlyHandMadeUnknown = async (yamlRel: string) => {
    const rel = 'annotations/hand.yaml';
    fs.writeFileSync(path.join(server.root, rel), 'article: seeds/a.txt\nannotations:\n  - id: by-hand\n    quote: "40,000"\n    status: unverified\n    claim: nobody-listed\n');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri(rel), type: FileChangeType.Created }] });
    await server.waitForDiagnostics(server.uri(rel), (d) => codes(d).includes('claim.unknown'));
    const published = server.diagnostics.get(server.uri(yamlRel)) ?? [];
    assert.deepStrictEqual(published.filter((d) => d.code === 'claim.unknown').map((d) => d.message), []);
  };

  it('linkFigures to a new claim adds it to claims.yaml in the same edit; no claim.unknown follows', async () => {
    const { article } = await start({ 'seeds/a.txt': ARTICLE, 'seeds/b.txt': OTHER, [CLAIMS]: REGISTER });
    const result = await execute(server, Commands.linkFigures, {
      uri: article, range: rangeOf(ARTICLE, '60-day'), otherUri: server.uri('seeds/b.txt'), otherRange: rangeOf(OTHER, '60-day'),
    });
    assert.deepStrictEqual([result.applied, result.claim], [true, 'claim-60-day']);
    assert.strictEqual(server.appliedEdits.length, 1, 'one WorkspaceEdit');
    const edited = server.appliedEdits[0].edit.documentChanges!.filter(TextDocumentEdit.is).map((c) => c.textDocument.uri).sort();
    assert.deepStrictEqual(edited, [server.uri('annotations/a.yaml'), server.uri('annotations/b.yaml'), server.uri(CLAIMS)].sort());
    // Appended in the file's CRLF style; the statement is the article's sentence holding the figure.
    assert.strictEqual(read(CLAIMS), REGISTER + '  claim-60-day:\r\n    statement: Officials said “over 1,200 people” died 😀 in the 60-day fighting.\r\n');
    await server.waitForDiagnostics(article, (d) => figureDiagnostic(d, '60-day') !== undefined && !codes(d).includes('claim.unknown'));
    await onlyHandMadeUnknown('annotations/a.yaml');
  });

  it('linkClaim in a workspace without a register creates it, listing the claims already in use', async () => {
    const yaml = [
      'annotations:',
      '  - id: crowd',
      '    quote: "40,000"',
      '    status: verified',
      '    claim: march-size',
      '  - id: sixty',
      '    quote: "60-day"',
      '    status: unverified',
      '',
    ].join('\n');
    const { article } = await start({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': yaml });
    assert.ok(!fs.existsSync(path.join(server.root, CLAIMS)));
    const result = await execute(server, Commands.linkClaim, { uri: article, annotationId: 'sixty', claim: 'fighting-length' });
    assert.deepStrictEqual([result.applied, result.claim], [true, 'fighting-length']);
    const changes = server.appliedEdits[0].edit.documentChanges!;
    assert.ok(changes.some((c) => CreateFile.is(c) && c.uri === server.uri(CLAIMS)), 'the register is created');
    assert.strictEqual(read(CLAIMS), [
      '# FactLens claims register: claims that several articles make. An annotation links to a',
      '# claim with `claim: <id>`. Keys: statement, verdict, sources, note. Comments are kept when FactLens edits this file.',
      'claims:',
      '  fighting-length:',
      '    statement: Officials said “over 1,200 people” died 😀 in the 60-day fighting.',
      '  march-size:',
      '    statement: "A second line: 40,000 marched."',
      '',
    ].join('\n'));
    assert.match(read('annotations/a.yaml'), /- id: sixty\n {4}quote: "60-day"\n {4}status: unverified\n {4}claim: fighting-length\n/);
    await onlyHandMadeUnknown('annotations/a.yaml');
  });

  it('annotate with a claim and a statement edits the open, unsaved register buffer', async () => {
    const { editor, article } = await start({ 'seeds/a.txt': ARTICLE, [CLAIMS]: REGISTER });
    const unsaved = REGISTER + '  # unsaved comment\r\n';
    const claimsUri = await editor.open(CLAIMS, unsaved);
    await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '1,200'), status: 'unverified', claim: 'toll', statement: '  Over 1,200 died.  ' });
    // After the last claim; the unsaved trailing comment stays last.
    const linked = REGISTER + '  toll:\r\n    statement: Over 1,200 died.\r\n  # unsaved comment\r\n';
    assert.strictEqual(editor.text(claimsUri), linked);
    assert.strictEqual(read(CLAIMS), REGISTER, 'the file on disk is left to the editor');
    // A claim the register already lists adds nothing to it.
    await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000'), claim: 'march-size' });
    assert.strictEqual(editor.text(claimsUri), linked);
    assert.ok(server.appliedEdits[1].edit.documentChanges!.every((c) => !TextDocumentEdit.is(c) || c.textDocument.uri !== claimsUri));
  });

  it('a broken register is left alone: the link is made and the user is told why the claim was not added', async () => {
    const broken = 'claims:\n  march-size: {\n';
    const { article } = await start({ 'seeds/a.txt': ARTICLE, [CLAIMS]: broken });
    const messages: string[] = [];
    server.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      messages.push(p.message);
      return null;
    });
    const result = await execute(server, Commands.annotate, { uri: article, range: rangeOf(ARTICLE, '40,000'), claim: 'crowd' });
    assert.strictEqual(result.applied, true);
    assert.strictEqual(read(CLAIMS), broken);
    assert.match(read('annotations/a.yaml'), /claim: crowd/);
    assert.ok(messages.some((m) => /claim "crowd" was not added to annotations\/claims.yaml: The claims register has YAML errors/.test(m)), messages.join('\n'));
  });
});

describe('protocol: setStatus with sources', function () {
  this.timeout(20000);
  let server: TestServer;
  afterEach(async () => server?.stop());
  const yamlText = () => fs.readFileSync(path.join(server.root, 'annotations/a.yaml'), 'utf8');
  const YAML = 'annotations:\n  # keep me\n  - id: crowd\n    quote: "40,000"\n    status: disputed\n';

  beforeEach(async () => {
    server = await startServer(makeWorkspace({ 'seeds/a.txt': ARTICLE, 'annotations/a.yaml': YAML }));
    attachEditor(server);
    await server.waitForDiagnostics(server.uri('seeds/a.txt'), (d) => codes(d).includes('figure.disputed'));
  });

  it('by annotation id: sets the status and adds the sources in one edit', async () => {
    const article = server.uri('seeds/a.txt');
    const sources = [{ url: 'https://example.org/count', title: 'Police count' }];
    const result = await execute(server, Commands.setStatus, { uri: article, annotationId: 'crowd', status: 'verified', sources });
    assert.deepStrictEqual(result, { applied: true, annotationId: 'crowd', file: server.uri('annotations/a.yaml') });
    assert.strictEqual(server.appliedEdits.length, 1);
    assert.strictEqual(yamlText(), [
      'annotations:', '  # keep me', '  - id: crowd', '    quote: "40,000"', '    status: verified', '    sources:',
      '      - url: https://example.org/count', '        title: Police count', `        accessed: ${today()}`, `    updated: ${today()}`, '',
    ].join('\n'));
    await server.waitForDiagnostics(article, (d) => !codes(d).includes('figure.disputed') && figureDiagnostic(d, '40,000') === undefined);
  });

  it('by range: a new annotation carries the sources', async () => {
    const article = server.uri('seeds/a.txt');
    await execute(server, Commands.setStatus, { uri: article, range: rangeOf(ARTICLE, '1,200'), status: 'verified', sources: [{ url: 'http://example.org/toll', accessed: '2025-01-02' }] });
    const added = parseAnnotationFile(yamlText(), 'annotations/a.yaml').annotations.find((a) => a.quote === '1,200');
    assert.deepStrictEqual([added?.status, added?.sources], ['verified', [{ url: 'http://example.org/toll', accessed: '2025-01-02' }]]);
  });

  it('refuses sources that are not http(s) and leaves the file alone', async () => {
    const article = server.uri('seeds/a.txt');
    for (const url of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd']) {
      const error = await executeFails(server, Commands.setStatus, { uri: article, annotationId: 'crowd', status: 'verified', sources: [{ url }] });
      assert.strictEqual(error.code, ErrorCodes.InvalidParams, url);
    }
    const error = await executeFails(server, Commands.setStatus, { uri: article, annotationId: 'crowd', status: 'verified', sources: 'https://example.org' });
    assert.strictEqual(error.code, ErrorCodes.InvalidParams);
    assert.strictEqual(yamlText(), YAML);
    assert.strictEqual(server.appliedEdits.length, 0);
  });
});
