// One piece of a text or JSON report: some problems (a file's, in a shard or on the main
// thread) formatted and UTF-8 encoded, for the pieces to be joined as bytes.
import type { Problem } from '../../core/types';
import { jsonChunk } from './json';
import type { Positions } from './located';
import { textBytes } from './text';

/** The problems as `format` writes them (`positions` as positionsOf gives them); empty for none. */
export function formattedChunk(problems: readonly Problem[], positions: Positions, format: 'text' | 'json', color: boolean): Uint8Array {
  return format === 'json' ? Buffer.from(jsonChunk(problems, positions)) : textBytes(problems, positions, color);
}
