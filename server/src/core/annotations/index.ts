// Annotation files and the claims register: parsing with ranged problems, and
// comment-preserving edits that return new YAML text.
export type { AnnotationFileModel, ClaimEntry, ClaimsRegisterModel } from './model';
export { parseAnnotationFile } from './parseAnnotationFile';
export { parseClaimsFile } from './parseClaimsFile';
export { addAnnotation, addSource, removeAnnotation, updateAnnotation } from './edit';
export { textEditFor } from './textEdit';
export type { TextEdit } from './textEdit';
export { parseAnnotationFileFast } from './fastLoad';
