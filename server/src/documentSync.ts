// Keeps the models current: open buffers (incremental sync) and files changed on disk
// (watcher events: git pull, another editor). Each change re-resolves one file only.
import { DidChangeWatchedFilesParams, FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LocatedFile, ServerContext } from './context';
import type { Indexer } from './indexer';
import { mentionSnapshot } from './mentionSnapshot';

export function registerDocumentSync(ctx: ServerContext, indexer: Indexer): void {
  const { documents } = ctx;

  const apply = (doc: TextDocument) => {
    ctx.folders.rememberUri(doc.uri);
    const file = ctx.lookup(doc.uri);
    if (file) setFileText(ctx, indexer, file, doc.getText(), doc.version);
  };
  documents.onDidOpen((e) => apply(e.document));
  documents.onDidChangeContent((e) => apply(e.document));
  documents.onDidClose((e) => {
    // The disk copy becomes the truth again (unsaved edits were discarded or saved).
    const file = ctx.lookup(e.document.uri);
    if (!file) return;
    const text = indexer.readFileSync(file.folder, file.path);
    if (text === undefined) removeFile(ctx, file);
    else setFileText(ctx, indexer, file, text, undefined, true);
  });

  ctx.connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue; // the open buffer wins
      const file = ctx.lookup(change.uri);
      if (!file) continue;
      const text = change.type === FileChangeType.Deleted ? undefined : indexer.readFileSync(file.folder, file.path);
      if (text === undefined) removeFile(ctx, file);
      else setFileText(ctx, indexer, file, text, undefined, true);
    }
    ctx.indexChanged();
  });
}

/** `fromDisk`: the text was read from disk for a file nobody is editing (the light YAML parse). */
export function setFileText(ctx: ServerContext, indexer: Indexer, file: LocatedFile, text: string, version?: number, fromDisk = false): void {
  const { folder, path } = file;
  const ws = folder.workspace;
  if (file.kind === 'article') {
    ensureAnnotationsLoaded(ctx, indexer, file);
    const mentionsBefore = mentionSnapshot(ws, path);
    ws.setArticle(path, text, version);
    ws.indexArticle(path);
    ctx.diagnostics.scheduleArticleAndNeighbours(folder, path, mentionsBefore);
  } else if (file.kind === 'annotations') {
    const before = ws.getAnnotationFile(path)?.articlePath;
    ws.setAnnotationFile(path, text, version, fromDisk);
    ctx.diagnostics.schedule(folder, path);
    for (const article of new Set([before, ws.getAnnotationFile(path)?.articlePath])) {
      if (!article || !ws.getArticle(article)) continue;
      const mentionsBefore = mentionSnapshot(ws, article);
      ws.indexArticle(article);
      ctx.diagnostics.scheduleArticleAndNeighbours(folder, article, mentionsBefore);
    }
  } else {
    ws.setAnnotationFile(path, text, version);
    // Claim ids may have become known or unknown in every annotation file.
    ctx.diagnostics.schedule(folder, path);
    for (const p of ws.annotationFilePaths()) ctx.diagnostics.schedule(folder, p);
  }
}

function removeFile(ctx: ServerContext, file: LocatedFile): void {
  const { folder, path } = file;
  const ws = folder.workspace;
  if (file.kind === 'article') {
    const claimsBefore = ws.claims.claimsOf(path);
    ws.removeArticle(path);
    ctx.diagnostics.clear(folder, path);
    // Its annotation files stay, now reported as pointing at a missing article.
    for (const f of ws.annotationFilesFor(path)) ctx.diagnostics.schedule(folder, f.path);
    for (const claim of claimsBefore) for (const other of ws.claims.articlesOf(claim)) ctx.diagnostics.schedule(folder, other);
  } else {
    const article = ws.getAnnotationFile(path)?.articlePath;
    ws.removeAnnotationFile(path);
    ctx.diagnostics.clear(folder, path);
    if (article && ws.getArticle(article)) {
      const mentionsBefore = mentionSnapshot(ws, article);
      ws.indexArticle(article);
      ctx.diagnostics.scheduleArticleAndNeighbours(folder, article, mentionsBefore);
    }
    if (file.kind === 'claims') for (const p of ws.annotationFilePaths()) ctx.diagnostics.schedule(folder, p);
  }
}

/** Before the background pass has read them, load the annotation files an opened article needs. */
function ensureAnnotationsLoaded(ctx: ServerContext, indexer: Indexer, file: LocatedFile): void {
  const ws = file.folder.workspace;
  if (!indexer.indexing || ws.annotationFilesFor(file.path).length > 0) return;
  const yamlPath = ws.paths.annotationFileFor(file.path);
  if (ws.getAnnotationFile(yamlPath) || ctx.documents.get(ctx.folders.uriOf(file.folder, yamlPath))) return;
  const text = indexer.readFileSync(file.folder, yamlPath);
  if (text !== undefined) ws.setAnnotationFile(yamlPath, text, undefined, true);
  const claimsPath = ws.paths.claimsFile;
  if (!ws.getClaimsFile()) {
    const claims = indexer.readFileSync(file.folder, claimsPath);
    if (claims !== undefined) ws.setAnnotationFile(claimsPath, claims);
  }
}
