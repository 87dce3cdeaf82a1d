// The light way to read a YAML file nobody is editing: plain values only, no document
// model. Only text that is surely clean takes it; anything unusual (anchors, aliases,
// tags, merge keys, conflict markers, a syntax error, an oversized file) returns
// undefined and the caller uses its full parser, which reports the problems.
import { CORE_SCHEMA, load } from 'js-yaml';
import { MAX_YAML_CHARS } from './readYaml';

/** Anchors, aliases, tags (at a token start), merge keys, conflict markers: leave them to the full parser. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!]\S|(?:^|\s)<<\s*:|^(?:<{7}|={7}|>{7})/m;

/** `{ value }` when the text is clean YAML (null for an empty document); undefined otherwise. */
export function loadPlainYaml(text: string): { value: unknown } | undefined {
  if (text.length > MAX_YAML_CHARS || NEEDS_FULL_PARSER.test(text)) return undefined; // the full parser reports the size
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}
