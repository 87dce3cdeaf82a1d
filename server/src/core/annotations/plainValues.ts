// Turns validated plain values into the core's types: only known keys, dates as YYYY-MM-DD.
import type { Source } from '../types';

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
