// What each problem code means. The README's "Problem codes" section says the same at
// more length; `anchor` is that section's heading id, used for diagnostic links.
import { ProblemCode } from './types';

export const CODE_DESCRIPTIONS: Record<ProblemCode, string> = {
  'figure.unverified': 'A figure that no annotation has verified yet.',
  'figure.disputed': 'A figure whose annotation says sources disagree about it.',
  'figure.false': 'A figure whose annotation says it is false.',
  'figure.misleading': 'A figure whose annotation says it is accurate but misleading.',
  'annotation.orphaned': 'An annotation whose quote can no longer be found in the article with confidence; it is kept, not deleted.',
  'annotation.ambiguous': 'An annotation whose quote matches several places equally well.',
  'annotation.invalid': 'An annotation or annotation file that does not follow the format.',
  'annotation.duplicate-id': 'Two annotations in one file share an id.',
  'annotation.article-missing': 'An annotation file whose article does not exist.',
  'claim.conflict': 'Mentions of one claim state different values.',
  'claim.unknown': 'An annotation links to a claim id that the claims register does not list.',
  'yaml.syntax': 'The YAML file cannot be parsed.',
  'file.unreadable': 'A file that cannot be read: missing, binary, too large or not UTF-8.',
};

/** Heading id of the code's README section ("figure.unverified" -> "figureunverified", GitHub style). */
export function readmeAnchor(code: ProblemCode): string {
  return code.replace(/[^a-z0-9-]/g, '');
}
