// Checks the arguments of FactLens commands. They may come from any client (or a user's
// keybinding), so every shape is validated and bad input gets a clear InvalidParams error
// instead of a crash or a half-made edit. Refusals that the user must see (a stale range,
// a broken YAML file) go through `refuse`.
import { Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { STATUSES, Source, Status } from './core/types';
import type { LspRange } from './protocol';

/** Claim and annotation ids, as the JSON Schemas allow them. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_TEXT = 10_000;

export type Args = Record<string, unknown>;

export function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** A refusal the user should read: shown as a message and answered as a failed request. */
export function refuse(connection: Connection, message: string): ResponseError<void> {
  void connection.window.showErrorMessage(`FactLens: ${message}`);
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/** The single argument object of a command (`arguments: [ {...} ]`). */
export function argsOf(command: string, list: unknown[] | undefined): Args {
  const first = list?.[0];
  if (!first || typeof first !== 'object' || Array.isArray(first)) throw invalid(`${command} expects one object argument`);
  return first as Args;
}

export function requiredString(args: Args, key: string): string {
  const value = args[key];
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`'${key}' must be a non-empty string`);
  if (value.length > MAX_TEXT) throw invalid(`'${key}' is too long`);
  return value;
}

export function optionalString(args: Args, key: string): string | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(`'${key}' must be a string`);
  if (value.length > MAX_TEXT) throw invalid(`'${key}' is too long`);
  return value.trim() === '' ? undefined : value;
}

export function optionalVersion(args: Args, key = 'version'): number | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid(`'${key}' must be an integer document version`);
  return value;
}

export function requiredRange(args: Args, key: string): LspRange {
  const value = args[key] as { start?: unknown; end?: unknown } | undefined;
  if (!value || typeof value !== 'object' || !isPosition(value.start) || !isPosition(value.end)) {
    throw invalid(`'${key}' must be a range { start: { line, character }, end: { line, character } }`);
  }
  return { start: { ...value.start }, end: { ...value.end } };
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | null;
  return !!p && typeof p === 'object' && isIndex(p.line) && isIndex(p.character);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function optionalStatus(args: Args, key = 'status'): Status | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(STATUSES as readonly string[]).includes(value)) {
    throw invalid(`'${key}' must be one of ${STATUSES.join(', ')}`);
  }
  return value as Status;
}

export function requiredStatus(args: Args, key = 'status'): Status {
  const status = optionalStatus(args, key);
  if (!status) throw invalid(`'${key}' is required: one of ${STATUSES.join(', ')}`);
  return status;
}

export function annotationId(args: Args, key = 'annotationId'): string {
  const id = requiredString(args, key);
  if (!ID_PATTERN.test(id)) throw invalid(`'${key}' "${id}" is not an annotation id (lowercase letters, digits, '.', '_', '-')`);
  return id;
}

export function optionalClaimId(args: Args, key = 'claim'): string | undefined {
  const claim = optionalString(args, key);
  if (claim !== undefined && !ID_PATTERN.test(claim)) {
    throw invalid(`'${key}' "${claim}" is not a claim id: use lowercase letters, digits, '.', '_' and '-' (e.g. gaza-death-toll)`);
  }
  return claim;
}

/** A source object; its URL must be http(s), so nothing else ever becomes a clickable link. */
export function toSource(value: unknown, key: string, today: string): Source {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(`'${key}' must be an object { url, title?, accessed?, quote? }`);
  const raw = value as Args;
  const url = requiredString(raw, 'url').trim();
  checkUrl(url, key);
  const accessed = optionalString(raw, 'accessed') ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed)) throw invalid(`'${key}.accessed' must be a date YYYY-MM-DD`);
  const source: Source = { url, accessed };
  const title = optionalString(raw, 'title');
  const quote = optionalString(raw, 'quote');
  if (title) source.title = title;
  if (quote) source.quote = quote;
  return source;
}

export function optionalSources(args: Args, today: string, key = 'sources'): Source[] {
  const value = args[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(`'${key}' must be a list of sources`);
  return value.map((s, i) => toSource(s, `${key}[${i}]`, today));
}

function checkUrl(url: string, key: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`'${key}.url' "${url}" is not a URL; sources must be http:// or https:// addresses`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid(`'${key}.url' uses "${parsed.protocol}"; sources must be http:// or https:// addresses`);
  }
  if (/\s/.test(url)) throw invalid(`'${key}.url' must not contain spaces`);
}

/** Today's date (local time) as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
