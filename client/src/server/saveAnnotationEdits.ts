// The server edits annotation YAML through workspace/applyEdit. VS Code applies such edits
// to an in-memory model; we then save the files that had no unsaved changes before, so the
// YAML on disk (what git and the CLI see) is current. A buffer the user is editing stays
// unsaved and keeps its undo stack.
import * as vscode from 'vscode';
import {
  ApplyWorkspaceEditParams, ApplyWorkspaceEditRequest, ApplyWorkspaceEditResult, CancellationToken, ResponseError, WorkspaceEdit,
} from 'vscode-languageclient/node';

function editedUris(edit: WorkspaceEdit): string[] {
  const uris = new Set<string>(Object.keys(edit.changes ?? {}));
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change) uris.add(change.textDocument.uri);
    else if (change.kind === 'create') uris.add(change.uri);
  }
  return [...uris];
}

function isDirty(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === uri.toString() && doc.isDirty);
}

export async function applyAndSave(
  params: ApplyWorkspaceEditParams,
  next: ApplyWorkspaceEditRequest.HandlerSignature,
): Promise<ApplyWorkspaceEditResult | ResponseError<void>> {
  const toSave = editedUris(params.edit)
    .map((uri) => vscode.Uri.parse(uri))
    .filter((uri) => uri.scheme === 'file' && /\.ya?ml$/i.test(uri.path) && !isDirty(uri));
  const result = await next(params, CancellationToken.None);
  if (!(result instanceof ResponseError) && result.applied) {
    for (const uri of toSave) {
      // openTextDocument returns the model the edit was applied to (loading it if needed).
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.isDirty) await doc.save();
    }
  }
  return result;
}
