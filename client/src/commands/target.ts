// What a command acts on: given in its arguments (tests, code actions, tree items,
// other clients), or found at the cursor of the active article through factlens/articleState.
import * as vscode from 'vscode';
import type { ArticleState, ArticleStateAnnotation, ArticleStateFigure, LspRange } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { fromRange, toRange, toUri } from '../ranges';

export interface Target {
  uri: vscode.Uri;
  annotationId?: string;
  /** Range to annotate when there is no annotation yet (a figure or the selection). */
  range?: LspRange;
  /** Article version the range was read from (the server refuses stale ranges). */
  version?: number;
  /** The claim of the annotation, when known. */
  claim?: string;
}

export type Args = Record<string, unknown>;

/**
 * The argument object a command was called with. Menus pass the resource (a vscode.Uri)
 * or nothing; those mean "act on the editor", so they read as undefined.
 */
export function commandArgs(arg: unknown): Args | undefined {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return undefined;
  const args = arg as Args;
  return typeof args.uri === 'string' || args.uri instanceof vscode.Uri ? args : undefined;
}

export function targetFromArgs(args: Args): Target {
  return {
    uri: toUri(args.uri as string | vscode.Uri),
    annotationId: typeof args.annotationId === 'string' ? args.annotationId : undefined,
    range: isLspRange(args.range) ? args.range : args.range instanceof vscode.Range ? fromRange(args.range) : undefined,
    version: typeof args.version === 'number' ? args.version : undefined,
    claim: typeof args.claim === 'string' ? args.claim : undefined,
  };
}

function isLspRange(value: unknown): value is LspRange {
  const range = value as LspRange | undefined;
  return typeof range?.start?.line === 'number' && typeof range?.end?.character === 'number';
}

export interface CursorFinding {
  state: ArticleState;
  annotation?: ArticleStateAnnotation;
  figure?: ArticleStateFigure;
}

/** The innermost annotation and figure under the cursor of `editor`. */
export async function findAtCursor(server: FactLensServer, editor: vscode.TextEditor): Promise<CursorFinding | undefined> {
  const state = await server.articleState(editor.document.uri);
  if (!state) return undefined;
  const cursor = editor.selection.active;
  const length = (range: LspRange) =>
    editor.document.offsetAt(toRange(range).end) - editor.document.offsetAt(toRange(range).start);
  const smallestFirst = <T extends { range?: LspRange }>(items: T[]) =>
    items.filter((item) => item.range && toRange(item.range).contains(cursor)).sort((a, b) => length(a.range!) - length(b.range!));
  const figure = smallestFirst(state.figures)[0];
  const annotation = smallestFirst(state.annotations.filter((a) => !a.orphaned))[0]
    ?? state.annotations.find((a) => a.id === figure?.annotationId);
  return { state, annotation, figure };
}

/** The target of an editing command run from the editor: annotation, else figure, else selection. */
export async function targetAtCursor(server: FactLensServer): Promise<Target | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open an article and put the cursor on a figure first.');
    return undefined;
  }
  const found = await findAtCursor(server, editor);
  if (!found) {
    void vscode.window.showInformationMessage('This file is not a FactLens article (see the factlens.articles setting).');
    return undefined;
  }
  const { annotation, figure } = found;
  const range = annotation?.range ?? figure?.range ?? (editor.selection.isEmpty ? undefined : fromRange(editor.selection));
  return {
    uri: editor.document.uri,
    annotationId: annotation?.id,
    range,
    version: editor.document.version,
    claim: annotation?.claim ?? figure?.claim,
  };
}

/** Target from arguments when given, else from the cursor. */
export async function resolveTarget(server: FactLensServer, arg: unknown): Promise<Target | undefined> {
  const args = commandArgs(arg);
  return args ? targetFromArgs(args) : targetAtCursor(server);
}
