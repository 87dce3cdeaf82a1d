// The knobs users can turn (VS Code settings `factlens.*`, CLI flags), in one typed place.
import { FigureKind, FIGURE_KINDS, Severity } from './types';
import { globBase, safeRelative } from './workspacePaths';

export type SeverityOrOff = Severity | 'off';

/** Severity per kind of finding; 'off' hides it. */
export interface Severities {
  unverified: SeverityOrOff;
  disputed: SeverityOrOff;
  false: SeverityOrOff;
  misleading: SeverityOrOff;
  orphaned: SeverityOrOff;
  ambiguous: SeverityOrOff;
  conflict: SeverityOrOff;
}

export interface Settings {
  /** Glob of article files, relative to the workspace root. */
  articles: string;
  /** Folder of annotation YAML files, relative to the workspace root. */
  annotationsDir: string;
  severity: Severities;
  /** Figure kinds reported as unverified. */
  figureKinds: FigureKind[];
  /** Name written to `by` when an annotation is created or changed (empty: none). */
  author: string;
}

export const DEFAULT_SEVERITIES: Severities = {
  unverified: 'warning',
  disputed: 'warning',
  false: 'error',
  misleading: 'warning',
  orphaned: 'warning',
  ambiguous: 'warning',
  conflict: 'warning',
};

export const DEFAULT_SETTINGS: Settings = {
  articles: 'seeds/**/*.txt',
  annotationsDir: 'annotations',
  severity: DEFAULT_SEVERITIES,
  figureKinds: [...FIGURE_KINDS],
  author: '',
};

const SEVERITY_VALUES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Merges user-supplied values over the defaults, ignoring values of the wrong shape. */
export function resolveSettings(input: unknown): Settings {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const severity = { ...DEFAULT_SEVERITIES };
  const rawSeverity = (raw.severity && typeof raw.severity === 'object' ? raw.severity : {}) as Record<string, unknown>;
  for (const key of Object.keys(severity) as (keyof Severities)[]) {
    const value = rawSeverity[key];
    if (typeof value === 'string' && SEVERITY_VALUES.has(value)) severity[key] = value as SeverityOrOff;
  }
  const kinds = Array.isArray(raw.figureKinds)
    ? (raw.figureKinds.filter((k) => FIGURE_KINDS.includes(k as FigureKind)) as FigureKind[])
    : DEFAULT_SETTINGS.figureKinds;
  return {
    articles: insideGlob(raw.articles) ?? DEFAULT_SETTINGS.articles,
    annotationsDir: cleanDir(raw.annotationsDir) ?? DEFAULT_SETTINGS.annotationsDir,
    severity,
    figureKinds: kinds,
    author: typeof raw.author === 'string' ? raw.author.trim() : '',
  };
}

function cleanDir(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  // A folder outside the workspace ('../x', '/etc') is never read: fall back to the default.
  return trimmed ? safeRelative(trimmed) : undefined;
}

/** The articles glob when it stays inside the workspace ('../**', '/etc/*' do not). */
function insideGlob(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const glob = value.trim();
  const base = globBase(glob);
  return base === '' || safeRelative(base) !== undefined ? glob : undefined;
}

/** Why a settings value is refused, for the CLI's usage errors (undefined when it is fine). */
export function outsideWorkspace(articles: string | undefined, annotationsDir: string | undefined): string | undefined {
  if (articles !== undefined && insideGlob(articles) === undefined) return `--articles ${articles} must be a glob inside the workspace`;
  if (annotationsDir !== undefined && cleanDir(annotationsDir) === undefined) return `--annotations ${annotationsDir} must be a folder inside the workspace`;
  return undefined;
}
