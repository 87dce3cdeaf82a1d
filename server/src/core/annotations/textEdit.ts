// The smallest single replacement turning one text into another, so the server can send
// a minimal WorkspaceEdit (undo and other unsaved changes in the buffer stay intact).

export interface TextEdit {
  /** UTF-16 offsets in the old text, end exclusive. */
  start: number;
  end: number;
  newText: string;
}

export function textEditFor(oldText: string, newText: string): TextEdit {
  const limit = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair or a CRLF: widen to whole characters and line breaks.
  while (prefix > 0 && (isLowSurrogate(oldText, prefix) || isLowSurrogate(newText, prefix) || splitsCrlf(oldText, prefix) || splitsCrlf(newText, prefix))) prefix--;
  while (suffix > 0 && (isLowSurrogate(oldText, oldText.length - suffix) || isLowSurrogate(newText, newText.length - suffix)
    || splitsCrlf(oldText, oldText.length - suffix) || splitsCrlf(newText, newText.length - suffix))) suffix--;
  return { start: prefix, end: oldText.length - suffix, newText: newText.slice(prefix, newText.length - suffix) };
}

/** Whether cutting `text` at `i` would split a surrogate pair. */
function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff;
}

function splitsCrlf(text: string, i: number): boolean {
  return i > 0 && text.charCodeAt(i - 1) === 13 && text.charCodeAt(i) === 10;
}
