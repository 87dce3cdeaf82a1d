// Usage errors exit 2; everything about them lives here.
export class UsageError extends Error {}

export const HELP = `factlens — find the figures in articles and track their verification

Usage:
  factlens check [paths…] [--format text|json|sarif] [--max-warnings N] [--jobs N] [--root DIR]
  factlens figures [paths…] [--json] [--root DIR]
  factlens export --format w3c|claimreview|brat|html|md [--out PATH] [--base-url URL] [--author NAME] [--root DIR]
  factlens import --format w3c|hypothesis|brat FILE [--dry-run] [--article PATH] [--root DIR]
  factlens lsp --stdio

Paths are articles (.txt) or folders of articles; by default every article matching
--articles (default "seeds/**/*.txt") under --root (default: the current folder).
Annotations are read from --annotations (default "annotations").

check exits 0 when there are no errors (and no more warnings than --max-warnings),
1 when the check fails, 2 on a usage or internal error. --jobs sets the worker threads
(default: one per CPU for 5,000 articles or more; 0 checks on the main thread);
FACTLENS_TIMING=1 prints on stderr when each phase of the check ended.
export writes to stdout (brat: needs --out FOLDER), lists what it left out on stderr, exits 0.
import adds new annotations only (duplicates and conflicts are skipped, never overwritten);
it exits 0 when all were imported or already there, 1 when some were orphaned, conflicting
or invalid, 2 on a usage error or unreadable input.`;
