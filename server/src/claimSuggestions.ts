// Existing claims a figure could be linked to: claims with a mention stating the same value
// of the same kind ("1,200" killed here and in a claim's mention elsewhere). Read from the
// claim index; only for diagnostics computed on the current text.
import { comparableValue } from './core/claimIndex';
import type { Figure } from './core/types';
import type { FactWorkspace } from './core/workspace';

const MAX_CLAIMS = 3;
/** Bound on the mentions looked at per request, so a huge workspace stays fast. */
const MAX_MENTIONS_SCANNED = 5000;

export function linkableClaims(
  ws: FactWorkspace,
  articlePath: string,
  data: { figure?: { start: number; end: number }; version?: number; claimId?: string },
): string[] {
  const resolved = ws.resolve(articlePath);
  if (!resolved || !data.figure || (data.version !== undefined && data.version !== resolved.article.version)) return [];
  const figure = resolved.figures.find((f) => f.start === data.figure!.start && f.end === data.figure!.end);
  if (!figure) return [];
  const wanted = key(figure);
  const found: string[] = [];
  let scanned = 0;
  for (const claim of ws.claims.claimIds()) {
    if (claim === data.claimId) continue;
    for (const mention of ws.claims.mentions(claim)) {
      if (++scanned > MAX_MENTIONS_SCANNED) return found;
      if (mention.figures.some((f) => key(f) === wanted)) {
        found.push(claim);
        break;
      }
    }
    if (found.length >= MAX_CLAIMS) break;
  }
  return found;
}

function key(figure: Figure): string {
  return `${figure.kind}:${comparableValue(figure)}`;
}
