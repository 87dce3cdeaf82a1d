// FactLens for VS Code: starts the bundled language server and wires the client-side
// features. Each feature lives in its own file; this one only connects them.
import * as vscode from 'vscode';
import { registerAnnotateSelection } from './commands/annotateSelection';
import { registerAnnotationEdits } from './commands/editAnnotation';
import { registerExportReport } from './commands/exportReport';
import { registerImportAnnotations } from './commands/importAnnotations';
import { registerOpenAnnotationFile } from './commands/openAnnotationFile';
import { registerOpenProblems } from './commands/openProblems';
import { registerShowMentions } from './commands/showMentions';
import { registerUnverifiedNavigation } from './commands/unverifiedNavigation';
import { StatusDecorations } from './decorations';
import { FactLensServer } from './server/factLensServer';
import { affectsDocumentSelection } from './settings';
import { UnverifiedStatusBar } from './statusBar';
import { ClaimsTree } from './views/claimsTree';
import { FiguresTree } from './views/figuresTree';

let server: FactLensServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FactLensServer> {
  server = new FactLensServer(context);
  const claims = new ClaimsTree(server);
  const figures = new FiguresTree(server);
  const { subscriptions } = context;
  subscriptions.push(
    server,
    registerAnnotateSelection(server),
    ...registerAnnotationEdits(server),
    ...registerUnverifiedNavigation(server),
    registerShowMentions(server),
    registerOpenAnnotationFile(server),
    registerExportReport(server),
    registerImportAnnotations(server),
    registerOpenProblems(),
    vscode.commands.registerCommand('factlens.restartServer', () => server?.restart()),
    vscode.commands.registerCommand('factlens.refreshClaims', () => claims.refresh()),
    claims,
    vscode.window.createTreeView('factlens.claims', { treeDataProvider: claims, showCollapseAll: true }),
    figures,
    figures.createView('factlens.figures'),
    new StatusDecorations(server),
    new UnverifiedStatusBar(server),
    // The document selector and watchers depend on these settings: rebuild the client.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsDocumentSelection(event)) void server?.restart();
    }),
  );
  try {
    await server.start();
  } catch (error) {
    server.output.appendLine(`FactLens server failed to start: ${error instanceof Error ? error.stack : String(error)}`);
    void vscode.window.showErrorMessage('The FactLens server failed to start. See the FactLens output for details.');
  }
  // Returned for the integration tests (extension.exports).
  return server;
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
