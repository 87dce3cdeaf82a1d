// Input rules for the prompts, kept free of `vscode` so plain mocha can test them.
// They mirror schemas/annotations.schema.json (claim ids, http/https source URLs).

const CLAIM_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Message for an invalid source URL, or undefined when it is fine. Empty is fine unless required. */
export function validateSourceUrl(value: string, required: boolean): string | undefined {
  const text = value.trim();
  if (text === '') return required ? 'A verified figure needs a source: enter its http(s) address.' : undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter a full address, such as https://example.org/report.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Only http and https sources are accepted.';
  if (/\s/.test(text)) return 'An address cannot contain spaces.';
  return undefined;
}

export function validateClaimId(value: string, existing: readonly string[]): string | undefined {
  const id = value.trim();
  if (id === '') return 'Enter a claim id, such as gaza-death-toll.';
  if (!CLAIM_ID.test(id)) return 'Use lower-case letters, digits, ".", "_" and "-", starting with a letter or digit.';
  if (existing.includes(id)) return `Claim "${id}" exists already; pick it from the list instead.`;
  return undefined;
}

/** A claim id suggested from the annotated text: "at least 45 Palestinians" -> "at-least-45-palestinians". */
export function suggestClaimId(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** Today's date as YYYY-MM-DD (local time), for `accessed`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
