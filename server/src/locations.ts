// Workspace offsets as LSP locations and as short human labels ("seeds/002_x.txt:7"),
// for hovers, lenses and navigation. Lines come from the files' cached line indexes.
import * as path from 'path';
import { Location } from 'vscode-languageserver';
import type { Mention } from './core/claimIndex';
import type { ServerContext } from './context';
import type { Folder } from './folders';
import { toRange } from './ranges';

export function locationOf(ctx: ServerContext, folder: Folder, relPath: string, start: number, end: number): Location | undefined {
  const lines = ctx.linesOf(folder, relPath);
  if (!lines) return undefined;
  return { uri: ctx.folders.uriOf(folder, relPath), range: toRange(lines, start, end) };
}

export function mentionLocations(ctx: ServerContext, folder: Folder, mentions: Mention[]): Location[] {
  return mentions.map((m) => locationOf(ctx, folder, m.article, m.start, m.end)).filter((l): l is Location => l !== undefined);
}

/** 1-based line of an offset in a file, or undefined when the file is unknown. */
export function lineNumber(ctx: ServerContext, folder: Folder, relPath: string, offset: number): number | undefined {
  const lines = ctx.linesOf(folder, relPath);
  return lines ? lines.positionAt(offset).line + 1 : undefined;
}

/** "file:///…/seeds/002_x.txt#L7": a file URI with a line fragment, which editors open at that line. */
export function lineUri(ctx: ServerContext, folder: Folder, relPath: string, line: number): string {
  return `${ctx.folders.uriOf(folder, relPath)}#L${line}`;
}

/** A short article name for lens titles: "002_0eab28a52c102969.txt" -> "002_…". */
export function shortName(relPath: string): string {
  const base = path.posix.basename(relPath).replace(/\.txt$/i, '');
  const tagged = /^([^_]{1,12})_[0-9a-z]{8,}$/i.exec(base);
  if (tagged) return `${tagged[1]}_…`;
  return base.length > 24 ? base.slice(0, 23) + '…' : base;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
