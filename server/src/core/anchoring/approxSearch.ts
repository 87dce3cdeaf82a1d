// approx-string-match ships only as an ES module. The core compiles to CommonJS,
// so it is loaded with require(), which Node 20.19+ supports for ES modules
// without top-level await (and esbuild bundles it either way); only its type is imported.
import type { Match } from 'approx-string-match' with { 'resolution-mode': 'import' };

type Search = (text: string, pattern: string, maxErrors: number) => Match[];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const approx = require('approx-string-match') as { default: Search };

/** Best approximate matches of `pattern` in `text` with at most `maxErrors` edits (Myers' algorithm). */
export const approxSearch: Search = approx.default;
export type { Match };
