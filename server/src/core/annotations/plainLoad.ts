// The light way to read a YAML file nobody is editing: plain values only, no document
// model. Files in the usual block style are read by blockScanner (several times faster
// than js-yaml; it gives up on anything it is not sure of), the rest by js-yaml. Only
// text that is surely clean takes this path; anything unusual (anchors, aliases, tags,
// merge keys, conflict markers, a syntax error, an oversized file) returns undefined and
// the caller uses its full parser, which reports the problems.
import { CORE_SCHEMA, load } from 'js-yaml';
import { scanBlockYaml } from './blockScanner';
import { MAX_YAML_CHARS } from './readYaml';

/** Anchors, aliases, tags (at a token start), merge keys, conflict markers: leave them to the full parser. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!]\S|(?:^|\s)<<\s*:|^(?:<{7}|={7}|>{7})/m;

/** `{ value }` when the text is clean YAML (null for an empty document); undefined otherwise. */
export function loadPlainYaml(text: string): { value: unknown } | undefined {
  if (text.length > MAX_YAML_CHARS || NEEDS_FULL_PARSER.test(text)) return undefined; // the full parser reports the size
  const scanned = scanBlockYaml(text);
  if (scanned !== undefined) return { value: scanned ?? null };
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}
