// schema.org ClaimReview (JSON-LD) for every claim of the register that has a verdict:
// what fact-check publishers embed so search engines show the verdict. Claims without a
// verdict are returned as skipped, with the reason, never dropped silently.
import type { FactWorkspace } from '../workspace';
import { STATUS_LABELS } from './report/statusStyle';
import { claimIri, pathToIri } from './w3c/vocabulary';

export type JsonObject = Record<string, unknown>;

export interface ClaimReviewOptions {
  /** Where the fact-check is published (the report's URL): review urls become <base>#claim-<id>, articles resolve against it. */
  baseUrl?: string;
  /** Publisher or author of the reviews; default: who last changed a mention. */
  author?: string;
  /** YYYY-MM-DD used when no mention has a date. */
  today: string;
}

export interface ClaimReviewExport {
  reviews: JsonObject[];
  skipped: string[];
}

export function toClaimReviews(ws: FactWorkspace, options: ClaimReviewOptions): ClaimReviewExport {
  ws.flush();
  const register = ws.claims.getRegister();
  const reviews: JsonObject[] = [];
  const skipped: string[] = [];
  for (const id of ws.claims.claimIds()) {
    const entry = register?.claims.get(id);
    if (!entry) {
      skipped.push(`claim ${id}: not in the claims register, so it has no verdict`);
      continue;
    }
    if (!entry.verdict) {
      skipped.push(`claim ${id}: no verdict in the claims register`);
      continue;
    }
    const mentions = ws.claims.mentions(id);
    const latest = [...mentions]
      .map((m) => ws.resolve(m.article)?.anchored.find((a) => a.annotation.id === m.annotationId && a.file === m.file)?.annotation)
      .filter((a) => a !== undefined)
      .sort((a, b) => (b!.updated ?? '').localeCompare(a!.updated ?? ''))[0];
    const articles = [...new Set(mentions.map((m) => m.article))];
    const review: JsonObject = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: options.baseUrl ? new URL(`#claim-${encodeURIComponent(id)}`, options.baseUrl).href : claimIri(id),
      claimReviewed: entry.statement ?? mentions[0]?.text ?? id,
      reviewRating: { '@type': 'Rating', alternateName: STATUS_LABELS[entry.verdict] ?? entry.verdict },
      author: options.author
        ? { '@type': 'Organization', name: options.author }
        : latest?.by
          ? { '@type': 'Person', name: latest.by }
          : { '@type': 'Organization', name: 'FactLens' },
      datePublished: latest?.updated?.slice(0, 10) ?? options.today,
      itemReviewed: {
        '@type': 'Claim',
        appearance: articles.map((a) => ({ '@type': 'CreativeWork', url: options.baseUrl ? new URL(pathToIri(a), options.baseUrl).href : pathToIri(a) })),
      },
    };
    if (entry.note) review.reviewBody = entry.note;
    if (entry.sources.length > 0) {
      review.citation = entry.sources.map((s) => ({ '@type': 'CreativeWork', url: s.url, ...(s.title ? { name: s.title } : {}) }));
    }
    reviews.push(review);
  }
  return { reviews, skipped };
}
