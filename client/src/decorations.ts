// Colours annotated spans and unverified figures by status in every visible article,
// with overview-ruler marks, so unverified figures show without the Problems panel.
// Colours are contributed (contributes.colors), so themes can restyle them.
import * as vscode from 'vscode';
import type { ArticleState } from '../../server/src/protocol';
import { FactLensServer } from './server/factLensServer';
import { toRange } from './ranges';
import { STATUS_LOOKS } from './statuses';

const DEBOUNCE_MS = 150;

function decorationType(background: string, unverified: boolean): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor(background);
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: color,
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    // A dotted underline keeps unverified figures visible in high-contrast themes too.
    ...(unverified ? { textDecoration: 'underline dotted' } : {}),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** Ranges per status: annotations where they anchor, and figures no annotation covers. */
export function rangesByStatus(state: ArticleState): Map<string, vscode.Range[]> {
  const byStatus = new Map<string, vscode.Range[]>();
  const add = (status: string, range: vscode.Range) => byStatus.set(status, [...(byStatus.get(status) ?? []), range]);
  for (const annotation of state.annotations) {
    if (annotation.range && !annotation.orphaned) add(annotation.status, toRange(annotation.range));
  }
  for (const figure of state.figures) {
    if (!figure.annotationId) add(figure.status, toRange(figure.range));
  }
  return byStatus;
}

export class StatusDecorations implements vscode.Disposable {
  private readonly types = new Map(STATUS_LOOKS.map((look) => [look.status, decorationType(look.background, look.status === 'unverified')]));
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly server: FactLensServer) {
    this.subscriptions = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      server.onDidChangeIndex(() => this.refreshAll()),
    ];
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) void this.refresh(editor);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!this.server.selects(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document === document) void this.refresh(editor);
      }
    }, DEBOUNCE_MS));
  }

  private async refresh(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (!this.server.selects(document) || !/\.txt$/i.test(document.uri.path)) return;
    const state = await this.server.articleState(document.uri);
    // A reply for an older version would paint stale ranges; a newer refresh follows.
    if (!state || (state.version !== null && state.version !== document.version)) return;
    const ranges = rangesByStatus(state);
    for (const [status, type] of this.types) editor.setDecorations(type, ranges.get(status) ?? []);
  }

  dispose(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.subscriptions.forEach((s) => s.dispose());
    this.types.forEach((type) => type.dispose());
  }
}
