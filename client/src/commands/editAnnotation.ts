// Set Status, Add Source, Link to Claim, Remove Annotation: they act on the annotation
// at the cursor (or named in their arguments). On a figure nobody annotated yet, they
// annotate it, so "link this figure to a claim" works in one step.
import * as vscode from 'vscode';
import { AnnotateArgs, Commands } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { toRange } from '../ranges';
import { readSettings } from '../settings';
import { isStatus } from '../statuses';
import { inputSourceUrl, pickClaim, pickStatus } from './prompts';
import { sourcesFromUrl } from './annotateSelection';
import { commandArgs, resolveTarget, Target } from './target';
import { runServerCommand } from './runServerCommand';

type Source = NonNullable<AnnotateArgs['sources']>[number];

function annotateNew(server: FactLensServer, target: Target, fields: Partial<AnnotateArgs>, done: string) {
  if (!target.range) {
    void vscode.window.showInformationMessage('Put the cursor on a figure or an annotated span, or select text.');
    return undefined;
  }
  const args: AnnotateArgs = {
    uri: target.uri.toString(), range: target.range, status: 'unverified', version: target.version,
    by: readSettings(target.uri).author || undefined, ...fields,
  };
  return runServerCommand(server, Commands.annotate, args, done);
}

async function setStatus(server: FactLensServer, arg: unknown) {
  const args = commandArgs(arg);
  const target = await resolveTarget(server, arg);
  if (!target) return undefined;
  const status = isStatus(args?.status) ? args.status : await pickStatus();
  if (!status) return undefined;
  // Interactive "verified" offers a source; with arguments only when asked to.
  const askSource = args ? args.askForSource === true : status === 'verified';
  const url = askSource ? await inputSourceUrl(status, args !== undefined) : '';
  if (url === undefined) return undefined;
  if (!target.annotationId) return annotateNew(server, target, { status, sources: sourcesFromUrl(url) }, `marked ${status}`);
  // Status and source in one edit (one undo step); the server skips a URL the annotation already lists.
  return runServerCommand(server, Commands.setStatus,
    { uri: target.uri.toString(), annotationId: target.annotationId, status, version: target.version, sources: sourcesFromUrl(url) }, `marked ${status}`);
}

function addSourceTo(server: FactLensServer, target: Target, source: Source) {
  if (!target.annotationId) return annotateNew(server, target, { sources: [source] }, 'source added');
  return runServerCommand(server, Commands.addSource, { uri: target.uri.toString(), annotationId: target.annotationId, source }, 'source added');
}

async function addSource(server: FactLensServer, arg: unknown) {
  const args = commandArgs(arg);
  const target = await resolveTarget(server, arg);
  if (!target) return undefined;
  let source = args?.source as Source | undefined;
  if (!source && typeof args?.url === 'string') source = { url: args.url };
  if (!source) {
    const url = await inputSourceUrl('unverified', true);
    if (!url) return undefined;
    source = sourcesFromUrl(url)![0];
  }
  return addSourceTo(server, target, source);
}

async function linkClaim(server: FactLensServer, arg: unknown) {
  const args = commandArgs(arg);
  const target = await resolveTarget(server, arg);
  if (!target) return undefined;
  let claim = typeof args?.claim === 'string' ? args.claim : undefined;
  if (claim === undefined) {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri.toString());
    const text = editor && target.range ? editor.document.getText(toRange(target.range)) : '';
    claim = await pickClaim(await server.claims(), text, target.claim);
    if (claim === undefined) return undefined;
  }
  if (!target.annotationId) return claim ? annotateNew(server, target, { claim }, `linked to ${claim}`) : undefined;
  const uri = target.uri.toString();
  return claim
    ? runServerCommand(server, Commands.linkClaim, { uri, annotationId: target.annotationId, claim }, `linked to ${claim}`)
    : runServerCommand(server, Commands.unlinkClaim, { uri, annotationId: target.annotationId }, 'unlinked from its claim');
}

async function removeAnnotation(server: FactLensServer, arg: unknown) {
  const interactive = commandArgs(arg) === undefined;
  const target = await resolveTarget(server, arg);
  if (!target) return undefined;
  if (!target.annotationId) {
    void vscode.window.showInformationMessage('There is no annotation at the cursor.');
    return undefined;
  }
  if (interactive) {
    const answer = await vscode.window.showWarningMessage(
      `Remove annotation "${target.annotationId}" from its annotation file?`, { modal: true }, 'Remove');
    if (answer !== 'Remove') return undefined;
  }
  return runServerCommand(server, Commands.removeAnnotation, { uri: target.uri.toString(), annotationId: target.annotationId }, 'annotation removed');
}

export function registerAnnotationEdits(server: FactLensServer): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('factlens.setStatus', (arg?: unknown) => setStatus(server, arg)),
    vscode.commands.registerCommand('factlens.addSource', (arg?: unknown) => addSource(server, arg)),
    vscode.commands.registerCommand('factlens.linkClaim', (arg?: unknown) => linkClaim(server, arg)),
    vscode.commands.registerCommand('factlens.removeAnnotation', (arg?: unknown) => removeAnnotation(server, arg)),
  ];
}
