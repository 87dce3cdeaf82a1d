// Escaping for the report: everything from articles and YAML files is text, never markup.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) URLs become links; anything else (javascript:, file:, data:) stays plain text. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\/[^\s"<>]+$/i.test(url) ? escapeHtml(url) : undefined;
}

/** Text inside a Markdown table cell or line: no markup, no line breaks, no pipes. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}

/** An id usable in an HTML id attribute and URL fragment. */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
