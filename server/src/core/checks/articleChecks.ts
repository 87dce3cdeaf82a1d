// Problems shown on an article: unverified figures, figures whose annotation says they
// are disputed, false or misleading, annotations that lost their place, and claims whose
// mentions disagree.
import { coveringAnnotations } from './coveringSweep';
import { conflictProblems } from './conflictProblems';
import { shorten } from './shorten';
import type { ResolvedArticle } from '../resolvedArticle';
import { isOrdered, stableMerge } from './stableMerge';
import type { Settings, SeverityOrOff } from '../settings';
import { Figure, Problem, ProblemCode, ProblemData } from '../types';
import type { FactWorkspace } from '../workspace';

export function checkArticle(ws: FactWorkspace, path: string): Problem[] {
  const resolved = ws.ensureIndexed(path);
  if (!resolved) return [];
  // Unverified figures (most problems) in figure order; the others merged in at the end.
  const figureProblems: Problem[] = [];
  const problems: Problem[] = [];
  const settings = ws.settings;
  const version = resolved.article.version;
  const push = (severity: SeverityOrOff, problem: Omit<Problem, 'severity' | 'file'>) => {
    if (severity !== 'off') problems.push({ ...problem, file: path, severity, data: { ...problem.data, version } });
  };

  const unverified = settings.severity.unverified;
  if (unverified !== 'off') {
    const figures = resolved.figures;
    const covering = coveringAnnotations(resolved, figures);
    for (let i = 0; i < figures.length; i++) {
      const figure = figures[i];
      if (!settings.figureKinds.includes(figure.kind)) continue;
      const annotation = covering[i];
      if (annotation !== undefined && annotation.annotation.status !== 'unverified') continue;
      // Built in one literal (same keys, same order as push): this runs for most figures.
      figureProblems.push({
        start: figure.start,
        end: figure.end,
        code: 'figure.unverified',
        message: `Unverified figure “${describe(figure)}”: check it against a source and annotate it`,
        data: { figure: figureData(figure), annotationId: annotation?.annotation.id, claimId: annotation?.annotation.claim, version },
        file: path,
        severity: unverified,
      });
    }
  }

  for (const a of resolved.anchored) {
    const { annotation, result } = a;
    const ids: ProblemData = { annotationId: annotation.id, claimId: annotation.claim };
    if (result.status === 'anchored') {
      const verdict = verdictProblem(annotation.status, settings);
      if (verdict) {
        const quote = resolved.article.text.slice(result.start, result.end);
        push(verdict.severity, {
          start: result.start,
          end: result.end,
          code: verdict.code,
          message: `${verdict.label}: “${shorten(quote)}”${annotation.note ? ` — ${shorten(annotation.note, 120)}` : ''}`,
          data: ids,
        });
      }
    } else if (result.status === 'orphaned') {
      const at = Math.min(annotation.offset ?? 0, resolved.article.text.length);
      push(settings.severity.orphaned, {
        start: at,
        end: at,
        code: 'annotation.orphaned',
        message: `Annotation "${annotation.id}" lost its place: ${result.reason} (quote: “${shorten(annotation.quote)}”)`,
        data: ids,
      });
    } else {
      const [first, ...rest] = result.candidates;
      push(settings.severity.ambiguous, {
        start: first.start,
        end: first.end,
        code: 'annotation.ambiguous',
        message: `Annotation "${annotation.id}" matches ${result.candidates.length} places equally well; add a prefix or suffix to choose one`,
        data: { ...ids, related: rest.map((c) => ({ file: path, start: c.start, end: c.end, message: 'also matches here' })) },
      });
    }
  }

  for (const p of conflictProblems(ws, resolved)) problems.push(p);
  // The stable sort of all the problems (unverified ones first on ties), without sorting the many already in order.
  if (!isOrdered(figureProblems, byPlace)) figureProblems.sort(byPlace);
  return stableMerge(figureProblems, problems.sort(byPlace), byPlace);
}

function byPlace(x: Problem, y: Problem): number {
  return x.start - y.start || x.end - y.end;
}

function verdictProblem(status: string, settings: Settings): { code: ProblemCode; severity: SeverityOrOff; label: string } | undefined {
  switch (status) {
    case 'disputed':
      return { code: 'figure.disputed', severity: settings.severity.disputed, label: 'Disputed' };
    case 'false':
      return { code: 'figure.false', severity: settings.severity.false, label: 'Marked false' };
    case 'misleading':
      return { code: 'figure.misleading', severity: settings.severity.misleading, label: 'Misleading' };
    default:
      return undefined;
  }
}

function figureData(f: Figure): ProblemData['figure'] {
  return { start: f.start, end: f.end, text: f.text, value: f.value, kind: f.kind };
}

function describe(f: Figure): string {
  return f.qualifier ? `${f.qualifier} ${f.text}` : f.text;
}
