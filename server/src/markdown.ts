// Safe Markdown for hovers. Everything a user wrote (notes, titles, quotes, URLs) goes
// through `text()`, so it can never open a link, run a command or inject HTML; links are
// made only here, and only to http(s) pages and to file: locations the server itself built.

/** ASCII punctuation with a meaning in CommonMark, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:"'=$^]/g;

/** User text as inert Markdown: no emphasis, links, autolinks, HTML or line structure. */
export function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => '\\' + c);
}

/** Inline code for short machine text (ids, command names); backticks in it are dropped. */
export function code(value: string): string {
  const clean = value.replace(/`/g, "'").replace(/\s+/g, ' ');
  return '`' + clean + '`';
}

/** The URL as a normalised http(s) address, or undefined for any other scheme (command:, javascript:, file:, data:). */
export function webUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return linkTarget(url.href);
}

/** A link to a web page when `url` is http(s); otherwise the label and the URL as plain escaped text. */
export function webLink(label: string, url: string): string {
  const target = webUrl(url);
  if (!target) return `${text(label)} (${text(url)}, not a web link)`;
  return `[${text(label)}](${target})`;
}

/** A link to a location the server computed (file: URIs of workspace files). */
export function fileLink(label: string, uri: string): string {
  if (!uri.startsWith('file:')) return text(label);
  return `[${text(label)}](${linkTarget(uri)})`;
}

/** A link destination that Markdown cannot end early: no spaces, parentheses, brackets or angle brackets. */
function linkTarget(href: string): string {
  return href.replace(/[\s()<>[\]"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A block quote of user text (each line escaped). */
export function quote(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => '> ' + text(line))
    .join('\n>\n');
}
