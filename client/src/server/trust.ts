// Workspace trust: in Restricted Mode the server still reads articles and YAML (problems,
// hovers, views work), but nothing FactLens does may write a file.
import * as vscode from 'vscode';

/** True when writing is allowed; otherwise tells the user why nothing happened. */
export function ensureTrusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    'FactLens does not change files in Restricted Mode. Trust this workspace to annotate or export.',
    'Manage Workspace Trust',
  ).then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
  return false;
}
