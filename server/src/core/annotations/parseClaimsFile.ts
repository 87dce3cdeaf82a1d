// Reads the claims register (annotations/claims.yaml): claim id -> statement, verdict,
// sources, note. Invalid fields are reported and left out; the claim id itself is kept,
// so annotations that link to it do not also become "unknown claim". Never throws.
import { isMap, Node, Pair, YAMLMap } from 'yaml';
import type { Status } from '../types';
import type { ClaimEntry, ClaimsRegisterModel } from './model';
import { problemOf } from './parseAnnotationFile';
import { copyStrings, toSources } from './plainValues';
import { nodeSpan, readYaml } from './readYaml';
import { checkSchema, keyString } from './schemaCheck';

export function parseClaimsFile(text: string, file: string): ClaimsRegisterModel {
  const model: ClaimsRegisterModel = { file, claims: new Map(), problems: [] };
  const read = readYaml(text, file);
  model.problems.push(...read.problems);
  const { doc, value } = read;
  if (!doc || value === undefined || value === null) return model;

  // A bad claim id is unusable; a bad field is dropped; a bad entry keeps only its id.
  const badIds = new Set<string>();
  const badFields = new Set<string>(); // "<id>/<field>" or "<id>/*"
  let registerBroken = false;
  for (const issue of checkSchema('claims', value, doc)) {
    model.problems.push(problemOf(file, issue));
    if (issue.severity !== 'error') continue;
    const [, id, field] = issue.path;
    if (id === undefined) registerBroken = true;
    else if (issue.keyword === 'propertyNames') badIds.add(id);
    else badFields.add(`${id}/${field ?? '*'}`);
  }
  model.problems.sort((a, b) => a.start - b.start || a.end - b.end);
  if (registerBroken) return model;

  const claimsNode = (doc.contents as YAMLMap).get('claims', true);
  const raw = (value as { claims?: Record<string, unknown> | null }).claims ?? {};
  if (!isMap(claimsNode)) return model;
  for (const pair of claimsNode.items as Pair[]) {
    const id = keyString(pair.key);
    if (id === undefined || badIds.has(id)) continue;
    const span = nodeSpan(pair.key as Node);
    const end = Math.max(span.end, nodeSpan(pair.value as Node | null).end);
    if (read.errorSpans.some((e) => e.start < end && e.end > span.start)) continue;
    const all = raw[id];
    const fields: Record<string, unknown> = typeof all === 'object' && all !== null && !badFields.has(`${id}/*`) ? (all as Record<string, unknown>) : {};
    const valid = (key: string) => (badFields.has(`${id}/${key}`) ? undefined : fields[key]);
    const entry: ClaimEntry = { id, sources: toSources(valid('sources')), span };
    copyStrings(entry, { statement: valid('statement'), note: valid('note') }, ['statement', 'note']);
    const verdict = valid('verdict');
    if (typeof verdict === 'string' || verdict === false) entry.verdict = String(verdict) as Status; // unquoted `false` too
    model.claims.set(id, entry);
  }
  return model;
}
