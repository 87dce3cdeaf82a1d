// One entry point for every export format, shared by the CLI and the server command:
// what to write (one file, or a folder of files for brat), what was left out, and counts.
import type { FactWorkspace } from '../workspace';
import { OutputFile, toBrat } from './brat/export';
import { toClaimReviews } from './claimReview';
import { collectAnnotations } from './collect';
import { buildReport } from './report/model';
import { renderHtml } from './report/html';
import { renderMarkdown } from './report/markdown';
import { toW3cCollection } from './w3c/export';

export const EXPORT_FORMATS = ['w3c', 'claimreview', 'brat', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Default output, relative to the workspace root. */
export const DEFAULT_OUT: Record<ExportFormat, string> = {
  w3c: 'factlens-annotations.jsonld',
  claimreview: 'factlens-claimreview.jsonld',
  brat: 'factlens-brat',
  html: 'factlens-report.html',
  md: 'factlens-report.md',
};

export interface ExportOptions {
  /** YYYY-MM-DD: ClaimReview's fallback date and the report's date. */
  today: string;
  /** ClaimReview: where the fact-check is published. */
  baseUrl?: string;
  /** ClaimReview: the publishing organisation. */
  author?: string;
  /** Report title. */
  title?: string;
}

export type ExportOutput = { kind: 'file'; content: string } | { kind: 'folder'; files: OutputFile[] };

export interface ExportResultData {
  output: ExportOutput;
  /** What was left out or exported incompletely, one line each. */
  skipped: string[];
  counts: Record<string, number>;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

export function exportWorkspace(ws: FactWorkspace, format: ExportFormat, options: ExportOptions): ExportResultData {
  ws.flush();
  switch (format) {
    case 'w3c': {
      const placed = collectAnnotations(ws);
      const { collection, unplaced } = toW3cCollection(placed);
      return { output: file(JSON.stringify(collection, null, 2)), skipped: unplaced, counts: { annotations: placed.length, unplaced: unplaced.length } };
    }
    case 'claimreview': {
      const { reviews, skipped } = toClaimReviews(ws, options);
      return { output: file(JSON.stringify(reviews, null, 2)), skipped, counts: { reviews: reviews.length, skipped: skipped.length } };
    }
    case 'brat': {
      const brat = toBrat(ws, collectAnnotations(ws));
      return { output: { kind: 'folder', files: brat.files }, skipped: brat.skipped, counts: { ...brat.counts, skipped: brat.skipped.length } };
    }
    case 'html':
    case 'md': {
      const report = buildReport(ws, { title: options.title, generated: options.today });
      const content = format === 'html' ? renderHtml(report) : renderMarkdown(report);
      const skipped = report.articles.flatMap((a) => a.unplaced.map((u) => `${a.path}#${u.annotation.id}: ${u.problem}`));
      return { output: file(content), skipped, counts: { articles: report.articles.length, figures: report.figures, annotations: report.annotations, claims: report.claims.length } };
    }
  }
}

function file(content: string): ExportOutput {
  return { kind: 'file', content: content.endsWith('\n') ? content : content + '\n' };
}
