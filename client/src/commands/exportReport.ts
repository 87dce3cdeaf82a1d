// Export Report: asks for a format and a destination, then has the server write it
// (factlens.server.export) under a progress notification. With arguments
// ({ format, out? }) it asks nothing.
import * as vscode from 'vscode';
import { Commands, ExportArgs, ExportResult } from '../../../server/src/protocol';
import { FactLensServer } from '../server/factLensServer';
import { runWithProgress } from './runServerCommand';

type Format = ExportArgs['format'];

const FORMATS: { format: Format; label: string; detail: string; file?: string }[] = [
  { format: 'html', label: 'HTML report', detail: 'A self-contained page an editor can read', file: 'factlens-report.html' },
  { format: 'md', label: 'Markdown report', detail: 'The same report as Markdown', file: 'factlens-report.md' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', detail: 'For Hypothesis and other annotation tools', file: 'factlens-annotations.jsonld' },
  { format: 'claimreview', label: 'ClaimReview (schema.org JSON-LD)', detail: 'One ClaimReview per claim with a verdict', file: 'factlens-claimreview.jsonld' },
  { format: 'brat', label: 'brat standoff', detail: 'X.ann beside each X.txt' },
];

async function askForExport(): Promise<ExportArgs | undefined> {
  const picked = await vscode.window.showQuickPick(FORMATS, { title: 'FactLens: Export Report', placeHolder: 'Format' });
  if (!picked) return undefined;
  if (!picked.file) return { format: picked.format };
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: `Export ${picked.label}`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, picked.file) : undefined,
  });
  return target ? { format: picked.format, out: target.fsPath } : undefined;
}

/** The server reports file URIs; accept plain paths too. */
function asUri(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

function isExportArgs(arg: unknown): arg is ExportArgs {
  return typeof arg === 'object' && arg !== null && FORMATS.some((f) => f.format === (arg as ExportArgs).format);
}

async function exportReport(server: FactLensServer, arg: unknown): Promise<ExportResult | undefined> {
  const args = isExportArgs(arg) ? arg : await askForExport();
  if (!args) return undefined;
  const result = await runWithProgress<ExportResult>(server, Commands.export, args, `exporting ${args.format}`);
  if (!result) return undefined;
  const files = result.files ?? [];
  const skipped = result.skipped?.length ? ` (${result.skipped.length} skipped; see the FactLens output)` : '';
  result.skipped?.forEach((reason) => server.output.appendLine(`export ${args.format}: skipped ${reason}`));
  if (isExportArgs(arg)) return result; // called with arguments: no notification to answer
  void vscode.window.showInformationMessage(`FactLens exported ${files.length} file${files.length === 1 ? '' : 's'}${skipped}.`, ...(files.length ? ['Open'] : []))
    .then((choice) => {
      if (!choice) return;
      const first = asUri(files[0]);
      // An HTML report is for reading in a browser; the other formats are text.
      return args.format === 'html' ? vscode.env.openExternal(first) : vscode.commands.executeCommand('vscode.open', first);
    });
  return result;
}

export function registerExportReport(server: FactLensServer): vscode.Disposable {
  return vscode.commands.registerCommand('factlens.exportReport', (arg?: unknown) => exportReport(server, arg));
}
