// Quick fixes for FactLens diagnostics, keyed on the diagnostic `code` with ids read from
// `diagnostic.data` (never from the message). Each action runs a server command with
// plain arguments, so it works in any client; the VS Code client may intercept a command
// (middleware) to ask for a source first.
import { CodeAction, CodeActionKind, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { Commands, ClientCommands, LspRange } from './protocol';
import { linkableClaims } from './claimSuggestions';

interface FixData {
  annotationId?: string;
  claimId?: string;
  figure?: { start: number; end: number };
  version?: number;
}

const MARKS: { status: string; title: string }[] = [
  { status: 'verified', title: 'Mark verified' },
  { status: 'disputed', title: 'Mark disputed' },
  { status: 'false', title: 'Mark false' },
  { status: 'misleading', title: 'Mark misleading' },
  { status: 'not-a-claim', title: 'Mark not a claim' },
];
const MAX_ANCHOR_CHOICES = 3;

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => (wantsQuickFixes(params) ? quickFixes(ctx, params) : []));
}

function wantsQuickFixes(params: CodeActionParams): boolean {
  const only = params.context.only;
  return !only || only.some((kind) => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.'));
}

export function quickFixes(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const file = ctx.lookup(uri);
  if (!file) return [];
  const inArticle = file.kind === 'article';
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'FactLens' || typeof diagnostic.code !== 'string') continue;
    const data = readData(diagnostic.data);
    const id = data.annotationId;
    const add = (title: string, command: string, args: object, isPreferred = false) =>
      actions.push(action(title, diagnostic, { title, command, arguments: [args] }, isPreferred));

    switch (diagnostic.code) {
      case 'figure.unverified': {
        if (!inArticle) break;
        const target = id ? { uri, annotationId: id } : { uri, range: diagnostic.range, version: data.version };
        for (const mark of MARKS) add(mark.title, Commands.setStatus, { ...target, status: mark.status }, mark.status === 'verified');
        for (const claim of linkableClaims(file.folder.workspace, file.path, data)) {
          if (id) add(`Link to claim \`${claim}\``, Commands.linkClaim, { uri, annotationId: id, claim });
          else add(`Link to claim \`${claim}\``, Commands.annotate, { uri, range: diagnostic.range, version: data.version, claim });
        }
        break;
      }
      case 'figure.disputed':
      case 'figure.false':
      case 'figure.misleading':
        if (!id) break;
        add('Mark verified', Commands.setStatus, { uri, annotationId: id, status: 'verified' });
        if (supportsClientCommand(ctx, ClientCommands.openAnnotationFile)) add('Open annotation', ClientCommands.openAnnotationFile, { uri, annotationId: id }, true);
        break;
      case 'annotation.orphaned':
        if (!id) break;
        if (inArticle && !isEmpty(params.range)) {
          add(`Re-anchor \`${id}\` to the selection`, Commands.reanchor, { uri, annotationId: id, range: params.range, version: ctx.documents.get(uri)?.version });
        }
        add(`Delete orphaned annotation \`${id}\``, Commands.removeAnnotation, { uri, annotationId: id });
        break;
      case 'annotation.ambiguous':
        if (!id) break;
        for (const [i, place] of anchorChoices(uri, inArticle, diagnostic).entries()) {
          add(`Anchor \`${id}\` at line ${place.range.start.line + 1}`, Commands.reanchor, { uri, annotationId: id, range: place.range, ...(inArticle ? { version: data.version } : {}) }, i === 0 && inArticle);
        }
        break;
      case 'claim.unknown':
        if (id && !inArticle) add(`Unlink claim \`${data.claimId ?? ''}\``, Commands.unlinkClaim, { uri, annotationId: id });
        break;
    }
  }
  return actions;
}

function action(title: string, diagnostic: Diagnostic, command: Command, isPreferred: boolean): CodeAction {
  const result: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command };
  if (isPreferred) result.isPreferred = true;
  return result;
}

/** Places an ambiguous quote matches: in an article the diagnostic and its related places; in YAML the related ones. */
function anchorChoices(uri: string, inArticle: boolean, diagnostic: Diagnostic): { range: LspRange }[] {
  const related = (diagnostic.relatedInformation ?? []).map((r) => r.location);
  const places = inArticle ? [{ range: diagnostic.range }, ...related.filter((l) => l.uri === uri)] : related;
  return places.slice(0, MAX_ANCHOR_CHOICES);
}

function readData(raw: unknown): FixData {
  if (!raw || typeof raw !== 'object') return {};
  const d = raw as Record<string, unknown>;
  const figure = d.figure as { start?: unknown; end?: unknown } | undefined;
  return {
    annotationId: typeof d.annotationId === 'string' ? d.annotationId : undefined,
    claimId: typeof d.claimId === 'string' ? d.claimId : undefined,
    figure: figure && typeof figure.start === 'number' && typeof figure.end === 'number' ? { start: figure.start, end: figure.end } : undefined,
    version: typeof d.version === 'number' ? d.version : undefined,
  };
}

function isEmpty(range: LspRange): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}

/** Whether the client said (initializationOptions.clientCommands) that it implements a command. */
function supportsClientCommand(ctx: ServerContext, command: string): boolean {
  const list = (ctx as Partial<{ clientCommands(): string[] }>).clientCommands?.();
  return Array.isArray(list) && list.includes(command);
}
