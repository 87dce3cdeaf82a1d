// Usage errors exit 2; everything about them lives here.
export class UsageError extends Error {}

export const HELP = `factlens — find the figures in articles and track their verification

Usage:
  factlens check [paths…] [--format text|json|sarif] [--max-warnings N] [--root DIR]
  factlens figures [paths…] [--json] [--root DIR]
  factlens lsp --stdio

Paths are articles (.txt) or folders of articles; by default every article matching
--articles (default "seeds/**/*.txt") under --root (default: the current folder).
Annotations are read from --annotations (default "annotations").

check exits 0 when there are no errors (and no more warnings than --max-warnings),
1 when the check fails, 2 on a usage or internal error.`;
