// Figure detection: number-bearing expressions a fact-checker would verify.
export { detectFigures } from './detect';
export { startsAndEndsAscend } from './order';
