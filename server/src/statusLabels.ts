// How statuses read in hovers, lenses and symbols (plain text: any LSP client shows them).
import { STATUS_LABELS, STATUS_MEANINGS } from './core/statuses';
import { Status } from './core/types';

const MARKS: Record<Status, string> = {
  verified: '✅',
  unverified: '⚪',
  disputed: '❓',
  false: '❌',
  misleading: '⚠️',
  'not-a-claim': '⊘',
};

export function statusLabel(status: Status): string {
  return STATUS_LABELS[status] ?? status;
}

/** "✅ Verified — checked against a source" */
export function statusHeadline(status: Status): string {
  return STATUS_LABELS[status] ? `${MARKS[status]} ${STATUS_LABELS[status]} — ${STATUS_MEANINGS[status]}` : status;
}

/** Statuses in the order summaries list them. */
export const SUMMARY_ORDER: readonly Status[] = ['verified', 'unverified', 'disputed', 'false', 'misleading', 'not-a-claim'];
