// Turns validated plain values into the core's types: only known keys, dates as YYYY-MM-DD.
import type { Annotation, Source, Status } from '../types';

/** "2024-08-16", a timestamp or a Date -> "2024-08-16". */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.slice(0, 10);
  return undefined;
}

export function toSources(value: unknown): Source[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw: Record<string, unknown>) => {
    const source: Source = { url: String(raw.url) };
    if (typeof raw.title === 'string') source.title = raw.title;
    const accessed = isoDate(raw.accessed);
    if (accessed) source.accessed = accessed;
    if (typeof raw.quote === 'string') source.quote = raw.quote;
    return source;
  });
}

/** Copies `keys` that hold strings from `raw` into `target`. */
export function copyStrings<T extends object>(target: T, raw: Record<string, unknown>, keys: readonly (keyof T & string)[]): void {
  for (const key of keys) if (typeof raw[key] === 'string') (target as Record<string, unknown>)[key] = raw[key];
}

/** A schema-valid annotation item as the core's Annotation (unquoted `false` becomes 'false'). */
export function toAnnotation(raw: Record<string, unknown>): Annotation {
  return fillAnnotation({}, raw);
}

/** Sets toAnnotation's keys, in its order, on `target` (an object of the caller's class, with no keys yet). */
export function fillAnnotation<T extends object>(target: T, raw: Record<string, unknown>): T & Annotation {
  const annotation = target as T & Annotation;
  annotation.id = String(raw.id);
  annotation.quote = String(raw.quote);
  annotation.status = String(raw.status) as Status;
  annotation.sources = toSources(raw.sources);
  // Named, not copyStrings' keyed loads and stores: those were a tenth of loading a file.
  if (typeof raw.prefix === 'string') annotation.prefix = raw.prefix;
  if (typeof raw.suffix === 'string') annotation.suffix = raw.suffix;
  if (typeof raw.claim === 'string') annotation.claim = raw.claim;
  if (typeof raw.note === 'string') annotation.note = raw.note;
  if (typeof raw.by === 'string') annotation.by = raw.by;
  if (typeof raw.offset === 'number') annotation.offset = raw.offset;
  const updated = isoDate(raw.updated);
  if (updated) annotation.updated = updated;
  return annotation;
}
