// What every importer (W3C, Hypothesis, brat) turns its input into, before anchoring:
// a selector, the FactLens fields, and where it came from for the report.
import { Annotation, STATUSES, Status } from '../types';

/** The FactLens fields an importer fills in; `id` is kept when it is free in the target file. */
type IncomingFields = Pick<Annotation, 'status' | 'sources'> &
  Partial<Pick<Annotation, 'quote' | 'prefix' | 'suffix' | 'claim' | 'note' | 'by' | 'updated' | 'id'>>;

export interface IncomingAnnotation extends IncomingFields {
  /** How the report names it: "annotation 3 (urn:…)", "hypothesis abc123", "x.ann T4". */
  label: string;
  /** The target as the input names it (a relative IRI, a URL, a brat file path). */
  source?: string;
  /** A position: code points (W3C, brat) or UTF-16 units (Hypothesis). */
  position?: { start: number; end: number; unit: 'codepoint' | 'utf16' | 'brat' };
}

/** An input entry that could not be read at all (not an annotation, no target…). */
export interface InvalidEntry {
  label: string;
  reason: string;
}

export interface ParsedImport {
  annotations: IncomingAnnotation[];
  invalid: InvalidEntry[];
}

/** A status word from another tool's vocabulary: "Verified", "not a claim", "not_a_claim". */
export function statusFromWord(word: string): Status | undefined {
  const normal = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return (STATUSES as readonly string[]).includes(normal) ? (normal as Status) : undefined;
}

/** Ids FactLens accepts (the annotation schema's pattern). */
export function cleanId(raw: string): string | undefined {
  const id = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').replace(/-+$/, '');
  return id === '' ? undefined : id.slice(0, 64);
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
