// Keeps the claims register complete: when a command links an annotation to a claim the
// register does not list, the same WorkspaceEdit adds the claim to claims.yaml (its
// statement: the article sentence holding the figure), so no `claim.unknown` follows.
// Creating the register also lists the claims already in use: without a register every
// claim id is accepted, with one only the listed ids are.
import { addClaim, ClaimFields, parseClaimsFile } from './core/annotations';
import { spanOf } from './core/resolvedArticle';
import { sentenceAround } from './core/sentence';
import type { FactWorkspace } from './core/workspace';
import type { FileEdit } from './annotationEdits';
import { ID_PATTERN } from './commandArgs';
import type { AnnotationTarget, SpanTarget } from './commandTargets';
import type { ServerContext } from './context';
import type { Folder } from './folders';

/** The edit registering `claim` in the folder's claims.yaml; undefined when the index already lists it. */
export function registerClaimEdit(ctx: ServerContext, folder: Folder, claim: string, statement: () => string | undefined): FileEdit | undefined {
  const ws = folder.workspace;
  if (ws.claims.getRegister()?.claims.has(claim)) return undefined;
  const path = ws.paths.claimsFile;
  const edit = (text: string | undefined): string => {
    if (text === undefined) return createRegister(ws, claim, statement());
    if (parseClaimsFile(text, path).claims.has(claim)) return text; // an unsaved buffer may list it already
    try {
      return addClaim(text, claim, fieldsOf(statement()));
    } catch (error) {
      // A broken register is never rewritten: the link still goes ahead, and its claim.unknown says why.
      const reason = error instanceof Error ? error.message : String(error);
      void ctx.connection.window.showWarningMessage(`FactLens: claim "${claim}" was not added to ${path}: ${reason}`);
      return text;
    }
  };
  return { folder, path, edit };
}

/** The statement for a claim linked at a span: the sentence holding it. */
export function statementAt(target: SpanTarget): string {
  return sentenceAround(target.resolved.article.text, target.start, target.end);
}

/** The statement for a claim linked to an existing annotation: its sentence, or its quote when it does not anchor. */
export function annotationStatement(target: AnnotationTarget): string {
  const resolved = target.folder.workspace.resolve(target.articlePath);
  const anchored = resolved?.anchored.find((a) => a.file === target.yamlPath && a.annotation.id === target.annotation.id);
  const span = anchored && spanOf(anchored);
  return resolved && span ? sentenceAround(resolved.article.text, span.start, span.end) : target.annotation.quote.trim().slice(0, 200);
}

function createRegister(ws: FactWorkspace, claim: string, statement: string | undefined): string {
  const ids = [...new Set([...ws.claims.claimIds(), claim])].filter((id) => ID_PATTERN.test(id)).sort();
  let text: string | undefined;
  for (const id of ids) text = addClaim(text, id, fieldsOf(id === claim ? statement : firstMentionSentence(ws, id)));
  return text!;
}

function firstMentionSentence(ws: FactWorkspace, claim: string): string | undefined {
  const mention = ws.claims.mentions(claim)[0];
  const text = mention && ws.getArticle(mention.article)?.text;
  return text ? sentenceAround(text, mention.start, mention.end) : undefined;
}

function fieldsOf(statement: string | undefined): ClaimFields {
  const trimmed = statement?.trim();
  return trimmed ? { statement: trimmed } : {};
}
