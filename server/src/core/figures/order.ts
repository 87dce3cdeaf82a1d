// Whether a list of figures is in detection order, which the sweeps and binary searches over
// an article's figures rely on (they fall back to a plain scan when it is not).

/** True when both the starts and the ends of the figures never decrease (detectFigures yields them so). */
export function startsAndEndsAscend(figures: readonly { start: number; end: number }[]): boolean {
  for (let i = 1; i < figures.length; i++) {
    if (figures[i].start < figures[i - 1].start || figures[i].end < figures[i - 1].end) return false;
  }
  return true;
}
