// Commands that start from a range of an article: annotate it, set the status of the
// figure there, or link two figures under one claim. Each builds pure YAML edits that
// the AnnotationEditor applies through the client.
import { selectorFor } from './core/anchoring';
import { addAnnotation, addSource, parseAnnotationFile, updateAnnotation } from './core/annotations';
import type { Annotation, Source, Status } from './core/types';
import { idBaseFor, idsInFile, uniqueId } from './annotationIds';
import type { AnnotationEditor, FileEdit } from './annotationEdits';
import { registerClaimEdit, statementAt } from './claimRegistration';
import {
  Args, invalid, optionalClaimId, optionalSources, optionalStatus, optionalString, optionalVersion,
  refuse, requiredRange, requiredStatus, requiredString, today,
} from './commandArgs';
import { annotationContaining, annotationExactlyAt, SpanTarget, spanTarget } from './commandTargets';
import type { ServerContext } from './context';

export interface CommandResult {
  applied: boolean;
  annotationId?: string;
  /** URI of the YAML file edited. */
  file?: string;
  claim?: string;
}

interface Fields {
  status?: Status;
  sources: Source[];
  note?: string;
  claim?: string;
  by?: string;
}

/** A planned change for one span: a new annotation, or a patch of the one exactly there. */
interface SpanEdit {
  edit: FileEdit;
  yamlPath: string;
  /** The id, known once the edit has run (new ids depend on the file's current text). */
  id(): string;
}

export async function annotate(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const target = spanTarget(ctx, requiredString(args, 'uri'), requiredRange(args, 'range'), optionalVersion(args));
  const day = today();
  const fields: Fields = {
    status: optionalStatus(args),
    sources: optionalSources(args, day),
    note: optionalString(args, 'note'),
    claim: optionalClaimId(args),
    by: optionalString(args, 'by') ?? authorOf(ctx),
  };
  const statement = optionalString(args, 'statement');
  const existing = annotationExactlyAt(target.resolved, target.start, target.end);
  const plan = existing
    ? patchEdit(target, existing.file, existing.annotation.id, fields, day)
    : newAnnotationEdit(target, { ...fields, status: fields.status ?? 'unverified' }, day);
  const register = fields.claim ? registerClaimEdit(ctx, target.folder, fields.claim, () => statement ?? statementAt(target)) : undefined;
  return run(ctx, editor, existing ? 'FactLens: update annotation' : 'FactLens: annotate', target, [plan], fields.claim, [register]);
}

/** { uri, annotationId, status } is handled with the annotation commands; this is the { uri, range, status } form. */
export async function setStatusAtRange(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const status = requiredStatus(args);
  const target = spanTarget(ctx, requiredString(args, 'uri'), requiredRange(args, 'range'), optionalVersion(args));
  const day = today();
  const by = optionalString(args, 'by') ?? authorOf(ctx);
  const sources = optionalSources(args, day);
  const covering = annotationContaining(target.resolved, target.start, target.end);
  const plan = covering
    ? patchEdit(target, covering.file, covering.annotation.id, { status, sources, by }, day)
    : newAnnotationEdit(target, { status, sources, by }, day);
  return run(ctx, editor, `FactLens: mark ${status}`, target, [plan]);
}

/** Gives both figures annotations sharing one claim id (the suggestion lens). */
export async function linkFigures(ctx: ServerContext, editor: AnnotationEditor, args: Args): Promise<CommandResult> {
  const first = spanTarget(ctx, requiredString(args, 'uri'), requiredRange(args, 'range'), optionalVersion(args));
  const second = spanTarget(ctx, requiredString(args, 'otherUri'), requiredRange(args, 'otherRange'), optionalVersion(args, 'otherVersion'));
  if (first.uri === second.uri && first.start < second.end && second.start < first.end) throw invalid('the two ranges overlap: pick two different figures');
  const sides = [first, second].map((t) => ({ target: t, existing: annotationContaining(t.resolved, t.start, t.end) }));
  const existingClaims = [...new Set(sides.map((s) => s.existing?.annotation.claim).filter((c): c is string => !!c))];
  let claim = optionalClaimId(args);
  if (!claim && existingClaims.length > 1) {
    throw refuse(ctx.connection, `these figures are already linked to different claims (${existingClaims.join(', ')}); link one of them explicitly`);
  }
  claim ??= existingClaims[0] ?? deriveClaimId(first, new Set(first.folder.workspace.claims.claimIds()));
  const day = today();
  const by = optionalString(args, 'by') ?? authorOf(ctx);
  const statement = optionalString(args, 'statement');
  // Each workspace folder involved keeps its own register complete.
  const folders = [...new Set(sides.map((s) => s.target.folder))];
  const registers = folders.map((f) => registerClaimEdit(ctx, f, claim, () => statement ?? statementAt(sides.find((s) => s.target.folder === f)!.target)));
  const plans = sides.map(({ target, existing }) =>
    existing
      ? patchEdit(target, existing.file, existing.annotation.id, { sources: [], claim }, day)
      : newAnnotationEdit(target, { status: 'unverified', sources: [], claim, by }, day),
  );
  return run(ctx, editor, `FactLens: link to claim ${claim}`, first, plans, claim, registers);
}

async function run(
  ctx: ServerContext, editor: AnnotationEditor, label: string, target: SpanTarget, plans: SpanEdit[], claim?: string, extra: (FileEdit | undefined)[] = [],
): Promise<CommandResult> {
  const applied = await editor.apply(label, [...plans.map((p) => p.edit), ...extra.filter((e): e is FileEdit => e !== undefined)]);
  const main = plans[0];
  const result: CommandResult = { applied, annotationId: main.id(), file: ctx.folders.uriOf(target.folder, main.yamlPath) };
  if (claim) result.claim = claim;
  return result;
}

function newAnnotationEdit(target: SpanTarget, fields: Fields & { status: Status }, day: string): SpanEdit {
  const ws = target.folder.workspace;
  const yamlPath = ws.annotationFileForNew(target.path);
  const text = target.resolved.article.text;
  const selector = selectorFor(text, target.start, target.end);
  const figures = target.resolved.figures;
  const articlePath = ws.paths.defaultArticleFor(yamlPath) === target.path ? undefined : target.path;
  let id = '';
  const edit = (yaml: string | undefined) => {
    id = uniqueId(idBaseFor(text, target.start, target.end, figures), idsInFile(yaml, yamlPath));
    // An empty `sources` list is left out of the file rather than written as `sources: []`.
    const sources = fields.sources.length > 0 ? { sources: fields.sources } : {};
    const annotation = { id, ...selector, ...definedFields(fields), status: fields.status, ...sources, updated: day } as Annotation;
    return addAnnotation(yaml, annotation, articlePath);
  };
  return { edit: { folder: target.folder, path: yamlPath, edit }, yamlPath, id: () => id };
}

function patchEdit(target: SpanTarget, yamlPath: string, id: string, fields: Fields, day: string): SpanEdit {
  const patch: Partial<Annotation> = { ...definedFields(fields), updated: day };
  const edit = (yaml: string | undefined) => {
    if (yaml === undefined) throw new Error(`the annotation file is gone; annotation "${id}" cannot be updated`);
    let out = updateAnnotation(yaml, id, patch);
    for (const source of fields.sources) out = addSourceOnce(out, id, source);
    return out;
  };
  return { edit: { folder: target.folder, path: yamlPath, edit }, yamlPath, id: () => id };
}

/** Adds a source unless the annotation already lists its URL. */
export function addSourceOnce(yaml: string, id: string, source: Source): string {
  const current = parseAnnotationFile(yaml, '').annotations.find((a) => a.id === id);
  if (current?.sources.some((s) => s.url === source.url)) return yaml;
  return addSource(yaml, id, source);
}

function definedFields(fields: Fields): Partial<Annotation> {
  const out: Partial<Annotation> = {};
  if (fields.status) out.status = fields.status;
  if (fields.claim) out.claim = fields.claim;
  if (fields.note) out.note = fields.note;
  if (fields.by) out.by = fields.by;
  return out;
}

/** "claim-60-day" from the first figure, unique among known claims. */
function deriveClaimId(target: SpanTarget, taken: Set<string>): string {
  const { text } = target.resolved.article;
  return uniqueId(`claim-${idBaseFor(text, target.start, target.end, target.resolved.figures)}`, taken);
}

/** The author setting (factlens.author) when the settings carry one. */
export function authorOf(ctx: ServerContext): string | undefined {
  const author = (ctx.settings() as { author?: unknown }).author;
  return typeof author === 'string' && author.trim() ? author.trim() : undefined;
}
