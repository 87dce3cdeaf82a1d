// What other articles' diagnostics read from one article: its claim-linked mentions. Taken
// before and after an edit, it tells whether the articles sharing its claims need re-checking
// now (ids or values changed), a little later (only the positions their conflict diagnostics
// point at moved), or not at all.
import { comparableValue } from './core/claimIndex';
import type { FactWorkspace } from './core/workspace';

export interface MentionSnapshot {
  claims: string[];
  /** Claim, annotation, mention text and first figure (kind, value, text) of each mention. */
  values: string;
  /** Offsets of the mentions of claims in conflict (the only ones other articles point at). */
  positions: string;
}

export function mentionSnapshot(ws: FactWorkspace, article: string): MentionSnapshot {
  const claims = ws.claims.claimsOf(article);
  const values: unknown[] = [];
  const positions: number[] = [];
  for (const claim of [...claims].sort()) {
    const conflicting = ws.claims.conflict(claim) !== undefined;
    for (const m of ws.claims.mentions(claim)) {
      if (m.article !== article) continue;
      const figure = m.figures[0];
      values.push(claim, m.annotationId, m.text, figure ? [figure.kind, comparableValue(figure), figure.text] : null);
      if (conflicting) positions.push(m.start, m.end);
    }
  }
  return { claims, values: JSON.stringify(values), positions: positions.join(',') };
}
