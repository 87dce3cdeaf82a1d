// Interchange: W3C Web Annotation, Hypothesis, ClaimReview, brat standoff, and the
// HTML/Markdown fact-check report. Pure core: no LSP, no VS Code.
export { exportWorkspace, isExportFormat, DEFAULT_OUT, EXPORT_FORMATS } from './exportWorkspace';
export type { ExportFormat, ExportOptions, ExportOutput, ExportResultData } from './exportWorkspace';
export { readImport, bratDocuments, isImportFormat, IMPORT_FORMATS } from './importInput';
export type { ImportFormat } from './importInput';
export { planImport, replayAdditions } from './importPlan';
export type { FileEdit, ImportOptions, ImportPlan, ImportReport } from './importPlan';
export type { IncomingAnnotation, InvalidEntry, ParsedImport } from './incoming';
export { parseW3c } from './w3c/import';
export { toW3cCollection, toW3cAnnotation } from './w3c/export';
export { parseHypothesis } from './hypothesis';
export { parseBrat } from './brat/import';
export type { BratDocument } from './brat/import';
export { toBrat } from './brat/export';
export type { OutputFile } from './brat/export';
export { toClaimReviews } from './claimReview';
export { buildReport } from './report/model';
export { renderHtml } from './report/html';
export { renderMarkdown } from './report/markdown';
export { collectAnnotations } from './collect';
export { OffsetMap, codePointLength } from './offsets';
export { matchArticle } from './articleMatch';
export { writeFileAtomic, writeFilesAtomic } from './atomicWrite';
export { importSummary } from './importSummary';
