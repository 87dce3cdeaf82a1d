// What parsing an annotation file or the claims register yields. Spans are UTF-16
// offsets in the YAML text; problems carry `file` = the YAML file's path.
import type { LoadedAnnotation, Problem, Source, Span, Status } from '../types';

export interface AnnotationFileModel {
  /** Workspace-relative path of the YAML file (as given to the parser). */
  file: string;
  /** The `article:` key when present: its value and the span of that value. */
  article?: { path: string; span: Span };
  /** Valid annotations only, in file order; invalid ones stay in the file and are reported. */
  annotations: LoadedAnnotation[];
  problems: Problem[];
}

/** One entry of the claims register (annotations/claims.yaml). */
export interface ClaimEntry {
  id: string;
  statement?: string;
  verdict?: Status;
  sources: Source[];
  note?: string;
  /** Span of the claim id (the mapping key) in the register. */
  span: Span;
}

export interface ClaimsRegisterModel {
  file: string;
  /** Claim id -> entry. Entries with invalid fields are kept without those fields, so links to them still resolve. */
  claims: Map<string, ClaimEntry>;
  problems: Problem[];
}
