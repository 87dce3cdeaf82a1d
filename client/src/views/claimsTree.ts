// The Claims view: every claim in the workspace (factlens/claims) with its mentions.
// A claim shows its verdict as an icon and its mention count; a mention opens its place.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimInfo, ClaimMention } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { toRange, toUri } from '../ranges';
import { statusIcon, statusLook } from '../statuses';

type Node = { claim: ClaimInfo } | { mention: ClaimMention; claim: ClaimInfo };

function claimItem(claim: ClaimInfo): vscode.TreeItem {
  const item = new vscode.TreeItem(claim.id, vscode.TreeItemCollapsibleState.Collapsed);
  const count = `${claim.mentions.length} mention${claim.mentions.length === 1 ? '' : 's'}`;
  item.description = claim.conflict ? `${count} · values disagree` : count;
  item.iconPath = claim.conflict ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : statusIcon(claim.verdict);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(claim.statement ?? claim.id);
  tooltip.appendText(`\n\nVerdict: ${claim.verdict ? statusLook(claim.verdict).label : 'none yet'}`);
  item.tooltip = tooltip;
  item.contextValue = 'factlens.claim';
  return item;
}

function mentionItem(mention: ClaimMention): vscode.TreeItem {
  const uri = toUri(mention.uri);
  const item = new vscode.TreeItem(mention.text, vscode.TreeItemCollapsibleState.None);
  item.description = `${path.posix.basename(uri.path)}:${mention.range.start.line + 1}`;
  item.iconPath = statusIcon(mention.status);
  item.tooltip = `${statusLook(mention.status).label} · annotation ${mention.annotationId}`;
  item.resourceUri = uri;
  item.contextValue = 'factlens.mention';
  item.command = { title: 'Open', command: 'vscode.open', arguments: [uri, { selection: toRange(mention.range) }] };
  return item;
}

export class ClaimsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly server: FactLensServer) {
    this.subscription = server.onDidChangeIndex(() => this.refresh());
  }

  refresh(): void {
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return 'mention' in node ? mentionItem(node.mention) : claimItem(node.claim);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'mention' in node ? [] : node.claim.mentions.map((mention) => ({ mention, claim: node.claim }));
    const claims = await this.server.claims();
    return claims.sort((a, b) => a.id.localeCompare(b.id)).map((claim) => ({ claim }));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
