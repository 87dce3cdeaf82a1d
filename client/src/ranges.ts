// LSP <-> VS Code positions. Only the client converts: the protocol carries plain
// { line, character } objects (UTF-16, like VS Code), so this is a shape change only.
import * as vscode from 'vscode';
import type { LspRange } from '../../server/src/protocol';

export interface LspPosition {
  line: number;
  character: number;
}

export function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toPosition(position: LspPosition): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

export function fromRange(range: vscode.Range): LspRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

/** A URI given as a string (protocol, tests) or a vscode.Uri (menus, tree items). */
export function toUri(uri: string | vscode.Uri): vscode.Uri {
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

export function toLocation(location: { uri: string | vscode.Uri; range: LspRange | vscode.Range }): vscode.Location {
  const range = location.range instanceof vscode.Range ? location.range : toRange(location.range);
  return new vscode.Location(toUri(location.uri), range);
}
