// Show Problems: opens the Problems panel (the status bar item's click). VS Code has no
// API to set the panel's filter text, so FactLens problems are told apart by their source.
import * as vscode from 'vscode';

export function registerOpenProblems(): vscode.Disposable {
  return vscode.commands.registerCommand('factlens.openProblems', () =>
    vscode.commands.executeCommand('workbench.actions.view.problems'),
  );
}
