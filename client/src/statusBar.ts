// Status bar: unverified figures in the active article and in the workspace
// (factlens/summary); a click opens the Problems panel.
import * as vscode from 'vscode';
import { FactLensServer } from './server/factLensServer';

export class UnverifiedStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factlens.unverified', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  private pending = 0;

  constructor(private readonly server: FactLensServer) {
    this.item.name = 'FactLens: Unverified Figures';
    this.item.command = 'factlens.openProblems';
    this.subscriptions = [
      server.onDidChangeIndex(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    void this.update();
  }

  async update(): Promise<void> {
    const request = ++this.pending;
    const editor = vscode.window.activeTextEditor;
    const article = editor && this.server.selects(editor.document) && /\.txt$/i.test(editor.document.uri.path) ? editor.document.uri : undefined;
    const summary = await this.server.summary(article);
    if (request !== this.pending) return; // a newer update is on its way
    if (!summary) {
      this.item.hide();
      return;
    }
    const plural = (n: number) => (n === 1 ? '' : 's');
    if (summary.indexing) {
      this.item.text = '$(sync~spin) FactLens: indexing…';
    } else if (summary.article !== undefined) {
      this.item.text = `$(checklist) ${summary.article} unverified · ${summary.workspace} in workspace`;
    } else {
      this.item.text = `$(checklist) ${summary.workspace} unverified`;
    }
    this.item.tooltip = `${summary.article !== undefined ? `${summary.article} unverified figure${plural(summary.article)} in this article\n` : ''}`
      + `${summary.workspace} unverified figure${plural(summary.workspace)} in ${summary.articles} article${plural(summary.articles)}\nClick to open the Problems panel`;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
