// The Figures view: the figures of the active article (factlens/articleState), grouped
// by status. A figure opens its place; its node carries { uri, range, annotationId } so
// the view's context menu can run Set Status / Link to Claim on it.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ArticleState, ArticleStateFigure, LspRange } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { toRange } from '../ranges';
import { STATUS_LOOKS, statusIcon } from '../statuses';

interface GroupNode {
  status: string;
  figures: ArticleStateFigure[];
}
/** Also the argument of commands run from its context menu (see commands/target.ts). */
interface FigureNode {
  uri: string;
  range: LspRange;
  annotationId?: string;
  figure: ArticleStateFigure;
}
type Node = GroupNode | FigureNode;

/** What still needs work comes first. */
const GROUP_ORDER = ['unverified', 'disputed', 'false', 'misleading', 'verified', 'not-a-claim'];

export class FiguresTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private article: vscode.Uri | undefined;
  private view: vscode.TreeView<Node> | undefined;

  constructor(private readonly server: FactLensServer) {
    this.subscriptions = [
      server.onDidChangeIndex(() => {
        this.follow(vscode.window.activeTextEditor);
        this.changed.fire();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  createView(id: string): vscode.TreeView<Node> {
    this.view = vscode.window.createTreeView(id, { treeDataProvider: this, showCollapseAll: true });
    this.describe();
    return this.view;
  }

  private describe(): void {
    if (this.view) this.view.description = this.article ? path.posix.basename(this.article.path) : undefined;
  }

  /** Shows the active article; other editors (the YAML beside it, output) keep the last one. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.server.selects(editor.document) || !/\.txt$/i.test(editor.document.uri.path)) return;
    if (editor.document.uri.toString() === this.article?.toString()) return;
    this.article = editor.document.uri;
    this.describe();
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('status' in node) {
      const look = STATUS_LOOKS.find((l) => l.status === node.status)!;
      const item = new vscode.TreeItem(look.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.figures.length);
      item.iconPath = statusIcon(node.status);
      item.id = `status:${node.status}`;
      return item;
    }
    const { figure } = node;
    const item = new vscode.TreeItem(figure.text, vscode.TreeItemCollapsibleState.None);
    item.description = [`line ${figure.range.start.line + 1}`, figure.kind, figure.claim ? `claim ${figure.claim}` : ''].filter(Boolean).join(' · ');
    item.iconPath = statusIcon(figure.status);
    item.contextValue = figure.annotationId ? 'factlens.figure.annotated' : 'factlens.figure';
    item.command = { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(node.uri), { selection: toRange(figure.range), preserveFocus: false }] };
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'status' in node ? node.figures.map((figure) => this.figureNode(figure)) : [];
    if (!this.article) return [];
    const state: ArticleState | undefined = await this.server.articleState(this.article);
    return GROUP_ORDER
      .map((status) => ({ status, figures: (state?.figures ?? []).filter((f) => f.status === status) }))
      .filter((group) => group.figures.length > 0);
  }

  private figureNode(figure: ArticleStateFigure): FigureNode {
    return { uri: this.article!.toString(), range: figure.range, annotationId: figure.annotationId, figure };
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
