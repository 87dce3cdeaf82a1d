// factlens.server.export / factlens.server.import over a real LSP connection: export writes
// files and answers what it skipped; import sends its additions with workspace/applyEdit
// (creating a missing YAML file), reports duplicates and orphans, and a dry run edits nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CreateFile, ExecuteCommandRequest, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { parseAnnotationFile } from '../../server/src/core/annotations';
import { exportWorkspace } from '../../server/src/core/interchange';
import { Commands, ExportResult, ImportResult } from '../../server/src/protocol';
import { applyEditToText, makeWorkspace, startServer, TestServer } from './lspClient';
import { FILES, fixtureWorkspace } from '../unit/interchangeFixtures';

describe('interchange commands over LSP', function () {
  this.timeout(30000);
  let server: TestServer;
  let root: string;

  beforeEach(async () => {
    const files = { ...FILES };
    delete files['annotations/b.yaml'];
    root = makeWorkspace(files);
    server = await startServer(root);
  });
  afterEach(async () => server?.stop());

  const run = <T>(command: string, args: object) => server.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<T>;

  it('export writes the HTML report and answers the file URI and counts', async () => {
    const result = await run<ExportResult>(Commands.export, { format: 'html', out: 'out/report.html' });
    const file = path.join(root, 'out', 'report.html');
    assert.deepStrictEqual(result.files, [pathToFileURL(file).href]);
    assert.deepStrictEqual(result.counts, { articles: 2, figures: 7, annotations: 6, claims: 2 });
    assert.match(fs.readFileSync(file, 'utf8'), /<mark>45<\/mark>/);
  });

  it('export claimreview answers the claims it skipped; a bad format is refused', async () => {
    const result = await run<ExportResult>(Commands.export, { format: 'claimreview' });
    assert.deepStrictEqual(result.skipped, ['claim hostages: no verdict in the claims register']);
    assert.ok(fs.existsSync(path.join(root, 'factlens-claimreview.jsonld')));
    await assert.rejects(run(Commands.export, { format: 'pdf' }), /'format' must be/);
  });

  it('import applies only new annotations through workspace/applyEdit, creating the missing file', async () => {
    const w3c = (exportWorkspace(fixtureWorkspace(), 'w3c', { today: '2024-07-01' }).output as { content: string }).content;
    fs.writeFileSync(path.join(root, 'import.jsonld'), w3c);
    const dry = await run<ImportResult>(Commands.import, { format: 'w3c', file: 'import.jsonld', dryRun: true });
    assert.strictEqual(dry.applied, false);
    assert.strictEqual(server.appliedEdits.length, 0);

    const result = await run<ImportResult>(Commands.import, { format: 'w3c', file: 'import.jsonld' });
    assert.strictEqual(result.applied, true);
    assert.deepStrictEqual(result.imported.map((i) => [i.file, i.id]), [['annotations/b.yaml', 'toll-b']]);
    assert.deepStrictEqual(result.duplicates.map((d) => d.existingId), ['killed-45', 'residents', 'returned', 'toll-a', 'date']);
    assert.deepStrictEqual(result.orphaned.map((o) => o.label), ['annotation 6 (urn:factlens:annotation:seeds/a.txt#gone)']);
    assert.match(result.summary.at(-1)!, /1 imported, 5 duplicate, 0 conflicting, 1 orphaned, 0 invalid\./);

    assert.strictEqual(server.appliedEdits.length, 1);
    const edit = server.appliedEdits[0].edit;
    const uri = server.uri('annotations/b.yaml');
    assert.ok(edit.documentChanges?.some((c) => CreateFile.is(c) && c.uri === uri));
    assert.ok(edit.documentChanges?.every((c) => !TextDocumentEdit.is(c) || c.textDocument.uri === uri), 'a.yaml is not touched');
    const text = applyEditToText('', edit, uri);
    const added = parseAnnotationFile(text, 'annotations/b.yaml').annotations;
    assert.deepStrictEqual(added.map((a) => [a.id, a.quote, a.status, a.claim]), [['toll-b', '1,400 were killed', 'unverified', 'death-toll']]);
  });

  it('import of an unreadable file is refused with a message', async () => {
    fs.writeFileSync(path.join(root, 'bad.json'), '[');
    await assert.rejects(run(Commands.import, { format: 'hypothesis', file: 'bad.json' }), /is not valid JSON/);
    assert.strictEqual(server.appliedEdits.length, 0);
  });
});
