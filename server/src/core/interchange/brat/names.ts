// brat's names for FactLens things. brat type and attribute names are single tokens, so
// "not-a-claim" becomes "not_a_claim"; free text (notes, passages) lives on one line, so
// line breaks, tabs and backslashes are escaped as \n, \t, \\.
import { STATUSES, Status } from '../../types';

export function bratType(status: Status): string {
  return status.replace(/-/g, '_');
}

export function statusOfBratType(type: string): Status | undefined {
  const status = type.replace(/_/g, '-').toLowerCase();
  return (STATUSES as readonly string[]).includes(status) ? (status as Status) : undefined;
}

export function escapeLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

export function unescapeLine(text: string): string {
  return text.replace(/\\([\\nrt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\'));
}

/** brat's text files, as FactLens writes them: LF line breaks, so every reader counts the same. */
export function bratText(articleText: string): string {
  return articleText.replace(/\r\n/g, '\n');
}

export const ATTRIBUTE = { figure: 'Figure', kind: 'Kind', id: 'Id', claim: 'Claim' } as const;
export const COMMENT = { note: 'AnnotatorNotes', sourceQuote: 'SourceQuote', accessed: 'Accessed' } as const;
export const REFERENCE_DB = 'URL';
