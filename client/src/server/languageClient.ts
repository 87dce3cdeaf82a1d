// Builds the language client for the bundled server (dist/server.js over IPC).
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ClientCommands, InitializationOptions } from '../../../server/src/protocol';
import { withVerifiedSource } from '../commands/verifiedSource';
import { ClientSettings } from '../settings';
import { documentSelector, fileWatchers } from './documentSelection';
import { restartingErrorHandler } from './restartNotice';
import { applyAndSave } from './saveAnnotationEdits';
import { ensureTrusted } from './trust';

export function createLanguageClient(
  context: vscode.ExtensionContext,
  settings: ClientSettings,
  output: vscode.LogOutputChannel,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watchers = fileWatchers(settings);
  context.subscriptions.push(...watchers);
  const initializationOptions: InitializationOptions = { clientCommands: Object.values(ClientCommands) };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings),
    synchronize: { configurationSection: 'factlens', fileEvents: watchers },
    initializationOptions,
    outputChannel: output,
    errorHandler: restartingErrorHandler(() => output),
    // Hovers are built from user files (notes, source titles): never trusted, no HTML.
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // Every server command writes a file (annotation YAML, exports): not in Restricted Mode.
      executeCommand: async (command, args, next) => {
        if (!ensureTrusted()) return undefined;
        const withSource = await withVerifiedSource(command, args);
        return withSource ? next(command, withSource) : undefined;
      },
      workspace: { handleApplyEdit: applyAndSave },
    },
  };
  return new LanguageClient('factlens', 'FactLens', serverOptions, clientOptions);
}
