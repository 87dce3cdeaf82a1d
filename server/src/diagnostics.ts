// Publishes the core's problems as LSP diagnostics (push model, so every client shows
// them, including for articles that are not open). Work is batched on the next tick:
// a burst of changes to one article computes its problems once.
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver';
import { checkAnnotationFile, checkArticle } from './core/checks';
import { readmeAnchor } from './core/codes';
import { LineIndex } from './core/lineIndex';
import { Problem, Severity } from './core/types';
import type { ServerContext } from './context';
import type { Folder } from './folders';
import { MentionSnapshot, mentionSnapshot } from './mentionSnapshot';
import { toRange } from './ranges';

/** How long typing must pause before articles that only point at moved mentions are re-checked. */
const NEIGHBOUR_DELAY_MS = 300;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class Diagnostics {
  private readonly pending = new Map<string, { folder: Folder; path: string }>();
  private scheduled = false;
  /** Neighbours whose diagnostics only need new positions: published once edits pause. */
  private readonly deferred = new Map<string, { folder: Folder; path: string }>();
  private deferTimer: NodeJS.Timeout | undefined;
  /** The last publishDiagnostics handed to the connection, settled once it is written. */
  private lastSend: Promise<void> = Promise.resolve();
  /** URIs we published non-empty diagnostics for, so removed files get cleared. */
  private readonly published = new Set<string>();
  /** Called after each batch (tests and the bench wait on it). */
  onFlushed?: () => void;
  /** Why a file could not be read (binary, not UTF-8, too large), so it is reported on the file itself. */
  unreadableReason?: (folder: Folder, path: string) => string | undefined;

  constructor(private readonly ctx: ServerContext) {}

  schedule(folder: Folder, path: string): void {
    this.pending.set(`${folder.uri}\n${path}`, { folder, path });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /**
   * After one article changed: itself, its annotation files, and articles sharing its claims
   * when what they read from it changed (`before`: its mentions before the change). When
   * only the offsets their conflict diagnostics point at moved, those articles are re-checked
   * once typing pauses instead of on every keystroke.
   */
  scheduleArticleAndNeighbours(folder: Folder, path: string, before: MentionSnapshot): void {
    const ws = folder.workspace;
    this.schedule(folder, path);
    for (const file of ws.annotationFilesFor(path)) this.schedule(folder, file.path);
    const after = mentionSnapshot(ws, path);
    const now = after.values !== before.values;
    if (!now && after.positions === before.positions) return;
    for (const claim of new Set([...before.claims, ...after.claims])) {
      for (const other of ws.claims.articlesOf(claim)) {
        if (other === path) continue;
        if (now) this.schedule(folder, other);
        else this.scheduleWhenIdle(folder, other);
      }
    }
  }

  /** Schedules a file once no further call has come for NEIGHBOUR_DELAY_MS. */
  private scheduleWhenIdle(folder: Folder, path: string): void {
    this.deferred.set(`${folder.uri}\n${path}`, { folder, path });
    if (this.deferTimer) clearTimeout(this.deferTimer);
    this.deferTimer = setTimeout(() => {
      this.deferTimer = undefined;
      const files = [...this.deferred.values()];
      this.deferred.clear();
      for (const f of files) this.schedule(f.folder, f.path);
    }, NEIGHBOUR_DELAY_MS);
  }

  flush(): void {
    this.scheduled = false;
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const { folder, path } of batch) this.publish(folder, path);
    this.onFlushed?.();
  }

  publish(folder: Folder, path: string): void {
    const ws = folder.workspace;
    const uri = this.ctx.folders.uriOf(folder, path);
    let problems: Problem[];
    if (ws.getArticle(path)) problems = checkArticle(ws, path);
    else if (ws.getAnnotationFile(path) || ws.getClaimsFile()?.path === path) problems = checkAnnotationFile(ws, path);
    else problems = this.unreadable(folder, path);
    const diagnostics = problems.map((p) => this.toDiagnostic(folder, p)).filter((d): d is Diagnostic => d !== undefined);
    if (diagnostics.length === 0 && !this.published.has(uri)) return;
    if (diagnostics.length === 0) this.published.delete(uri);
    else this.published.add(uri);
    const version = this.ctx.documents.get(uri)?.version;
    this.send(this.ctx.connection.sendDiagnostics({ uri, version, diagnostics }));
  }

  /** Resolves when every notification sent so far has been written (they are written in order). */
  written(): Promise<void> {
    return this.lastSend;
  }

  private send(sent: Promise<void> | undefined): void {
    this.lastSend = Promise.resolve(sent).catch(() => undefined);
  }

  private unreadable(folder: Folder, path: string): Problem[] {
    const reason = this.unreadableReason?.(folder, path);
    return reason ? [{ file: path, start: 0, end: 0, code: 'file.unreadable', severity: 'error', message: reason }] : [];
  }

  /** Clears what was published for a file that is gone. */
  clear(folder: Folder, path: string): void {
    const uri = this.ctx.folders.uriOf(folder, path);
    if (this.published.delete(uri)) this.send(this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  toDiagnostic(folder: Folder, p: Problem): Diagnostic | undefined {
    // An unreadable file has no text: its problem sits at the start.
    const lines = this.ctx.linesOf(folder, p.file) ?? (p.code === 'file.unreadable' ? new LineIndex('') : undefined);
    if (!lines) return undefined;
    const related: DiagnosticRelatedInformation[] = [];
    for (const r of p.data?.related ?? []) {
      const otherLines = this.ctx.linesOf(folder, r.file);
      if (!otherLines) continue;
      related.push({ location: { uri: this.ctx.folders.uriOf(folder, r.file), range: toRange(otherLines, r.start, r.end) }, message: r.message });
    }
    return {
      range: toRange(lines, p.start, p.end),
      severity: SEVERITY[p.severity],
      code: p.code,
      codeDescription: { href: this.ctx.docsUri(readmeAnchor(p.code)) },
      source: 'FactLens',
      message: p.message,
      relatedInformation: related.length ? related : undefined,
      data: { ...p.data, related: undefined, folder: folder.uri, file: p.file },
    };
  }
}
