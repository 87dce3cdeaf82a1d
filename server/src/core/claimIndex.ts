// Every claim-linked mention and every unlinked figure of the workspace, kept per
// article so that updating one article touches only its own entries.
import type { ClaimsRegisterModel } from './annotations';
import { ResolvedArticle, spanOf } from './resolvedArticle';
import { sharedSubject, subjectOf } from './subjects';
import { Figure, FigureKind, Status } from './types';

export interface Mention {
  claim: string;
  article: string;
  annotationId: string;
  /** The YAML file the annotation is in. */
  file: string;
  start: number;
  end: number;
  text: string;
  status: Status;
  figures: Figure[];
}

/** An unlinked figure, for "possibly the same claim" suggestions. */
export interface FigureEntry {
  readonly article: string;
  readonly figure: Figure;
  readonly subject: string[];
}

export interface Suggestion {
  target: FigureEntry;
  shared: string[];
}

/** Values of a claim that disagree, with the mentions stating each. */
export interface Conflict {
  claim: string;
  kind: FigureKind;
  values: { value: string; mentions: Mention[] }[];
}

const MAX_BUCKET_SCAN = 500;
const MAX_SUGGESTIONS = 3;

export class ClaimIndex {
  private readonly byClaim = new Map<string, Map<string, Mention[]>>();
  private readonly claimsOfArticle = new Map<string, Set<string>>();
  private readonly buckets = new Map<string, Map<string, FigureEntry[]>>();
  private readonly bucketsOfArticle = new Map<string, Set<string>>();
  private register: ClaimsRegisterModel | undefined;
  /** Counts index operations; a test uses it to prove per-edit work does not grow with the workspace. */
  operations = 0;

  /** `trackSuggestions: false` skips the unlinked-figure buckets (the CLI never suggests links). */
  constructor(private readonly trackSuggestions = true) {}

  setRegister(model: ClaimsRegisterModel | undefined): void {
    this.register = model;
  }

  getRegister(): ClaimsRegisterModel | undefined {
    return this.register;
  }

  updateArticle(resolved: ResolvedArticle): void {
    const path = resolved.article.path;
    this.removeArticle(path);
    const text = resolved.article.text;
    const linked: { start: number; end: number }[] = [];
    const claims = new Set<string>();
    for (const a of resolved.anchored) {
      const claim = a.annotation.claim;
      const span = spanOf(a);
      if (!claim || !span) continue;
      this.operations++;
      linked.push(span);
      claims.add(claim);
      let perArticle = this.byClaim.get(claim);
      if (!perArticle) this.byClaim.set(claim, (perArticle = new Map()));
      const list = perArticle.get(path) ?? [];
      list.push({
        claim,
        article: path,
        annotationId: a.annotation.id,
        file: a.file,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        status: a.annotation.status,
        figures: a.figures,
      });
      perArticle.set(path, list);
    }
    this.claimsOfArticle.set(path, claims);
    if (!this.trackSuggestions) return;
    const keys = new Set<string>();
    for (const figure of resolved.figures) {
      if (linked.some((s) => s.start < figure.end && s.end > figure.start)) continue;
      this.operations++;
      const key = bucketKey(figure);
      keys.add(key);
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Map()));
      const list = bucket.get(path) ?? [];
      list.push(new LazyFigureEntry(path, figure, text));
      bucket.set(path, list);
    }
    this.bucketsOfArticle.set(path, keys);
  }

  removeArticle(path: string): void {
    for (const claim of this.claimsOfArticle.get(path) ?? []) {
      this.operations++;
      const perArticle = this.byClaim.get(claim);
      perArticle?.delete(path);
      if (perArticle && perArticle.size === 0) this.byClaim.delete(claim);
    }
    this.claimsOfArticle.delete(path);
    for (const key of this.bucketsOfArticle.get(path) ?? []) {
      this.operations++;
      const bucket = this.buckets.get(key);
      bucket?.delete(path);
      if (bucket && bucket.size === 0) this.buckets.delete(key);
    }
    this.bucketsOfArticle.delete(path);
  }

  /**
   * Replaces what this index knows about a claim with mentions gathered elsewhere (the
   * parallel CLI check merges every shard's mentions of a conflicting claim this way).
   * Mentions of one article keep their order.
   */
  adoptMentions(claim: string, mentions: readonly Mention[]): void {
    const perArticle = new Map<string, Mention[]>();
    for (const m of mentions) {
      const list = perArticle.get(m.article);
      if (list) list.push(m);
      else perArticle.set(m.article, [m]);
    }
    this.byClaim.set(claim, perArticle);
  }

  /** Every mention of every claim, in index order (what a shard hands to the merge). */
  allMentions(): Mention[] {
    const out: Mention[] = [];
    for (const perArticle of this.byClaim.values()) for (const list of perArticle.values()) out.push(...list);
    return out;
  }

  /** Claims an article mentions. */
  claimsOf(article: string): string[] {
    return [...(this.claimsOfArticle.get(article) ?? [])];
  }

  /** Articles that mention a claim. */
  articlesOf(claim: string): string[] {
    return [...(this.byClaim.get(claim)?.keys() ?? [])];
  }

  /** Every claim id: those in the register and those used by annotations. */
  claimIds(): string[] {
    const ids = new Set(this.byClaim.keys());
    for (const id of this.register?.claims.keys() ?? []) ids.add(id);
    return [...ids].sort();
  }

  isKnown(claim: string): boolean {
    return this.register === undefined || this.register.claims.has(claim);
  }

  mentions(claim: string): Mention[] {
    const perArticle = this.byClaim.get(claim);
    if (!perArticle) return [];
    return [...perArticle.values()].flat().sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  }

  /** The first kind of figure whose values disagree across the claim's mentions. */
  conflict(claim: string): Conflict | undefined {
    const byKind = new Map<FigureKind, Map<string, Mention[]>>();
    for (const mention of this.mentions(claim)) {
      const figure = mention.figures[0];
      if (!figure) continue;
      let values = byKind.get(figure.kind);
      if (!values) byKind.set(figure.kind, (values = new Map()));
      const value = comparableValue(figure);
      values.set(value, [...(values.get(value) ?? []), mention]);
    }
    for (const [kind, values] of byKind) {
      if (values.size > 1) return { claim, kind, values: [...values].map(([value, mentions]) => ({ value, mentions })) };
    }
    return undefined;
  }

  /** Unlinked figures elsewhere with the same value and kind and a shared subject word. */
  suggestionsFor(article: string, text: string, figure: Figure): Suggestion[] {
    const bucket = this.buckets.get(bucketKey(figure));
    if (!bucket) return [];
    const subject = subjectOf(text, figure);
    const found: Suggestion[] = [];
    let scanned = 0;
    // Other articles first: those links are the ones a person cannot see at a glance.
    const ordered = [...bucket.entries()].sort(([a], [b]) => Number(a === article) - Number(b === article));
    for (const [, entries] of ordered) {
      for (const entry of entries) {
        if (++scanned > MAX_BUCKET_SCAN || found.length >= MAX_SUGGESTIONS) return found;
        if (entry.article === article && entry.figure.start === figure.start) continue;
        const shared = sharedSubject(subject, entry.subject);
        if (shared.length > 0) found.push({ target: entry, shared });
      }
    }
    return found;
  }
}

/** Computes a figure's subject only when a suggestion needs it: most figures are never compared. */
class LazyFigureEntry implements FigureEntry {
  private cached: string[] | undefined;

  constructor(readonly article: string, readonly figure: Figure, private readonly text: string) {}

  get subject(): string[] {
    return (this.cached ??= subjectOf(this.text, this.figure));
  }
}

function bucketKey(figure: Figure): string {
  return `${figure.kind}:${comparableValue(figure)}`;
}

/** Value used to compare figures: the number, or the normalised text for dates and ranges. */
export function comparableValue(figure: Figure): string {
  if (figure.value !== null) return String(figure.value);
  if (figure.low !== undefined && figure.high !== undefined) return `${figure.low}-${figure.high}`;
  return figure.text.toLowerCase().replace(/\s+/g, ' ');
}
