// Data shared by every part of the FactLens core. Offsets are UTF-16 code units
// (what JavaScript strings and LSP use), end exclusive. Nothing here knows about
// LSP or VS Code; the server and the CLI map these to their own shapes at the edge.

export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'date' | 'ratio' | 'range';
export const FIGURE_KINDS: readonly FigureKind[] = ['count', 'money', 'percent', 'duration', 'date', 'ratio', 'range'];

/** A number-bearing expression a fact-checker would verify. */
export interface Figure {
  start: number;
  end: number;
  /** The exact article text of the figure, e.g. "2.3 million", "60-day", "October 7". */
  text: string;
  /** Normalised value: 2300000 for "2.3 million", 80 for "80%", 0.667 for "two-thirds"; null for dates and ranges. */
  value: number | null;
  kind: FigureKind;
  /** A word or phrase before it that changes its meaning: "at least", "over", "around"… */
  qualifier?: string;
  /** Unit or currency when there is one: "day", "week", "USD", "percent". */
  unit?: string;
  /** For ranges: low and high ends. */
  low?: number;
  high?: number;
}

export type Status = 'unverified' | 'verified' | 'disputed' | 'false' | 'misleading' | 'not-a-claim';
export const STATUSES: readonly Status[] = ['unverified', 'verified', 'disputed', 'false', 'misleading', 'not-a-claim'];

export interface Source {
  url: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) the source was read. */
  accessed?: string;
  /** The passage of the source that supports or refutes the figure. */
  quote?: string;
}

/** One annotation as the user wrote it in the sidecar YAML file. */
export interface Annotation {
  id: string;
  /** Exact article text the annotation is about. */
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Position hint: UTF-16 offset of the quote when it was annotated; picks among repeats. */
  offset?: number;
  status: Status;
  claim?: string;
  sources: Source[];
  note?: string;
  by?: string;
  /** ISO date of the last change. */
  updated?: string;
}

/** [start, end) in some text; used for ranges inside YAML files. */
export interface Span {
  start: number;
  end: number;
}

/** An annotation together with where it sits in its YAML file, for ranged problems and edits. */
export interface LoadedAnnotation extends Annotation {
  /** Index in the `annotations` sequence. */
  index: number;
  /** Span of the whole list item in the YAML text. */
  span: Span;
  /** Spans of individual keys' values, when present (id, quote, status, claim, …). */
  fieldSpans: Partial<Record<keyof Annotation, Span>>;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Stable problem codes. Documented in the README under "Problem codes". */
export type ProblemCode =
  | 'figure.unverified'
  | 'figure.disputed'
  | 'figure.false'
  | 'figure.misleading'
  | 'annotation.orphaned'
  | 'annotation.ambiguous'
  | 'annotation.invalid'
  | 'annotation.duplicate-id'
  | 'annotation.article-missing'
  | 'claim.conflict'
  | 'claim.unknown'
  | 'yaml.syntax'
  | 'file.unreadable';

/** Extra data carried by a problem, so fixes never parse messages. */
export interface ProblemData {
  annotationId?: string;
  claimId?: string;
  /** For figure problems: the figure span in the article. */
  figure?: { start: number; end: number; text: string; value: number | null; kind: FigureKind };
  /** Related places: other mentions of a claim, candidates of an ambiguous anchor. */
  related?: RelatedLocation[];
  /** Article text version the problem was computed for (stale quick fixes are refused). */
  version?: number;
}

export interface RelatedLocation {
  /** Workspace-relative path of the file. */
  file: string;
  start: number;
  end: number;
  message: string;
}

/** A finding of the checks: offsets in `file` plus a stable code. */
export interface Problem {
  /** Workspace-relative path of the file the problem is in (article or YAML file). */
  file: string;
  start: number;
  end: number;
  code: ProblemCode;
  severity: Severity;
  message: string;
  data?: ProblemData;
}
