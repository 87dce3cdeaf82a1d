// Problems shown in an annotation YAML file: its own syntax and schema problems, an
// article that is missing, quotes that no longer anchor, and claim ids nobody registered.
import { quickFieldSpan } from '../annotations/quickFieldSpan';
import { Problem } from '../types';
import type { FactWorkspace } from '../workspace';
import { shorten } from './shorten';

export function checkAnnotationFile(ws: FactWorkspace, path: string): Problem[] {
  const claimsFile = ws.getClaimsFile();
  if (claimsFile?.path === path) return [...claimsFile.model.problems];
  const entry = ws.getAnnotationFile(path);
  if (!entry) return [];
  const problems: Problem[] = [...entry.model.problems];
  if (entry.articleProblem) problems.push(entry.articleProblem);
  const severity = ws.settings.severity;

  const resolved = ws.resolve(entry.articlePath);
  // A refused `article:` path is reported once, above; its fallback article may not exist.
  if (!resolved && !entry.articleProblem) {
    const span = entry.model.article?.span ?? { start: 0, end: 0 };
    problems.push({
      file: path,
      start: span.start,
      end: span.end,
      code: 'annotation.article-missing',
      severity: 'warning',
      message: `The article ${entry.articlePath} does not exist (deleted or renamed?). The annotations here are kept; point "article:" at its new path.`,
    });
  }

  for (const a of resolved?.anchored.filter((x) => x.file === path) ?? []) {
    const { annotation, result } = a;
    // Only read spans for a problem: on files loaded by the light parser, spans cost a full parse.
    const quoteSpan = () => quickFieldSpan(entry.text, annotation.index, 'quote') ?? annotation.fieldSpans.quote ?? annotation.span;
    if (result.status === 'orphaned' && severity.orphaned !== 'off') {
      problems.push({
        file: path,
        ...quoteSpan(),
        code: 'annotation.orphaned',
        severity: severity.orphaned,
        message: `This quote no longer anchors in ${entry.articlePath}: ${result.reason}`,
        data: { annotationId: annotation.id, claimId: annotation.claim },
      });
    } else if (result.status === 'ambiguous' && severity.ambiguous !== 'off') {
      problems.push({
        file: path,
        ...quoteSpan(),
        code: 'annotation.ambiguous',
        severity: severity.ambiguous,
        message: `This quote matches ${result.candidates.length} places in ${entry.articlePath}; add a prefix or suffix`,
        data: {
          annotationId: annotation.id,
          related: result.candidates.map((c) => ({ file: entry.articlePath, start: c.start, end: c.end, message: 'matches here' })),
        },
      });
    }
  }

  for (const annotation of entry.model.annotations) {
    if (!annotation.claim || ws.claims.isKnown(annotation.claim)) continue;
    const span = quickFieldSpan(entry.text, annotation.index, 'claim') ?? annotation.fieldSpans.claim ?? annotation.span;
    problems.push({
      file: path,
      ...span,
      code: 'claim.unknown',
      severity: 'warning',
      message: `Claim "${shorten(annotation.claim)}" is not in ${ws.paths.claimsFile}; add it there or fix the id`,
      data: { annotationId: annotation.id, claimId: annotation.claim },
    });
  }
  return problems.sort((x, y) => x.start - y.start);
}
