// Anchoring: resolve an annotation's selector to a span of the current article text.
export type { Selector, AnchorResult } from './types';
export { anchor, MAX_REPORTED_CANDIDATES } from './anchor';
export { selectorFor, DEFAULT_CONTEXT } from './selectorFor';
export { numericTokens, figureChange } from './numericContent';
export type { NumericToken } from './numericContent';
