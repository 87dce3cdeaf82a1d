// An article with its figures and annotations placed: what every feature reads.
import type { AnchorResult } from './anchoring';
import type { LineIndex } from './lineIndex';
import type { ArticleEntry } from './workspace';
import { Figure, LoadedAnnotation, Status } from './types';

export interface AnchoredAnnotation {
  annotation: LoadedAnnotation;
  /** Workspace-relative path of the YAML file it comes from. */
  file: string;
  result: AnchorResult;
  /** Figures inside the anchored span (empty when not anchored). */
  figures: Figure[];
}

export interface ResolvedArticle {
  article: ArticleEntry;
  figures: Figure[];
  lines: LineIndex;
  anchored: AnchoredAnnotation[];
}

/** Start and end of an anchored annotation, or undefined when it did not anchor. */
export function spanOf(a: AnchoredAnnotation): { start: number; end: number } | undefined {
  return a.result.status === 'anchored' ? { start: a.result.start, end: a.result.end } : undefined;
}

/** The anchored annotation covering a figure (the narrowest one when several do). */
export function annotationCovering(resolved: ResolvedArticle, start: number, end: number): AnchoredAnnotation | undefined {
  let best: AnchoredAnnotation | undefined;
  let bestLength = Infinity;
  for (const a of resolved.anchored) {
    const span = spanOf(a);
    if (!span || span.start >= end || span.end <= start) continue;
    const length = span.end - span.start;
    if (length < bestLength) {
      best = a;
      bestLength = length;
    }
  }
  return best;
}

/** A figure's status: its covering annotation's, or unverified. */
export function figureStatus(resolved: ResolvedArticle, figure: Figure): { status: Status; annotation?: AnchoredAnnotation } {
  const annotation = annotationCovering(resolved, figure.start, figure.end);
  return { status: annotation?.annotation.status ?? 'unverified', annotation };
}

/** Anchored annotations and figures at an offset, for hovers and commands. */
export function annotationsAt(resolved: ResolvedArticle, offset: number): AnchoredAnnotation[] {
  return resolved.anchored.filter((a) => {
    const span = spanOf(a);
    return span !== undefined && span.start <= offset && offset <= span.end;
  });
}

export function figureAt(resolved: ResolvedArticle, offset: number): Figure | undefined {
  return resolved.figures.find((f) => f.start <= offset && offset <= f.end);
}
