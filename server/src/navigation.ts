// Go to definition (YAML annotation <-> its span in the article; a `claim:` value -> the
// claims register) and find references of a claim (every mention across articles).
import { DefinitionParams, Location, Position, ReferenceParams } from 'vscode-languageserver';
import { LineIndex } from './core/lineIndex';
import type { LocatedFile, ServerContext } from './context';
import { anchoredFor, articleCursor, trimSpan, yamlCursor } from './cursor';
import type { Folder } from './folders';
import { locationOf, mentionLocations } from './locations';
import { toOffset } from './ranges';

export function registerNavigation(ctx: ServerContext): void {
  ctx.connection.onDefinition((params: DefinitionParams) => definition(ctx, params.textDocument.uri, params.position));
  ctx.connection.onReferences((params: ReferenceParams) =>
    references(ctx, params.textDocument.uri, params.position, params.context?.includeDeclaration ?? false),
  );
}

export function definition(ctx: ServerContext, uri: string, position: Position): Location[] | null {
  const file = ctx.lookup(uri);
  if (file?.kind === 'article') {
    const cursor = articleCursor(ctx, uri, position);
    const found = (cursor?.annotations ?? []).map((a) => {
      const yaml = file.folder.workspace.getAnnotationFile(a.file);
      const span = yaml ? trimSpan(yaml.text, a.annotation.span) : a.annotation.span;
      return locationOf(ctx, file.folder, a.file, span.start, span.end);
    });
    return nonEmpty(found);
  }
  if (file?.kind === 'annotations') {
    const cursor = yamlCursor(ctx, uri, position);
    const annotation = cursor?.annotation;
    if (!cursor || !annotation) return null;
    const claimSpan = annotation.fieldSpans.claim;
    if (annotation.claim && claimSpan && claimSpan.start <= cursor.offset && cursor.offset <= claimSpan.end) {
      return nonEmpty([claimDeclaration(ctx, file.folder, annotation.claim)]);
    }
    const anchored = anchoredFor(file, cursor.entry, annotation);
    const article = cursor.entry.articlePath;
    if (anchored?.result.status === 'anchored') return nonEmpty([locationOf(ctx, file.folder, article, anchored.result.start, anchored.result.end)]);
    if (anchored?.result.status === 'ambiguous') return nonEmpty(anchored.result.candidates.map((c) => locationOf(ctx, file.folder, article, c.start, c.end)));
    return null;
  }
  return null;
}

export function references(ctx: ServerContext, uri: string, position: Position, includeDeclaration: boolean): Location[] | null {
  const file = ctx.lookup(uri);
  const claim = file && claimAt(ctx, file, uri, position);
  if (!file || !claim) return null;
  const found: (Location | undefined)[] = [];
  if (includeDeclaration) found.push(claimDeclaration(ctx, file.folder, claim));
  found.push(...mentionLocations(ctx, file.folder, file.folder.workspace.claims.mentions(claim)));
  return nonEmpty(found) ?? [];
}

/** The claim id under the cursor: a claim-linked span, a `claim:` line, or a register entry. */
function claimAt(ctx: ServerContext, file: LocatedFile, uri: string, position: Position): string | undefined {
  if (file.kind === 'article') return articleCursor(ctx, uri, position)?.annotations.find((a) => a.annotation.claim)?.annotation.claim;
  if (file.kind === 'annotations') return yamlCursor(ctx, uri, position)?.annotation?.claim;
  const register = file.folder.workspace.getClaimsFile();
  if (!register) return undefined;
  const offset = toOffset(new LineIndex(register.text), position);
  return [...register.model.claims.values()].find((c) => c.span.start <= offset && offset <= c.span.end)?.id;
}

/** Where a claim is declared in annotations/claims.yaml, if it is. */
export function claimDeclaration(ctx: ServerContext, folder: Folder, claim: string): Location | undefined {
  const register = folder.workspace.getClaimsFile();
  const entry = register?.model.claims.get(claim);
  return register && entry ? locationOf(ctx, folder, register.path, entry.span.start, entry.span.end) : undefined;
}

function nonEmpty(locations: (Location | undefined)[]): Location[] | null {
  const found = locations.filter((l): l is Location => l !== undefined);
  return found.length > 0 ? found : null;
}
