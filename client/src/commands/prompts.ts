// The questions FactLens asks: status, source, note, claim. Each returns undefined when
// the user presses Escape, which cancels the whole command.
import * as vscode from 'vscode';
import type { ClaimInfo } from '../../../server/src/protocol';
import { STATUS_LOOKS, statusLook } from '../statuses';
import { suggestClaimId, validateClaimId, validateSourceUrl } from '../validation';

export async function pickStatus(current?: string): Promise<string | undefined> {
  const items = STATUS_LOOKS.map((look) => ({
    label: `$(${look.icon}) ${look.label}`,
    description: look.status === current ? `${look.description} (current)` : look.description,
    status: look.status,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'FactLens: Status', placeHolder: 'What did checking this figure show?' });
  return picked?.status;
}

/** '' means "no source" (allowed unless required). */
export function inputSourceUrl(status: string, required = status === 'verified'): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `FactLens: Source (${statusLook(status).label})`,
    prompt: required ? 'Address of the source that supports it (http or https)' : 'Address of a source (http or https), or leave empty',
    placeHolder: 'https://',
    ignoreFocusOut: true,
    validateInput: (value) => validateSourceUrl(value, required),
  }).then((value) => value?.trim());
}

export function inputNote(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'FactLens: Note',
    prompt: 'A note for the other fact-checkers (optional)',
    ignoreFocusOut: true,
  }).then((value) => value?.trim());
}

const NEW_CLAIM = Symbol('new');
const NO_CLAIM = Symbol('none');

/** The id of an existing or new claim, '' for "no claim", undefined when cancelled. */
export async function pickClaim(claims: ClaimInfo[], selectedText: string, current?: string): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { claim: string | typeof NEW_CLAIM | typeof NO_CLAIM };
  const items: Item[] = [
    { label: '$(add) New claim…', description: 'a claim id other articles can share', claim: NEW_CLAIM },
    { label: '$(circle-slash) No claim', claim: NO_CLAIM },
    { label: '', kind: vscode.QuickPickItemKind.Separator, claim: NO_CLAIM },
    ...claims.map((info) => ({
      label: info.id,
      description: [info.id === current ? '(current)' : '', info.statement ?? ''].filter(Boolean).join(' '),
      detail: `${info.mentions.length} mention${info.mentions.length === 1 ? '' : 's'}${info.verdict ? ` · verdict: ${info.verdict}` : ''}${info.conflict ? ' · values disagree' : ''}`,
      claim: info.id,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'FactLens: Claim',
    placeHolder: 'Link this figure to a claim shared across articles?',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if (picked.claim === NO_CLAIM) return '';
  if (picked.claim !== NEW_CLAIM) return picked.claim;
  const existing = claims.map((info) => info.id);
  return vscode.window.showInputBox({
    title: 'FactLens: New claim id',
    value: suggestClaimId(selectedText),
    ignoreFocusOut: true,
    validateInput: (value) => validateClaimId(value, existing),
  }).then((value) => value?.trim());
}
