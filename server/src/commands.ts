// workspace/executeCommand: every FactLens server command edits annotation YAML through
// the client (workspace/applyEdit) and answers a small result ({ applied, annotationId,
// file, claim }) so clients and tests can follow up. `export` belongs to the interchange
// feature and is not handled here.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { AnnotationEditor } from './annotationEdits';
import { addSourceCommand, linkClaim, reanchor, removeAnnotationCommand, setStatusById, unlinkClaim } from './annotationCommands';
import { annotate, CommandResult, linkFigures, setStatusAtRange } from './annotateCommands';
import { Args, argsOf } from './commandArgs';
import type { ServerContext } from './context';
import { Commands } from './protocol';

type Handler = (ctx: ServerContext, editor: AnnotationEditor, args: Args) => Promise<CommandResult>;
/** Commands other features add (e.g. export): raw `arguments` in, any result out. */
type ExtraHandler = (args: unknown[] | undefined) => Promise<unknown> | unknown;

const extraHandlers = new Map<string, ExtraHandler>();

/** LSP allows one executeCommand handler: other features register theirs here instead. */
export function addCommandHandler(command: string, handler: ExtraHandler): void {
  extraHandlers.set(command, handler);
}

const HANDLERS: Record<string, Handler> = {
  [Commands.annotate]: annotate,
  [Commands.setStatus]: (ctx, editor, args) =>
    args.annotationId !== undefined ? setStatusById(ctx, editor, args) : setStatusAtRange(ctx, editor, args),
  [Commands.addSource]: addSourceCommand,
  [Commands.linkClaim]: linkClaim,
  [Commands.unlinkClaim]: unlinkClaim,
  [Commands.removeAnnotation]: removeAnnotationCommand,
  [Commands.reanchor]: reanchor,
  [Commands.linkFigures]: linkFigures,
};

/** Command ids this file handles (server.ts advertises all of `Commands`). */
export const EDIT_COMMANDS: readonly string[] = Object.keys(HANDLERS);

export function registerCommands(ctx: ServerContext): AnnotationEditor {
  const editor = new AnnotationEditor(ctx);
  ctx.connection.onExecuteCommand(async (params) => {
    const extra = extraHandlers.get(params.command);
    if (extra) return extra(params.arguments);
    const handler = HANDLERS[params.command];
    if (!handler) throw new ResponseError(ErrorCodes.MethodNotFound, `unknown FactLens command ${params.command}`);
    return handler(ctx, editor, argsOf(params.command, params.arguments));
  });
  return editor;
}
