// Annotation files and the claims register: parsing with ranged problems, and
// comment-preserving edits that return new YAML text.
export type { AnnotationFileModel, ClaimEntry, ClaimsRegisterModel } from './model';
export { parseAnnotationFile } from './parseAnnotationFile';
export { parseClaimsFile } from './parseClaimsFile';
export { addAnnotation, addSource, removeAnnotation, updateAnnotation } from './edit';
export { addClaim, CLAIM_KEY_ORDER, updateClaim } from './claimsEdit';
export type { ClaimFields } from './claimsEdit';
export { textEditFor } from './textEdit';
export type { TextEdit } from './textEdit';
export { parseAnnotationFileFast } from './fastLoad';
export { parseClaimsFileFast } from './claimsFastLoad';
