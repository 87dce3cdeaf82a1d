// FactLens in a real VS Code: asserts through VS Code's own APIs and commands, the way a
// user's editor sees the extension. Waits by polling; the workspace is a temporary copy
// of seeds/ and annotations/ (test/vscode/run.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, hoverText, openArticle, rangeOf, until, workspaceFolder } from './helpers';

const ARTICLE = 'seeds/001_b94a0f8f42044d4b.txt';
const ANNOTATIONS = 'annotations/001_b94a0f8f42044d4b.yaml';
const FIGURE = 'at least 45';

function factLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source?.toLowerCase() === 'factlens' || codeOf(d)?.includes('.'));
}

function unverifiedAt(uri: vscode.Uri, range: vscode.Range): vscode.Diagnostic | undefined {
  return factLensDiagnostics(uri).find((d) => codeOf(d) === 'figure.unverified' && d.range.intersection(range) !== undefined);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

suite('FactLens extension', function () {
  this.timeout(90_000);

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension('factlens.factlens');
    assert.ok(extension, 'the extension factlens.factlens is installed in the test instance');
    await extension.activate();
  });

  test('a seed article has FactLens diagnostics with code figure.unverified', async () => {
    const editor = await openArticle(ARTICLE);
    const uri = editor.document.uri;
    const unverified = await until('figure.unverified diagnostics', () => {
      const found = factLensDiagnostics(uri).filter((d) => codeOf(d) === 'figure.unverified');
      return found.length > 0 && found;
    });
    const figure = rangeOf(editor.document, FIGURE);
    assert.ok(unverified.some((d) => d.range.intersection(figure)), `a figure.unverified diagnostic covers "${FIGURE}"`);
    assert.ok(unverified.every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'unverified figures are warnings by default');
  });

  test(`the hover on "${FIGURE}" says it is unverified`, async () => {
    const editor = await openArticle(ARTICLE);
    const position = rangeOf(editor.document, FIGURE).end.translate(0, -1);
    const text = await until('a FactLens hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      const joined = hoverText(hovers ?? []);
      return /unverified/i.test(joined) && joined;
    });
    assert.match(text, /45/);
  });

  test('the article has a summary code lens on its first line', async () => {
    const editor = await openArticle(ARTICLE);
    const lenses = await until('code lenses', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 100);
      return found && found.length > 0 && found;
    });
    const summary = lenses.find((lens) => lens.range.start.line === 0);
    assert.ok(summary?.command, 'a resolved code lens on line 1');
    assert.match(summary.command.title, /unverified/i);
  });

  test('Next Unverified Figure selects an unverified figure', async () => {
    const editor = await openArticle(ARTICLE);
    await until('diagnostics', () => factLensDiagnostics(editor.document.uri).length > 0);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('factlens.nextUnverified');
    const selection = await until('the cursor to move', () => !vscode.window.activeTextEditor!.selection.isEmpty && vscode.window.activeTextEditor!.selection);
    assert.ok(unverifiedAt(editor.document.uri, selection), 'the selection is an unverified figure');
  });

  test('Annotate Selection with arguments writes the YAML and the problem goes away', async () => {
    const editor = await openArticle(ARTICLE);
    const uri = editor.document.uri;
    const range = rangeOf(editor.document, FIGURE);
    await until(`the unverified diagnostic on "${FIGURE}"`, () => unverifiedAt(uri, range));
    await vscode.commands.executeCommand('factlens.annotateSelection', {
      uri: uri.toString(),
      range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
      status: 'verified',
      sources: [{ url: 'https://example.org/gaza-airstrikes-report', accessed: '2025-01-20' }],
      note: 'Matches the ministry figure (test)',
      version: editor.document.version,
    });
    const yamlUri = vscode.Uri.joinPath(workspaceFolder(), ANNOTATIONS);
    const yaml = await until('the annotation on disk', async () => {
      const text = await readText(yamlUri).catch(() => '');
      return text.includes('https://example.org/gaza-airstrikes-report') && text;
    });
    assert.match(yaml, /quote:\s*["']?at least 45/);
    assert.match(yaml, /status:\s*verified/);
    await until(`the unverified diagnostic on "${FIGURE}" to go away`, () => unverifiedAt(uri, range) === undefined);
  });

  test('Show Claim Mentions accepts locations in LSP shape (as code lenses send them)', async () => {
    const editor = await openArticle(ARTICLE);
    const range = rangeOf(editor.document, FIGURE);
    const lsp = { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
    // Resolves once the references view is shown; a bad argument shape throws.
    await vscode.commands.executeCommand('factlens.showMentions', editor.document.uri.toString(), lsp.start, [{ uri: editor.document.uri.toString(), range: lsp }]);
  });

  test('Export Report and Import Annotations with arguments round-trip through W3C without duplicating', async () => {
    const folder = workspaceFolder();
    const out = vscode.Uri.joinPath(folder, 'factlens-annotations.jsonld');
    const exported = await vscode.commands.executeCommand<{ files: string[] }>('factlens.exportReport', { format: 'w3c', out: out.fsPath });
    assert.ok(exported && exported.files.length === 1, 'one file exported');
    const imported = await vscode.commands.executeCommand<{ imported: unknown[]; duplicates: unknown[] }>('factlens.importAnnotations', { format: 'w3c', file: out.fsPath });
    assert.ok(imported, 'the import answered');
    assert.strictEqual(imported.imported.length, 0, 'nothing new: every annotation is already there');
    assert.ok(imported.duplicates.length > 0, 'the existing annotations are reported as duplicates');
  });
});
