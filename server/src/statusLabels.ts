// How statuses read in hovers, lenses and symbols (plain text: any LSP client shows them).
import { Status } from './core/types';

const LABELS: Record<Status, { label: string; mark: string; meaning: string }> = {
  verified: { label: 'Verified', mark: '✅', meaning: 'checked against a source' },
  unverified: { label: 'Unverified', mark: '⚪', meaning: 'still to check' },
  disputed: { label: 'Disputed', mark: '❓', meaning: 'credible sources disagree' },
  false: { label: 'False', mark: '❌', meaning: 'contradicted by the sources' },
  misleading: { label: 'Misleading', mark: '⚠️', meaning: 'accurate but missing context' },
  'not-a-claim': { label: 'Not a claim', mark: '⊘', meaning: 'nothing to verify' },
};

export function statusLabel(status: Status): string {
  return LABELS[status]?.label ?? status;
}

/** "✅ Verified — checked against a source" */
export function statusHeadline(status: Status): string {
  const look = LABELS[status];
  return look ? `${look.mark} ${look.label} — ${look.meaning}` : status;
}

/** Statuses in the order summaries list them. */
export const SUMMARY_ORDER: readonly Status[] = ['verified', 'unverified', 'disputed', 'false', 'misleading', 'not-a-claim'];
