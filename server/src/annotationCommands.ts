// Commands on an existing annotation, named by id (`uri` is its article or its YAML file):
// set status, add a source, link or unlink a claim, remove it, re-anchor it to a range.
import { selectorFor } from './core/anchoring';
import { removeAnnotation as removeFromYaml, updateAnnotation } from './core/annotations';
import type { Annotation, Source } from './core/types';
import type { AnnotationEditor, FileEdit, YamlEdit } from './annotationEdits';
import { addSourceOnce, authorOf, CommandResult } from './annotateCommands';
import { annotationStatement, registerClaimEdit } from './claimRegistration';
import {
  annotationId, Args, invalid, optionalString, optionalVersion, requiredRange, requiredStatus, requiredString, today, toSource,
  optionalClaimId, optionalSources,
} from './commandArgs';
import { AnnotationTarget, annotationTarget, spanTarget } from './commandTargets';
import type { ServerContext } from './context';

export async function setStatusById(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const status = requiredStatus(args);
  const sources = optionalSources(args, today());
  const target = targetOf(ctx, args);
  const by = optionalString(args, 'by') ?? authorOf(ctx);
  return patch(ctx, editor, `FactLens: mark ${status}`, target, { status, ...(by ? { by } : {}) }, sources);
}

export async function addSourceCommand(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const day = today();
  const source = toSource(args.source, 'source', day);
  const target = targetOf(ctx, args);
  const id = target.annotation.id;
  const edit: YamlEdit = (yaml) => updateAnnotation(addSourceOnce(existing(yaml, id), id, source), id, { updated: day });
  return run(ctx, editor, 'FactLens: add source', target, edit);
}

export async function linkClaim(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const claim = optionalClaimId(args);
  if (!claim) throw invalid("'claim' is required: the claim id to link to");
  const statement = optionalString(args, 'statement');
  const target = targetOf(ctx, args);
  const register = registerClaimEdit(ctx, target.folder, claim, () => statement ?? annotationStatement(target));
  const result = await patch(ctx, editor, `FactLens: link to claim ${claim}`, target, { claim }, [], register ? [register] : []);
  return { ...result, claim };
}

export async function unlinkClaim(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const target = targetOf(ctx, args);
  if (!target.annotation.claim) return { applied: true, annotationId: target.annotation.id, file: fileUri(ctx, target) };
  return patch(ctx, editor, 'FactLens: unlink claim', target, { claim: undefined });
}

export async function removeAnnotationCommand(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const target = targetOf(ctx, args);
  const id = target.annotation.id;
  return run(ctx, editor, `FactLens: remove annotation ${id}`, target, (yaml) => removeFromYaml(existing(yaml, id), id));
}

/** A new selector from a range of the article (an orphaned or ambiguous annotation finds its place again). */
export async function reanchor(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const target = targetOf(ctx, args);
  const uri = requiredString(args, 'uri');
  const articleUri = ctx.lookup(uri)?.kind === 'article' ? uri : ctx.folders.uriOf(target.folder, target.articlePath);
  const span = spanTarget(ctx, articleUri, requiredRange(args, 'range'), optionalVersion(args));
  if (span.path !== target.articlePath) throw invalid(`annotation "${target.annotation.id}" belongs to ${target.articlePath}, not ${span.path}`);
  const selector = selectorFor(span.resolved.article.text, span.start, span.end);
  return patch(ctx, editor, `FactLens: re-anchor ${target.annotation.id}`, target, { ...selector });
}

function targetOf(ctx: ServerContext, args: Args): AnnotationTarget {
  return annotationTarget(ctx, requiredString(args, 'uri'), annotationId(args));
}

/** Sets `fields`, then adds `sources` not listed yet; `extra` edits other files in the same WorkspaceEdit. */
function patch(
  ctx: ServerContext, editor: AnnotationEditor, label: string, target: AnnotationTarget, fields: Partial<Annotation>, sources: Source[] = [], extra: FileEdit[] = [],
): Promise<CommandResult> {
  const id = target.annotation.id;
  const changes: Partial<Annotation> = { ...fields, updated: today() };
  const edit: YamlEdit = (yaml) => sources.reduce((out, source) => addSourceOnce(out, id, source), updateAnnotation(existing(yaml, id), id, changes));
  return run(ctx, editor, label, target, edit, extra);
}

async function run(ctx: ServerContext, editor: AnnotationEditor, label: string, target: AnnotationTarget, edit: YamlEdit, extra: FileEdit[] = []): Promise<CommandResult> {
  const applied = await editor.apply(label, [{ folder: target.folder, path: target.yamlPath, edit }, ...extra]);
  return { applied, annotationId: target.annotation.id, file: fileUri(ctx, target)};
}

function existing(yaml: string | undefined, id: string): string {
  if (yaml === undefined) throw new Error(`the annotation file is gone; annotation "${id}" cannot be changed`);
  return yaml;
}

function fileUri(ctx: ServerContext, target: AnnotationTarget): string {
  return ctx.folders.uriOf(target.folder, target.yamlPath);
}
