// Runs a server command for a client command: errors become one message, success a
// short status-bar note (or, for long commands, a progress notification while it runs).
// Returns the server's result so tests can inspect it.
import * as vscode from 'vscode';
import { FactLensServer } from '../server/factLensServer';
import { ensureTrusted } from '../server/trust';

export async function runServerCommand<T = unknown>(
  server: FactLensServer,
  command: string,
  args: object,
  done: string,
): Promise<T | undefined> {
  return guarded(async () => {
    const result = await server.execute<T>(command, args);
    vscode.window.setStatusBarMessage(`$(check) FactLens: ${done}`, 4000);
    return result;
  }, '');
}

/** Runs a long server command (export, import) under a progress notification; errors become one message. */
export async function runWithProgress<T>(server: FactLensServer, command: string, args: object, what: string): Promise<T | undefined> {
  return guarded(
    () => vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `FactLens: ${what}…` }, () => server.execute<T>(command, args)),
    `${what} failed: `,
  );
}

/** Only in a trusted workspace; a failure is shown as "FactLens: <failure><error message>". */
async function guarded<T>(run: () => Thenable<T>, failure: string): Promise<T | undefined> {
  if (!ensureTrusted()) return undefined;
  try {
    return await run();
  } catch (error) {
    void vscode.window.showErrorMessage(`FactLens: ${failure}${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
