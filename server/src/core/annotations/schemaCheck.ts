// Validates a file's plain value against its JSON Schema (schemas/*.schema.json, compiled
// into standalone code at build time by scripts/generateValidators.mjs) and turns each ajv
// error into a message at the offending YAML node.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Pair } from 'yaml';
import type { Severity, Span } from '../types';
import { didYouMean } from './didYouMean';
import { nodeSpan } from './readYaml';
import * as validators from './schemaValidators.generated';

export type SchemaName = 'annotations' | 'claims';

export interface SchemaIssue {
  /** Path from the document root to the value the issue is about, e.g. ['annotations', '0', 'status']. */
  path: string[];
  span: Span;
  severity: Severity;
  message: string;
  /** The JSON Schema keyword that failed ('type', 'enum', 'propertyNames' for a bad mapping key, …). */
  keyword: string;
}

/** The validator for a schema. */
export function schemaValidator(name: SchemaName): ValidateFunction {
  return (validators as Record<SchemaName, ValidateFunction>)[name];
}

/** Schema issues of `value` (the plain form of `doc`), located in `doc`. */
export function checkSchema(name: SchemaName, value: unknown, doc: Document.Parsed): SchemaIssue[] {
  const validate = schemaValidator(name);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const typeFailed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (error.keyword === 'propertyNames') continue; // reported through its inner error, which names the key
    if (error.keyword !== 'type' && typeFailed.has(error.instancePath)) continue; // "must be text" says enough
    issues.push({ ...toIssue(name, error, doc), keyword: (error as { propertyName?: string }).propertyName !== undefined ? 'propertyNames' : error.keyword });
  }
  return issues;
}

function toIssue(name: SchemaName, error: ErrorObject, doc: Document.Parsed): Omit<SchemaIssue, 'keyword'> {
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const { node, pair } = locate(doc, path);
  const label = labelOf(name, path);
  const params = error.params as Record<string, unknown>;
  const badKey = (error as { propertyName?: string }).propertyName;
  if (badKey !== undefined) {
    return { path: [...path, badKey], span: keySpan(node, badKey) ?? nodeSpan(node), severity: 'error',
      message: `claim id '${badKey}' must use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit` };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const guess = didYouMean(key, known);
      return { path: [...path, key], span: keySpan(node, key) ?? nodeSpan(node), severity: 'warning',
        message: `unknown key '${key}'${guess ? ` (did you mean '${guess}'?)` : `; known keys: ${known.join(', ')}`}` };
    }
    case 'required':
      return { path, span: firstPairSpan(node), severity: 'error', message: `${label} is missing required key '${params.missingProperty}'${idHint(node)}` };
    case 'type':
      return { path, span: valueSpan(node, pair), severity: 'error', message: typeMessage(name, path, label, String(params.type), error.data) };
    case 'enum': {
      // `false` is allowed unquoted (YAML reads it as a boolean): list it once.
      const allowed = [...new Set(((params.allowedValues as unknown[]) ?? []).map(String))];
      const guess = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      return { path, span: valueSpan(node, pair), severity: 'error',
        message: `${label} must be one of ${allowed.join(', ')} (got ${error.data === null ? 'nothing' : `'${String(error.data)}'`}${guess ? `; did you mean '${guess}'?` : ''})` };
    }
    case 'pattern':
      return { path, span: valueSpan(node, pair), severity: 'error', message: `${label} ${patternRule(path)} (got '${String(error.data)}')` };
    case 'minLength':
      return { path, span: valueSpan(node, pair), severity: 'error', message: `${label} must not be empty` };
    case 'minimum':
      return { path, span: valueSpan(node, pair), severity: 'error', message: `${label} must be ${params.limit} or more (got ${String(error.data)})` };
    default:
      return { path, span: valueSpan(node, pair), severity: 'error', message: `${label} ${error.message ?? 'is invalid'}` };
  }
}

function patternRule(path: string[]): string {
  const key = path[path.length - 1];
  if (key === 'url') return 'must be an http:// or https:// address';
  if (key === 'accessed' || key === 'updated') return 'must be a date written YYYY-MM-DD';
  return "must use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit";
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', integer: 'a whole number', number: 'a number', array: 'a list', 'array,null': 'a list',
  object: 'a mapping (key: value lines)', 'object,null': 'a mapping (key: value lines)', boolean: 'true or false',
};

function typeMessage(name: SchemaName, path: string[], label: string, expected: string, data: unknown): string {
  const got = `got ${describe(data)}`;
  if (path.length === 0) {
    return name === 'annotations'
      ? `an annotation file must be a mapping with an 'annotations:' list (${got})`
      : `the claims register must be a mapping with a 'claims:' mapping (${got})`;
  }
  const hint = expected === 'string' && typeof data !== 'object' ? `; put it in quotes: "${String(data)}"` : '';
  return `${label} must be ${TYPE_WORDS[expected] ?? expected} (${got}${hint})`;
}

function describe(data: unknown): string {
  if (data === null || data === undefined) return 'nothing';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  if (typeof data === 'string') return 'text';
  return `${typeof data === 'number' ? 'the number' : 'the value'} ${String(data)}`;
}

/** "status", "annotations[2]", "sources[0]", "claim 'gaza-death-toll'". */
function labelOf(name: SchemaName, path: string[]): string {
  if (path.length === 0) return name === 'annotations' ? 'the annotation file' : 'the claims register';
  const last = path[path.length - 1];
  if (/^\d+$/.test(last)) return `${path[path.length - 2] ?? ''}[${last}]`;
  if (name === 'claims' && path.length === 2) return `claim '${last}'`;
  return last;
}

/** The node at `path` (or the deepest one that exists) and the pair that holds it. */
function locate(doc: Document.Parsed, path: string[]): { node: Node | null; pair?: Pair } {
  let node = doc.contents as Node | null;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && keyString(p.key) === segment) as Pair | undefined;
      if (!found) break;
      pair = found;
      node = found.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      pair = undefined;
      node = item;
    } else break; // scalars and aliases: the error is at this node
    if (isAlias(node)) break;
  }
  return { node, pair };
}

export function keyString(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function keySpan(map: Node | null, key: string): Span | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => keyString(p.key) === key);
  return pair ? nodeSpan(pair.key as Node) : undefined;
}

/** The value's span; for an empty value (`status:`) the key's, so there is something to underline. */
function valueSpan(node: Node | null, pair: Pair | undefined): Span {
  const span = nodeSpan(node);
  if (span.end > span.start || !pair) return span;
  return nodeSpan(pair.key as Node);
}

/** For a mapping missing a key: its first line (`id: x`), not the whole item. */
function firstPairSpan(node: Node | null): Span {
  if (!isMap(node) || node.items.length === 0 || node.flow) return nodeSpan(node);
  const first = node.items[0];
  const start = nodeSpan(first.key as Node).start;
  const end = isScalar(first.value) ? nodeSpan(first.value).end : nodeSpan(first.key as Node).end;
  return { start, end: Math.max(start, end) };
}

function idHint(node: Node | null): string {
  const id = isMap(node) ? node.get('id') : undefined;
  return typeof id === 'string' ? ` (annotation '${id}')` : '';
}
