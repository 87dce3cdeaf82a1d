// Show Claim Mentions: the peek references widget over every mention of a claim.
// Code lenses call it as (uri, position, locations) in LSP shapes; from the palette it
// uses the claim at the cursor.
import * as vscode from 'vscode';
import type { LspRange } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { LspPosition, toLocation, toPosition, toUri } from '../ranges';
import { findAtCursor } from './target';

type LocationLike = { uri: string | vscode.Uri; range: LspRange | vscode.Range };

function asPosition(position: LspPosition | vscode.Position | undefined): vscode.Position {
  if (!position) return new vscode.Position(0, 0);
  return position instanceof vscode.Position ? position : toPosition(position);
}

async function claimLocations(server: FactLensServer, claim: string): Promise<vscode.Location[]> {
  const info = (await server.claims()).find((candidate) => candidate.id === claim);
  return (info?.mentions ?? []).map(toLocation);
}

async function atCursor(server: FactLensServer): Promise<[vscode.Uri, vscode.Position, vscode.Location[]] | undefined> {
  const editor = vscode.window.activeTextEditor;
  const found = editor && (await findAtCursor(server, editor));
  const claim = found?.annotation?.claim ?? found?.figure?.claim;
  if (!editor || !claim) {
    void vscode.window.showInformationMessage('Put the cursor on a figure linked to a claim.');
    return undefined;
  }
  return [editor.document.uri, editor.selection.active, await claimLocations(server, claim)];
}

export function registerShowMentions(server: FactLensServer): vscode.Disposable {
  return vscode.commands.registerCommand('factlens.showMentions', async (first?: unknown, position?: unknown, locations?: unknown) => {
    let target: [vscode.Uri, vscode.Position, vscode.Location[]] | undefined;
    if ((typeof first === 'string' || first instanceof vscode.Uri) && Array.isArray(locations)) {
      target = [toUri(first), asPosition(position as LspPosition), (locations as LocationLike[]).map(toLocation)];
    } else if (typeof first === 'object' && first !== null && !(first instanceof vscode.Uri) && 'uri' in first) {
      const args = first as { uri: string; position?: LspPosition; locations?: LocationLike[]; claim?: string };
      const found = args.locations ?? (args.claim ? await claimLocations(server, args.claim) : []);
      target = [toUri(args.uri), asPosition(args.position), found.map((l) => (l instanceof vscode.Location ? l : toLocation(l)))];
    } else {
      target = await atCursor(server);
    }
    if (!target) return undefined;
    return vscode.commands.executeCommand('editor.action.showReferences', ...target);
  });
}
