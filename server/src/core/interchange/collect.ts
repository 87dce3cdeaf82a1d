// Every annotation of a workspace with where it sits now: the input of the exporters.
// Annotations that do not anchor (orphaned, ambiguous, article missing) are kept, with
// the reason, so an export can carry or list them rather than drop them silently.
import type { LoadedAnnotation, Span } from '../types';
import type { FactWorkspace } from '../workspace';

export interface PlacedAnnotation {
  /** Workspace-relative path of the article. */
  article: string;
  /** Workspace-relative path of the YAML file it comes from. */
  file: string;
  annotation: LoadedAnnotation;
  /** Current article text (undefined when the article is missing). */
  text?: string;
  /** Anchored span in UTF-16 offsets; undefined when it did not anchor. */
  span?: Span;
  /** Why there is no span. */
  unplaced?: string;
}

/** Articles and the articles that annotation files point at, sorted. */
export function annotatedArticlePaths(ws: FactWorkspace): string[] {
  const paths = new Set(ws.articlePaths());
  for (const file of ws.annotationFilePaths()) {
    const entry = ws.getAnnotationFile(file);
    if (entry) paths.add(entry.articlePath);
  }
  return [...paths].sort();
}

export function collectAnnotations(ws: FactWorkspace): PlacedAnnotation[] {
  const out: PlacedAnnotation[] = [];
  for (const article of annotatedArticlePaths(ws)) {
    const resolved = ws.resolve(article);
    if (!resolved) {
      for (const entry of ws.annotationFilesFor(article)) {
        for (const annotation of entry.model.annotations) {
          out.push({ article, file: entry.path, annotation, unplaced: `the article ${article} is missing` });
        }
      }
      continue;
    }
    for (const a of resolved.anchored) {
      const base = { article, file: a.file, annotation: a.annotation, text: resolved.article.text };
      if (a.result.status === 'anchored') out.push({ ...base, span: { start: a.result.start, end: a.result.end } });
      else if (a.result.status === 'ambiguous') out.push({ ...base, unplaced: `ambiguous: the quote fits ${a.result.candidates.length} places` });
      else out.push({ ...base, unplaced: `orphaned: ${a.result.reason}` });
    }
  }
  return out;
}
