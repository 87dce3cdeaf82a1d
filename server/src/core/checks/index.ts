// The checks over a whole workspace, as the CLI runs them.
import { Problem } from '../types';
import type { FactWorkspace } from '../workspace';
import { checkAnnotationFile } from './annotationFileChecks';
import { checkArticle } from './articleChecks';

export { checkArticle } from './articleChecks';
export { checkAnnotationFile } from './annotationFileChecks';

/** Every problem of the workspace, articles first, each file's problems in text order. */
export function checkWorkspace(ws: FactWorkspace, onlyArticles?: ReadonlySet<string>): Problem[] {
  ws.flush();
  const problems: Problem[] = [];
  // Not push(...list): a figure-dense 5 MB article has more problems than a call has room for arguments.
  const add = (list: Problem[]) => {
    for (const p of list) problems.push(p);
  };
  for (const path of ws.articlePaths()) {
    if (!onlyArticles || onlyArticles.has(path)) add(checkArticle(ws, path));
  }
  for (const path of ws.annotationFilePaths()) {
    const entry = ws.getAnnotationFile(path)!;
    if (!onlyArticles || onlyArticles.has(entry.articlePath)) add(checkAnnotationFile(ws, path));
  }
  const claims = ws.getClaimsFile();
  if (claims) add(checkAnnotationFile(ws, claims.path));
  return problems;
}
