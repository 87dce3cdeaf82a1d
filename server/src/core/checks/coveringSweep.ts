// The covering annotation of every figure of an article in one sweep, for the checks:
// annotationCovering scans every anchored annotation for each figure (figures × annotations).
import { annotationCovering, AnchoredAnnotation, ResolvedArticle } from '../resolvedArticle';
import { startsAndEndsAscend } from '../figures';
import type { Figure } from '../types';

/**
 * For each figure, what annotationCovering(resolved, figure.start, figure.end) gives: the
 * shortest anchored span overlapping it, the first in `resolved.anchored` among equally short.
 */
export function coveringAnnotations(resolved: ResolvedArticle, figures: readonly Figure[]): (AnchoredAnnotation | undefined)[] {
  const out = new Array<AnchoredAnnotation | undefined>(figures.length);
  // The sweep drops a span once a figure starts at or past its end, and admits spans in order
  // of start as figure ends grow: both need figures whose starts and ends never go down.
  if (!startsAndEndsAscend(figures)) {
    for (let i = 0; i < figures.length; i++) out[i] = annotationCovering(resolved, figures[i].start, figures[i].end);
    return out;
  }
  const anchored = resolved.anchored;
  const spans: { index: number; start: number; end: number }[] = [];
  for (let index = 0; index < anchored.length; index++) {
    const result = anchored[index].result;
    if (result.status === 'anchored') spans.push({ index, start: result.start, end: result.end });
  }
  spans.sort((a, b) => a.start - b.start);
  let next = 0;
  // Spans that start before the current figure's end and do not end before its start.
  const active: { index: number; start: number; end: number }[] = [];
  for (let f = 0; f < figures.length; f++) {
    const { start, end } = figures[f];
    while (next < spans.length && spans[next].start < end) active.push(spans[next++]);
    let best = -1;
    let bestLength = Infinity;
    let kept = 0;
    for (let k = 0; k < active.length; k++) {
      const span = active[k];
      if (span.end <= start) continue; // ended before this figure, so before every later one too
      active[kept++] = span;
      const length = span.end - span.start;
      if (length < bestLength || (length === bestLength && span.index < best)) {
        best = span.index;
        bestLength = length;
      }
    }
    active.length = kept;
    out[f] = best === -1 ? undefined : anchored[best];
  }
  return out;
}
