// The claims register read on the light path (the CLI and the indexer read it from disk):
// the same model as parseClaimsFile, each claim's span computed by the full parser on
// first use. A register with any schema problem goes to the full parser, which reports it.
import type { Span, Status } from '../types';
import type { ClaimEntry, ClaimsRegisterModel } from './model';
import { parseClaimsFile } from './parseClaimsFile';
import { loadPlainYaml } from './plainLoad';
import { copyStrings, toSources } from './plainValues';
import { schemaValidator } from './schemaCheck';

/** Keys a JS object would not keep in file order (integer-like) or at all (__proto__). */
const REORDERED_KEY = /^(?:\d+|__proto__)$/;

/** Same result as parseClaimsFile; spans are computed lazily (the first access parses the file fully). */
export function parseClaimsFileFast(text: string, file: string): ClaimsRegisterModel {
  const loaded = loadPlainYaml(text);
  if (!loaded) return parseClaimsFile(text, file);
  if (loaded.value === null) return { file, claims: new Map(), problems: [] };
  if (!schemaValidator('claims')(loaded.value)) return parseClaimsFile(text, file);
  const raw = (loaded.value as { claims?: Record<string, Record<string, unknown> | null> | null }).claims ?? {};
  const ids = Object.keys(raw);
  if (ids.some((id) => REORDERED_KEY.test(id))) return parseClaimsFile(text, file);

  let full: ClaimsRegisterModel | undefined;
  const spanOf = (id: string): Span => (full ??= parseClaimsFile(text, file)).claims.get(id)!.span;
  const claims = new Map<string, ClaimEntry>();
  for (const id of ids) {
    const fields = raw[id] ?? {};
    const entry = { id, sources: toSources(fields.sources) } as ClaimEntry;
    Object.defineProperty(entry, 'span', { get: () => spanOf(id), enumerable: true }); // where the full parser puts it, for the same key order
    copyStrings(entry, fields, ['statement', 'note']);
    if (typeof fields.verdict === 'string' || fields.verdict === false) entry.verdict = String(fields.verdict) as Status; // unquoted `false` too
    claims.set(id, entry);
  }
  return { file, claims, problems: [] };
}
