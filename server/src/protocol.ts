// The contract between the FactLens server and any client: command ids for
// workspace/executeCommand and the few custom requests the VS Code client uses for
// views and decorations. Plain data only, so the client can import this file too.

export const Commands = {
  /** Annotate a range: { uri, range, status?, sources?, note?, claim?, statement?, by?, version? } */
  annotate: 'factlens.server.annotate',
  /** Set the status of an annotation: { uri, annotationId, status, sources?, version? } or { uri, range, status, sources? } (annotates when needed). */
  setStatus: 'factlens.server.setStatus',
  /** Add a source: { uri, annotationId, source: { url, title?, accessed?, quote? } } */
  addSource: 'factlens.server.addSource',
  /** Link to a claim: { uri, annotationId, claim, statement? }; a claim missing from claims.yaml is added there in the same edit. */
  linkClaim: 'factlens.server.linkClaim',
  /** Unlink from its claim: { uri, annotationId } */
  unlinkClaim: 'factlens.server.unlinkClaim',
  /** Remove an annotation: { uri, annotationId } */
  removeAnnotation: 'factlens.server.removeAnnotation',
  /** Re-anchor an orphaned annotation to a range: { uri, annotationId, range } */
  reanchor: 'factlens.server.reanchor',
  /** Link two figures under one claim (suggestion lens): { uri, range, otherUri, otherRange, claim? } */
  linkFigures: 'factlens.server.linkFigures',
  /** Export the workspace: ExportArgs -> ExportResult (interchange issue). */
  export: 'factlens.server.export',
  /** Import annotations: ImportArgs -> ImportResult (interchange issue). */
  import: 'factlens.server.import',
} as const;

/** Client-side command the server's code lenses invoke to show locations (VS Code: editor.action.showReferences). */
export const ClientCommands = {
  showMentions: 'factlens.showMentions',
  openProblems: 'factlens.openProblems',
  /** Prompts for what its arguments leave out: Partial<AnnotateArgs> & { askForSource?: boolean }. */
  annotateSelection: 'factlens.annotateSelection',
  /** { uri, annotationId?, range?, status?, askForSource? }: prompts for the status (and a source when askForSource). */
  setStatus: 'factlens.setStatus',
  /** { uri, annotationId?, claim? }: picks among existing claims when claim is missing. */
  linkClaim: 'factlens.linkClaim',
  /** { uri, annotationId? }: opens the article's annotation file beside it at that annotation. */
  openAnnotationFile: 'factlens.openAnnotationFile',
} as const;

/**
 * initializationOptions the VS Code client sends: the client-side commands it implements,
 * so the server may point code actions and lenses at them (other clients get server commands).
 */
export interface InitializationOptions {
  clientCommands?: string[];
}

/** Arguments of factlens.server.export. `out` is a file path (html, md, w3c, claimreview) or folder (brat); default beside the workspace. */
export interface ExportArgs {
  format: 'html' | 'md' | 'w3c' | 'claimreview' | 'brat';
  out?: string;
  /** Workspace folder URI; default the first folder. */
  folder?: string;
  /** ClaimReview: where the fact-check is published (http/https); author: the publisher. */
  baseUrl?: string;
  author?: string;
}
export interface ExportResult {
  /** file URIs written */
  files: string[];
  /** What was left out and why (e.g. claims without a verdict for ClaimReview). */
  skipped?: string[];
  /** What was exported: e.g. { annotations: 12 } or { reviews: 2, skipped: 1 }. */
  counts?: Record<string, number>;
}

/** Arguments of factlens.server.import. `file` is a path or file URI (brat: a .ann file or a folder). */
export interface ImportArgs {
  format: 'w3c' | 'hypothesis' | 'brat';
  file: string;
  /** Put every annotation on this article (URI or workspace-relative path), e.g. for a Hypothesis export of the published page. */
  article?: string;
  /** Compute and report only; edit nothing. */
  dryRun?: boolean;
  folder?: string;
}
export interface ImportResult {
  /** True when the edits were applied (false for a dry run, nothing to add, or a refused edit). */
  applied: boolean;
  /** URIs of the annotation files edited (or that would be). */
  files: string[];
  imported: { label: string; article: string; file: string; id: string }[];
  duplicates: { label: string; article: string; existingId: string }[];
  conflicts: { label: string; article: string; existingId: string; existingStatus: string; status: string }[];
  orphaned: { label: string; article?: string; reason: string }[];
  invalid: { label: string; reason: string }[];
  renamed: { label: string; from: string; to: string }[];
  /** The report as lines for people. */
  summary: string[];
}

export interface AnnotateArgs {
  uri: string;
  range: LspRange;
  status?: string;
  sources?: { url: string; title?: string; accessed?: string; quote?: string }[];
  note?: string;
  claim?: string;
  by?: string;
  /** Document version the range was computed for; the server refuses stale ranges. */
  version?: number;
}

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** factlens/articleState: what the client needs to decorate one article and fill the Figures view. */
export const ArticleStateRequest = 'factlens/articleState';
export interface ArticleStateParams {
  uri: string;
}
export interface ArticleStateFigure {
  range: LspRange;
  text: string;
  kind: string;
  value: number | null;
  /** Status of the annotation covering it, or 'unverified'. */
  status: string;
  annotationId?: string;
  claim?: string;
}
export interface ArticleStateAnnotation {
  id: string;
  range?: LspRange;
  status: string;
  claim?: string;
  orphaned: boolean;
}
export interface ArticleState {
  uri: string;
  version: number | null;
  figures: ArticleStateFigure[];
  annotations: ArticleStateAnnotation[];
  /** URI of the article's annotation file (whether or not it exists yet). */
  annotationFile?: string;
}

/** factlens/claims: every claim in the workspace with its mentions, for the Claims view and pickers. */
export const ClaimsRequest = 'factlens/claims';
export interface ClaimMention {
  uri: string;
  range: LspRange;
  text: string;
  annotationId: string;
  status: string;
}
export interface ClaimInfo {
  id: string;
  statement?: string;
  verdict?: string;
  mentions: ClaimMention[];
  conflict: boolean;
}

/** factlens/summary: counts for the status bar. */
export const SummaryRequest = 'factlens/summary';
export interface SummaryParams {
  uri?: string;
}
export interface Summary {
  /** Unverified figures in the given article (when uri was given). */
  article?: number;
  workspace: number;
  articles: number;
  /** True while the workspace is still being indexed. */
  indexing: boolean;
}

/** Server → client notification that the index changed (views refresh on it). */
export const IndexChangedNotification = 'factlens/indexChanged';
