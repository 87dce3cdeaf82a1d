// Lenses above lines holding claim-linked mentions: "claim `x` · 2 more mentions in 1 other
// article", and "⚠ conflicting values: 1,200 here vs 1,400 in 002_… line 7" when the
// claim's mentions disagree. Both open the other mentions with factlens.showMentions.
import { CodeLens, Location, Range } from 'vscode-languageserver';
import { comparableValue, Mention } from './core/claimIndex';
import { AnchoredAnnotation, ResolvedArticle, spanOf } from './core/resolvedArticle';
import type { LocatedFile, ServerContext } from './context';
import { lineNumber, mentionLocations, plural, shortName } from './locations';
import { ClientCommands } from './protocol';
import { toRange } from './ranges';

interface Group {
  claim: string;
  line: number;
  range: Range;
  /** The annotations of this claim on this line. */
  here: AnchoredAnnotation[];
}

export function claimLenses(ctx: ServerContext, file: LocatedFile, uri: string, resolved: ResolvedArticle): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const group of groupsOf(resolved)) {
    const others = otherMentions(file, resolved, group);
    const locations = mentionLocations(ctx, file.folder, others);
    lenses.push(showMentions(group.range, uri, claimTitle(group.claim, others, file.path), locations));
    const conflict = conflictLens(ctx, file, uri, group);
    if (conflict) lenses.push(conflict);
  }
  return lenses;
}

/** Claim-linked annotations of the article grouped by (line, claim), in text order. */
function groupsOf(resolved: ResolvedArticle): Group[] {
  const groups = new Map<string, Group>();
  for (const a of resolved.anchored) {
    const span = spanOf(a);
    const claim = a.annotation.claim;
    if (!span || !claim) continue;
    const range = toRange(resolved.lines, span.start, span.end);
    const key = `${range.start.line}\n${claim}`;
    const group = groups.get(key);
    if (group) group.here.push(a);
    else groups.set(key, { claim, line: range.start.line, range, here: [a] });
  }
  return [...groups.values()].sort((x, y) => x.line - y.line || x.range.start.character - y.range.start.character);
}

/** Every mention of the group's claim except the group's own, this article's from its fresh state. */
function otherMentions(file: LocatedFile, resolved: ResolvedArticle, group: Group): Mention[] {
  const elsewhere = file.folder.workspace.claims.mentions(group.claim).filter((m) => m.article !== file.path);
  const local: Mention[] = [];
  for (const a of resolved.anchored) {
    const span = spanOf(a);
    if (!span || a.annotation.claim !== group.claim || group.here.includes(a)) continue;
    local.push({
      claim: group.claim, article: file.path, annotationId: a.annotation.id, file: a.file, start: span.start, end: span.end,
      text: resolved.article.text.slice(span.start, span.end), status: a.annotation.status, figures: a.figures,
    });
  }
  return [...local, ...elsewhere];
}

/** "claim `gaza-death-toll` · 2 more mentions in 1 other article" */
export function claimTitle(claim: string, others: Mention[], article: string): string {
  if (others.length === 0) return `claim \`${claim}\` · no other mentions`;
  const otherArticles = new Set(others.map((m) => m.article).filter((a) => a !== article)).size;
  const inThis = others.some((m) => m.article === article);
  const where =
    otherArticles === 0 ? 'in this article' : `in ${inThis ? 'this and ' : ''}${otherArticles} other ${otherArticles === 1 ? 'article' : 'articles'}`;
  return `claim \`${claim}\` · ${others.length} more ${others.length === 1 ? 'mention' : 'mentions'} ${where}`;
}

function conflictLens(ctx: ServerContext, file: LocatedFile, uri: string, group: Group): CodeLens | undefined {
  const conflict = file.folder.workspace.claims.conflict(group.claim);
  const mine = group.here.map((a) => a.figures[0]).find((f) => f && f.kind === conflict?.kind);
  if (!conflict || !mine) return undefined;
  const myValue = comparableValue(mine);
  const differing = conflict.values.filter((v) => v.value !== myValue);
  if (differing.length === 0) return undefined;
  const where = (m: Mention) => {
    const line = lineNumber(ctx, file.folder, m.article, m.start) ?? 1;
    return m.article === file.path ? `at line ${line}` : `in ${shortName(m.article)} line ${line}`;
  };
  const parts = differing.map((v) => {
    const first = v.mentions[0];
    const more = v.mentions.length > 1 ? ` (+${plural(v.mentions.length - 1, 'more mention')})` : '';
    return `${first.figures[0]?.text ?? v.value} ${where(first)}${more}`;
  });
  const title = `⚠ conflicting values: ${mine.text} here vs ${parts.join(' vs ')}`;
  const locations = mentionLocations(ctx, file.folder, differing.flatMap((v) => v.mentions));
  return showMentions(group.range, uri, title, locations);
}

function showMentions(range: Range, uri: string, title: string, locations: Location[]): CodeLens {
  return { range, command: { title, command: ClientCommands.showMentions, arguments: [uri, range.start, locations] } };
}
