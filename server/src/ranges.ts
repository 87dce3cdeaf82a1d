// The one place where core offsets become LSP ranges and back.
import { Range, Position } from 'vscode-languageserver';
import { LineIndex } from './core/lineIndex';

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

export function toOffsets(lines: LineIndex, range: Range): { start: number; end: number } {
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}
