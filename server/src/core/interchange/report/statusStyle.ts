// How each status looks in reports and brat: a label people read and colours that pass
// contrast on white (text) and tint a row (background). Colour is never the only signal:
// every status is also written out.
import type { Status } from '../../types';

export { STATUS_LABELS } from '../../statuses';

export const STATUS_COLORS: Record<Status, { text: string; background: string; bar: string }> = {
  unverified: { text: '#7a4d00', background: '#fff1d6', bar: '#e0a526' },
  verified: { text: '#1d6b35', background: '#dcf2e2', bar: '#2f9e57' },
  disputed: { text: '#8a3d00', background: '#ffe3cc', bar: '#e8731a' },
  false: { text: '#a11a1a', background: '#fbdcdc', bar: '#cf3030' },
  misleading: { text: '#6b2d8a', background: '#efe0f7', bar: '#9b59c4' },
  'not-a-claim': { text: '#4a5560', background: '#e8ecef', bar: '#98a4ae' },
};

/** The order statuses are shown in: what needs work first. */
export const REPORT_ORDER: readonly Status[] = ['false', 'misleading', 'disputed', 'unverified', 'verified', 'not-a-claim'];
