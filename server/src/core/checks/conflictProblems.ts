// Problems on an article's mentions of claims whose mentions disagree across articles.
// Every article that mentions a conflicting claim shows the same other mentions, so
// what is the same for all of them is built once per conflict (the claim index keeps a
// conflict until the claim's mentions change, so a WeakMap on it is never stale).
import { comparableValue, Conflict, Mention } from '../claimIndex';
import type { ResolvedArticle } from '../resolvedArticle';
import { Problem, RelatedLocation } from '../types';
import type { FactWorkspace } from '../workspace';
import { shorten } from './shorten';

interface ConflictParts {
  /** Every mention, value by value. */
  all: Mention[];
  /** Each mention as a related location, in the order of `all`. */
  related: RelatedLocation[];
  /** Per value: its first figure's text and the articles that say it. */
  sayings: string[];
}

const partsOf = new WeakMap<Conflict, ConflictParts>();

function conflictParts(conflict: Conflict): ConflictParts {
  let parts = partsOf.get(conflict);
  if (!parts) {
    const all = conflict.values.flatMap((v) => v.mentions);
    parts = {
      all,
      related: all.map((m) => ({ file: m.article, start: m.start, end: m.end, message: `“${shorten(m.text)}”` })),
      sayings: conflict.values.map((v) => `${v.mentions[0].figures[0]?.text ?? v.value} in ${v.mentions.map((m) => m.article).join(', ')}`),
    };
    partsOf.set(conflict, parts);
  }
  return parts;
}

export function conflictProblems(ws: FactWorkspace, resolved: ResolvedArticle): Problem[] {
  const severity = ws.settings.severity.conflict;
  if (severity === 'off') return [];
  const out: Problem[] = [];
  const seen = new Set<string>();
  const path = resolved.article.path;
  for (const a of resolved.anchored) {
    const claim = a.annotation.claim;
    if (!claim || seen.has(claim) || a.result.status !== 'anchored') continue;
    seen.add(claim);
    const conflict = ws.claims.conflict(claim);
    if (!conflict) continue;
    const { all, related, sayings } = conflictParts(conflict);
    for (const mention of all) {
      if (mention.article !== path) continue;
      const mine = mention.figures[0] ? comparableValue(mention.figures[0]) : '';
      const others = sayings.filter((_, i) => conflict.values[i].value !== mine);
      out.push({
        file: path,
        start: mention.start,
        end: mention.end,
        code: 'claim.conflict',
        severity,
        message: `Claim "${claim}" disagrees across articles: this says ${mention.figures[0]?.text ?? mention.text}, ${others.join('; ')}`,
        data: {
          annotationId: mention.annotationId,
          claimId: claim,
          version: resolved.article.version,
          related: related.filter((_, i) => all[i] !== mention),
        },
      });
    }
  }
  return out;
}
