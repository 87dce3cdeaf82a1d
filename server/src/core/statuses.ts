// How each status reads to people, in one place for hovers, lenses, reports and pickers.
import { Status } from './types';

export const STATUS_LABELS: Record<Status, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  misleading: 'Misleading',
  'not-a-claim': 'Not a claim',
};

export const STATUS_MEANINGS: Record<Status, string> = {
  unverified: 'still to check',
  verified: 'checked against a source',
  disputed: 'credible sources disagree',
  false: 'contradicted by the sources',
  misleading: 'accurate but missing context',
  'not-a-claim': 'nothing to verify',
};
