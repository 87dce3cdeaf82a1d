// The client's one handle on the server: typed custom requests, server commands, and an
// event when the index changes. It owns the LanguageClient and rebuilds it when the
// settings that select documents change (the document selector is fixed per client).
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, State } from 'vscode-languageclient/node';
import {
  ArticleState, ArticleStateRequest, ClaimInfo, ClaimsRequest, IndexChangedNotification, Summary, SummaryRequest,
} from '../../../server/src/protocol';
import { readSettings } from '../settings';
import { codeSelector } from './documentSelection';
import { createLanguageClient } from './languageClient';

export class FactLensServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private selector: vscode.DocumentSelector = codeSelector(readSettings());
  private readonly indexChanged = new vscode.EventEmitter<void>();
  /** Fires when the server reports an index change and whenever the server (re)starts. */
  readonly onDidChangeIndex = this.indexChanged.event;
  readonly output = vscode.window.createOutputChannel('FactLens', { log: true });

  constructor(private readonly context: vscode.ExtensionContext) {}

  async start(): Promise<void> {
    const settings = readSettings();
    this.selector = codeSelector(settings);
    const client = createLanguageClient(this.context, settings, this.output);
    this.client = client;
    client.onNotification(IndexChangedNotification, () => this.indexChanged.fire());
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) this.indexChanged.fire();
    });
    await client.start();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    if (old) await old.dispose().catch((error) => this.output.appendLine(`stop failed: ${error}`));
  }

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  /** Whether the client hands this document to the server (an article or annotation file). */
  selects(document: vscode.TextDocument): boolean {
    return vscode.languages.match(this.selector, document) > 0;
  }

  articleState(uri: vscode.Uri): Promise<ArticleState | undefined> {
    return this.query(ArticleStateRequest, { uri: uri.toString() });
  }

  async claims(): Promise<ClaimInfo[]> {
    return (await this.query<ClaimInfo[]>(ClaimsRequest, {})) ?? [];
  }

  summary(uri?: vscode.Uri): Promise<Summary | undefined> {
    return this.query(SummaryRequest, { uri: uri?.toString() });
  }

  /** Runs a server command; errors reach the caller (commands show them). Callers check trust first. */
  async execute<T = unknown>(command: string, args: object): Promise<T> {
    if (!this.client) throw new Error('The FactLens server is not running.');
    return this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<T>;
  }

  /** Queries for views and decorations: a failure is logged and reads as "nothing". */
  private async query<T>(method: string, params: object): Promise<T | undefined> {
    if (!this.client || this.client.state === State.Stopped) return undefined;
    try {
      return (await this.client.sendRequest(method, params)) as T;
    } catch (error) {
      this.output.appendLine(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  dispose(): void {
    void this.client?.dispose();
    this.indexChanged.dispose();
    this.output.dispose();
  }
}
