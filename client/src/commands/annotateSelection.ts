// FactLens: Annotate Selection. Asks for status, source, note and claim, then has the
// server write the annotation (factlens.server.annotate). Called with arguments
// ({ uri, range, status, sources?, note?, claim? }) it asks nothing; a missing status, or
// askForSource: true, is asked for.
import * as vscode from 'vscode';
import { AnnotateArgs, Commands } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { fromRange, toRange } from '../ranges';
import { readSettings } from '../settings';
import { isStatus } from '../statuses';
import { today } from '../validation';
import { inputNote, inputSourceUrl, pickClaim, pickStatus } from './prompts';
import { Args, commandArgs, findAtCursor, targetFromArgs } from './target';
import { runServerCommand } from './runServerCommand';

export function sourcesFromUrl(url: string | undefined): AnnotateArgs['sources'] {
  return url ? [{ url, accessed: today() }] : undefined;
}

async function fromArguments(args: Args): Promise<AnnotateArgs | undefined> {
  const target = targetFromArgs(args);
  if (!target.range) throw new Error('factlens.annotateSelection needs a range in its arguments.');
  const status = isStatus(args.status) ? args.status : await pickStatus();
  if (!status) return undefined;
  let sources = Array.isArray(args.sources) ? (args.sources as AnnotateArgs['sources']) : undefined;
  if (!sources && args.askForSource === true) {
    const url = await inputSourceUrl(status);
    if (url === undefined) return undefined;
    sources = sourcesFromUrl(url);
  }
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === target.uri.toString());
  return {
    uri: target.uri.toString(),
    range: target.range,
    status,
    sources,
    note: typeof args.note === 'string' ? args.note : undefined,
    claim: typeof args.claim === 'string' ? args.claim : undefined,
    by: typeof args.by === 'string' ? args.by : undefined,
    version: target.version ?? open?.version,
  };
}

async function fromEditor(server: FactLensServer): Promise<AnnotateArgs | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const version = editor.document.version;
  let range = editor.selection.isEmpty ? undefined : fromRange(editor.selection);
  if (!range) range = (await findAtCursor(server, editor))?.figure?.range;
  if (!range) {
    void vscode.window.showInformationMessage('Select the text to annotate, or put the cursor on a figure.');
    return undefined;
  }
  const status = await pickStatus();
  if (!status) return undefined;
  const url = status === 'not-a-claim' ? '' : await inputSourceUrl(status);
  if (url === undefined) return undefined;
  const note = await inputNote();
  if (note === undefined) return undefined;
  const claim = status === 'not-a-claim' ? '' : await pickClaim(await server.claims(), editor.document.getText(toRange(range)));
  if (claim === undefined) return undefined;
  return { uri: editor.document.uri.toString(), range, status, sources: sourcesFromUrl(url), note: note || undefined, claim: claim || undefined, version };
}

export function registerAnnotateSelection(server: FactLensServer): vscode.Disposable {
  return vscode.commands.registerCommand('factlens.annotateSelection', async (arg?: unknown) => {
    const args = commandArgs(arg);
    const annotate = args ? await fromArguments(args) : await fromEditor(server);
    if (!annotate) return undefined;
    annotate.by ??= readSettings(vscode.Uri.parse(annotate.uri)).author || undefined;
    return runServerCommand(server, Commands.annotate, annotate, `annotated as ${annotate.status}`);
  });
}
