// Restart the server when it dies, and tell the user the first time only: a crash
// loop (more than 5 exits in 3 minutes) stops restarting and says so.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, ErrorHandler } from 'vscode-languageclient/node';

const MAX_RESTARTS = 5;
const WINDOW_MS = 3 * 60 * 1000;

export function restartingErrorHandler(output: () => vscode.OutputChannel | undefined): ErrorHandler {
  const exits: number[] = [];
  let told = false;
  return {
    error: (_error, _message, count) =>
      count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown },
    closed: () => {
      const now = Date.now();
      exits.push(now);
      while (exits.length > 0 && now - exits[0] > WINDOW_MS) exits.shift();
      if (exits.length > MAX_RESTARTS) {
        return {
          action: CloseAction.DoNotRestart,
          message: 'The FactLens server stopped 6 times in 3 minutes and will not be restarted. Run "FactLens: Restart Server" after fixing the cause (see the FactLens output).',
        };
      }
      if (!told) {
        told = true;
        void vscode.window
          .showWarningMessage('The FactLens server stopped unexpectedly and was restarted.', 'Show Output')
          .then((choice) => choice && output()?.show(true));
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
