// Which workspace article an imported annotation is about. Inputs name articles in many
// ways: our relative IRI ("seeds/a.txt"), a file URI, a web URL whose path ends like the
// article's, a brat "seeds/a.ann". The longest matching tail of path segments wins; a tie
// is no match (never guess between two articles).

export type ArticleMatch = { article: string } | { reason: string };

export function matchArticle(ref: string | undefined, articles: readonly string[]): ArticleMatch {
  if (!ref) return { reason: 'it names no article' };
  const wanted = refSegments(ref);
  if (wanted.length === 0) return { reason: `no article matches "${ref}"` };
  const joined = wanted.join('/');
  if (articles.includes(joined)) return { article: joined };
  let best: string[] = [];
  let bestLength = 0;
  for (const article of articles) {
    const have = article.split('/');
    let n = 0;
    while (n < wanted.length && n < have.length && wanted[wanted.length - 1 - n] === have[have.length - 1 - n]) n++;
    if (n === 0) continue;
    if (n > bestLength) {
      best = [article];
      bestLength = n;
    } else if (n === bestLength) best.push(article);
  }
  if (best.length === 1) return { article: best[0] };
  if (best.length > 1) return { reason: `"${ref}" matches ${best.length} articles (${best.slice(0, 3).join(', ')}); pass the article explicitly` };
  return { reason: `no article matches "${ref}"` };
}

/** Path segments of a reference, with a brat .ann taken as its .txt. */
function refSegments(ref: string): string[] {
  let p = ref.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(p);
  if (scheme && scheme[1].length > 1) {
    try {
      p = decodeURIComponent(new URL(p).pathname);
    } catch {
      return [];
    }
  }
  p = p.replace(/\\/g, '/').replace(/[?#].*$/, '').replace(/\.ann$/i, '.txt');
  return p.split('/').filter((s) => s !== '' && s !== '.');
}
