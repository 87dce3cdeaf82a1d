// safeRelative's quick answer for paths that are already clean must be the one the full
// normalisation gives, for every path.
import * as assert from 'assert';
import fc from 'fast-check';
import { normalisedRelative as normalised, safeRelative } from '../../server/src/core/workspacePaths';

describe('safeRelative', () => {
  it('hand-picked paths', () => {
    const paths = ['seeds/a.txt', 'a', '.a', '..a', 'a..', 'a/.b/c', '...', 'a/...', '', '.', '..', './a', 'a/./b', 'a/../b', 'a/..', '../a', 'a//b', 'a/', '/a',
      'C:/a', 'c:a', 'a:b', 'a\\b', '..\\a', 'a\0b', 'seeds/00000_lebanon-9724.txt', 'é/ü.txt', ' a/b ', 'a/ /b'];
    for (const p of paths) assert.strictEqual(safeRelative(p), normalised(p), JSON.stringify(p));
  });

  it('random paths over the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', '.', '..', '/', '\\', ':', '\0', ' ', 'é'), { maxLength: 12 }), (parts) => {
        const p = parts.join('');
        assert.strictEqual(safeRelative(p), normalised(p), JSON.stringify(p));
      }),
      { seed: 20251123, numRuns: 20_000 },
    );
  });
});
