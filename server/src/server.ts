// The FactLens language server: wires the LSP connection to the core. Every feature
// lives in its own file and registers its handlers on the context built here.
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ClientCapabilities,
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from './core/lineIndex';
import { DEFAULT_SETTINGS, resolveSettings, Settings } from './core/settings';
import { registerCodeActions } from './codeActions';
import { registerCodeLens } from './codeLens';
import { registerCommands } from './commands';
import { createServerConnection } from './connection';
import { classify, ServerContext } from './context';
import { registerCustomRequests } from './customRequests';
import { Diagnostics } from './diagnostics';
import { registerDocumentSync, setFileText } from './documentSync';
import { Folder, Folders } from './folders';
import { registerHover } from './hover';
import { Indexer } from './indexer';
import { registerInterchangeCommands } from './interchangeCommands';
import { registerNavigation } from './navigation';
import { Commands, IndexChangedNotification } from './protocol';
import { registerSymbols } from './symbols';

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
const folders = new Folders();
let settings: Settings = DEFAULT_SETTINGS;
let clientCapabilities: ClientCapabilities = {};
let clientCommands: string[] = [];
let canFetchConfiguration = false;
let canWatchFiles = false;
let indexChangedTimer: NodeJS.Timeout | undefined;
const readme = pathToFileURL(path.join(__dirname, '..', 'README.md')).href;

const ctx: ServerContext = {
  connection,
  documents,
  folders,
  settings: () => settings,
  clientCapabilities: () => clientCapabilities,
  clientCommands: () => clientCommands,
  diagnostics: undefined as unknown as Diagnostics,
  lookup: (uri) => classify(folders, uri),
  linesOf: (folder, relPath) => {
    const ws = folder.workspace;
    const lines = ws.linesOf(relPath);
    if (lines) return lines;
    const text = textOf(folder, relPath);
    return text === undefined ? undefined : yamlLines(`${folder.uri}\n${relPath}`, text);
  },
  textOf: (folder, relPath) => textOf(folder, relPath),
  docsUri: (anchor) => `${readme}#${anchor}`,
  indexChanged: () => {
    // Coalesce: views refresh at most a few times a second.
    if (indexChangedTimer) return;
    indexChangedTimer = setTimeout(() => {
      indexChangedTimer = undefined;
      void connection.sendNotification(IndexChangedNotification, {});
    }, 100);
  },
};
ctx.diagnostics = new Diagnostics(ctx);
const indexer = new Indexer(ctx);
ctx.diagnostics.unreadableReason = (folder, relPath) => indexer.unreadableReason(folder, relPath);

/** Line indexes of YAML files, kept while their text is unchanged (every diagnostic and hover asks). */
const yamlLineCache = new Map<string, { text: string; lines: LineIndex }>();
function yamlLines(key: string, text: string): LineIndex {
  const cached = yamlLineCache.get(key);
  if (cached?.text === text) return cached.lines;
  const lines = new LineIndex(text);
  yamlLineCache.set(key, { text, lines });
  return lines;
}

function textOf(folder: Folder, relPath: string): string | undefined {
  const open = documents.get(folders.uriOf(folder, relPath));
  if (open) return open.getText();
  const ws = folder.workspace;
  return ws.getArticle(relPath)?.text ?? ws.getAnnotationFile(relPath)?.text ?? (ws.getClaimsFile()?.path === relPath ? ws.getClaimsFile()!.text : undefined);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  clientCapabilities = caps;
  canFetchConfiguration = Boolean(caps.workspace?.configuration);
  canWatchFiles = Boolean(caps.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  const options = params.initializationOptions as { settings?: unknown; clientCommands?: unknown } | undefined;
  settings = resolveSettings(options?.settings);
  clientCommands = Array.isArray(options?.clientCommands) ? options.clientCommands.filter((c): c is string => typeof c === 'string') : [];
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders.set(roots, settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      executeCommandProvider: { commands: Object.values(Commands) },
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'FactLens', version: typeof FACTLENS_VERSION === 'string' ? FACTLENS_VERSION : undefined },
  };
});

declare const FACTLENS_VERSION: string | undefined;

connection.onInitialized(async () => {
  if (canFetchConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'factlens' });
    const before = JSON.stringify(settings);
    await reloadSettings();
    // The models were made with the initialization settings; start them over if those differ.
    if (JSON.stringify(settings) !== before) resetFolders(folders.all().map((f) => f.uri));
  }
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/*.{yaml,yml}' }],
    });
  }
  // Throws for clients without workspace folder support; indexing must still start for them.
  if (clientCapabilities.workspace?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(() => void rebuild());
  void indexer.indexAll();
});

connection.onDidChangeConfiguration(async (change) => {
  const before = JSON.stringify(settings);
  if (canFetchConfiguration) await reloadSettings();
  else settings = resolveSettings((change.settings as { factlens?: unknown } | undefined)?.factlens);
  if (JSON.stringify(settings) !== before) await rebuild();
});

async function reloadSettings(): Promise<void> {
  try {
    settings = resolveSettings(await connection.workspace.getConfiguration('factlens'));
  } catch {
    settings = DEFAULT_SETTINGS;
  }
}

/** Settings or folders changed: start over with fresh models, keeping open buffers. */
async function rebuild(): Promise<void> {
  const uris = canFetchConfiguration || folders.all().length === 0 ? await currentFolderUris() : folders.all().map((f) => f.uri);
  for (const folder of folders.all()) {
    for (const p of [...folder.workspace.articlePaths(), ...folder.workspace.annotationFilePaths()]) ctx.diagnostics.clear(folder, p);
  }
  resetFolders(uris);
  await indexer.indexAll();
}

/** Fresh models for these folders, with the open buffers applied (the background pass skips them). */
function resetFolders(uris: string[]): void {
  folders.set(uris, settings);
  for (const doc of documents.all()) {
    const file = ctx.lookup(doc.uri);
    if (file) setFileText(ctx, indexer, file, doc.getText(), doc.version);
  }
}

async function currentFolderUris(): Promise<string[]> {
  const list = await connection.workspace.getWorkspaceFolders().catch(() => null);
  return list ? list.map((f) => f.uri) : folders.all().map((f) => f.uri);
}

registerDocumentSync(ctx, indexer);
registerHover(ctx);
registerCodeLens(ctx);
registerCodeActions(ctx);
const annotationEditor = registerCommands(ctx);
registerInterchangeCommands(ctx, annotationEditor);
registerNavigation(ctx);
registerSymbols(ctx);
registerCustomRequests(ctx, indexer);

documents.listen(connection);
connection.listen();
