// How each annotation status looks in pickers, trees and decorations.
// The status names themselves are the core's (server/src/core/types.ts).
import * as vscode from 'vscode';

export interface StatusLook {
  status: string;
  label: string;
  description: string;
  /** codicon id */
  icon: string;
  /** theme colour for the icon */
  iconColor: string;
  /** contributed background colour (contributes.colors) */
  background: string;
}

export const STATUS_LOOKS: readonly StatusLook[] = [
  { status: 'verified', label: 'Verified', description: 'checked against a source', icon: 'pass', iconColor: 'charts.green', background: 'factlens.verifiedBackground' },
  { status: 'disputed', label: 'Disputed', description: 'sources disagree', icon: 'question', iconColor: 'charts.orange', background: 'factlens.disputedBackground' },
  { status: 'false', label: 'False', description: 'contradicted by the sources', icon: 'error', iconColor: 'charts.red', background: 'factlens.falseBackground' },
  { status: 'misleading', label: 'Misleading', description: 'accurate but missing context', icon: 'warning', iconColor: 'charts.yellow', background: 'factlens.misleadingBackground' },
  { status: 'not-a-claim', label: 'Not a claim', description: 'nothing to verify', icon: 'circle-slash', iconColor: 'disabledForeground', background: 'factlens.notAClaimBackground' },
  { status: 'unverified', label: 'Unverified', description: 'still to check', icon: 'circle-large-outline', iconColor: 'charts.blue', background: 'factlens.unverifiedBackground' },
];

export function statusLook(status: string | undefined): StatusLook {
  return STATUS_LOOKS.find((look) => look.status === status) ?? STATUS_LOOKS[STATUS_LOOKS.length - 1];
}

export function statusIcon(status: string | undefined): vscode.ThemeIcon {
  const look = statusLook(status);
  return new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(look.iconColor));
}

export function isStatus(value: unknown): value is string {
  return typeof value === 'string' && STATUS_LOOKS.some((look) => look.status === value);
}
