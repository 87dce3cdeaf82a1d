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
  /** value key -> article -> its unlinked figures with that key (one figure, or several). Kept lean: one entry per figure. */
  private readonly buckets = new Map<string, Map<string, Figure | Figure[]>>();
  private readonly bucketsOfArticle = new Map<string, string[]>();
  /** Article texts, for subjects; computed only for figures a suggestion compares. */
  private readonly texts = new Map<string, string>();
  private readonly subjects = new WeakMap<Figure, string[]>();
  private register: ClaimsRegisterModel | undefined;
  /** conflict() per claim (null: none), dropped whenever the claim's mentions change: every article checks its claims. */
  private readonly conflicts = new Map<string, Conflict | null>();
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
      this.conflicts.delete(claim);
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
      const held = bucket.get(path);
      // Push in place: copying the list per figure made a figure-dense 5 MB article take minutes.
      if (held === undefined) bucket.set(path, figure);
      else if (Array.isArray(held)) held.push(figure);
      else bucket.set(path, [held, figure]);
    }
    this.bucketsOfArticle.set(path, [...keys]);
    this.texts.set(path, text);
  }

  removeArticle(path: string): void {
    for (const claim of this.claimsOfArticle.get(path) ?? []) {
      this.operations++;
      this.conflicts.delete(claim);
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
    this.texts.delete(path);
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
    this.conflicts.delete(claim);
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

  /** The first kind of figure whose values disagree across the claim's mentions (shared: do not modify). */
  conflict(claim: string): Conflict | undefined {
    let known = this.conflicts.get(claim);
    if (known === undefined) this.conflicts.set(claim, (known = this.findConflict(claim) ?? null));
    return known ?? undefined;
  }

  private findConflict(claim: string): Conflict | undefined {
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
    // Visits one article's figures; false once the scan or the result is full.
    const visit = (other: string, held: Figure | Figure[]): boolean => {
      for (const candidate of Array.isArray(held) ? held : [held]) {
        if (++scanned > MAX_BUCKET_SCAN || found.length >= MAX_SUGGESTIONS) return false;
        if (other === article && candidate.start === figure.start) continue;
        const entry: FigureEntry = { article: other, figure: candidate, subject: this.subjectOfFigure(other, candidate) };
        const shared = sharedSubject(subject, entry.subject);
        if (shared.length > 0) found.push({ target: entry, shared });
      }
      return true;
    };
    // Other articles first (those links are the ones a person cannot see at a glance), then
    // this one; the scan stops at MAX_BUCKET_SCAN, so a common value costs no more than a rare one.
    for (const [other, held] of bucket) if (other !== article && !visit(other, held)) return found;
    const own = bucket.get(article);
    if (own !== undefined) visit(article, own);
    return found;
  }

  private subjectOfFigure(article: string, figure: Figure): string[] {
    let subject = this.subjects.get(figure);
    if (!subject) this.subjects.set(figure, (subject = subjectOf(this.texts.get(article) ?? '', figure)));
    return subject;
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
