// Next / Previous Unverified Figure: moves the cursor using factlens/articleState.
import * as vscode from 'vscode';
import { FactLensServer } from '../server/factLensServer';
import { toRange } from '../ranges';
import { nextIndex } from './unverifiedOrder';

async function move(server: FactLensServer, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const state = await server.articleState(editor.document.uri);
  const unverified = (state?.figures ?? []).filter((figure) => figure.status === 'unverified');
  const index = nextIndex(unverified.map((figure) => figure.range.start), editor.selection.start, direction);
  if (index < 0) {
    vscode.window.setStatusBarMessage('$(pass) FactLens: no unverified figures in this article', 4000);
    return;
  }
  const range = toRange(unverified[index].range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerUnverifiedNavigation(server: FactLensServer): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('factlens.nextUnverified', () => move(server, 1)),
    vscode.commands.registerCommand('factlens.previousUnverified', () => move(server, -1)),
  ];
}
