// The summary chart: one horizontal bar per article, split by status, as inline SVG (no
// script, no fonts to fetch). Each segment carries a <title> and, when wide enough, its
// count; the legend and the table beside it carry the numbers for people who cannot
// tell the colours apart.
import type { Status } from '../../types';
import { escapeHtml } from './escape';
import type { ArticleReport } from './model';
import { REPORT_ORDER, STATUS_COLORS, STATUS_LABELS } from './statusStyle';

const WIDTH = 880;
const LABEL = 250;
const ROW = 30;
const BAR = 20;
const TOTAL_LABEL = 56;

export function statusChart(articles: ArticleReport[]): string {
  const max = Math.max(1, ...articles.map((a) => total(a)));
  const plot = WIDTH - LABEL - TOTAL_LABEL;
  const legendHeight = 30;
  const height = legendHeight + articles.length * ROW + 6;
  const parts: string[] = [];
  let x = 0;
  for (const status of REPORT_ORDER) {
    parts.push(
      `<rect x="${x}" y="4" width="14" height="14" rx="3" fill="${STATUS_COLORS[status].bar}"/>`,
      `<text x="${x + 20}" y="16" class="legend">${STATUS_LABELS[status]}</text>`,
    );
    x += 24 + STATUS_LABELS[status].length * 7.4 + 18;
  }
  articles.forEach((article, i) => {
    const y = legendHeight + i * ROW;
    parts.push(`<text x="${LABEL - 10}" y="${y + BAR / 2 + 5}" text-anchor="end" class="label">${escapeHtml(shortName(article.path))}</text>`);
    parts.push(`<rect x="${LABEL}" y="${y}" width="${plot}" height="${BAR}" rx="4" class="track"/>`);
    let offset = LABEL;
    for (const status of REPORT_ORDER) {
      const n = article.counts[status];
      if (n === 0) continue;
      const w = (n / max) * plot;
      parts.push(segment(offset, y, w, n, status, article.path));
      offset += w;
    }
    parts.push(`<text x="${offset + 8}" y="${y + BAR / 2 + 5}" class="total">${total(article)}</text>`);
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" class="chart">`,
    `<title id="chart-title">Figures by status per article</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function segment(x: number, y: number, w: number, n: number, status: Status, path: string): string {
  const title = `<title>${escapeHtml(`${shortName(path)}: ${n} ${STATUS_LABELS[status].toLowerCase()}`)}</title>`;
  const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${STATUS_COLORS[status].bar}">${title}</rect>`;
  const label = w >= 22 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + BAR / 2 + 4.5}" text-anchor="middle" class="count">${n}</text>` : '';
  return rect + label;
}

function total(article: ArticleReport): number {
  return Object.values(article.counts).reduce((a, b) => a + b, 0);
}

export function shortName(path: string): string {
  return path.split('/').pop() ?? path;
}
