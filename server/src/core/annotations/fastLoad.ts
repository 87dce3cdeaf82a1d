// A fast path for reading many annotation files nobody is editing (the CLI, the indexer):
// js-yaml reads a clean file about 7x faster than the `yaml` Document API. Only files
// that are entirely clean take it; spans are computed on first use by the full parser,
// and anything unusual (anchors, tags, conflict markers, any schema issue) goes straight
// to the full parser, so results and problems are the same either way.
import { CORE_SCHEMA, load } from 'js-yaml';
import type { LoadedAnnotation } from '../types';
import type { AnnotationFileModel } from './model';
import { parseAnnotationFile } from './parseAnnotationFile';
import { MAX_YAML_CHARS } from './readYaml';
import { toAnnotation } from './plainValues';
import { schemaValidator } from './schemaCheck';

/** Anchors, aliases, tags (at a token start), merge keys, conflict markers: leave them to the full parser. */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,])[&*!]\S|(?:^|\s)<<\s*:|^(?:<{7}|={7}|>{7})/m;

/** Same result as parseAnnotationFile; spans are computed lazily (the first access parses the file fully). */
export function parseAnnotationFileFast(text: string, file: string): AnnotationFileModel {
  if (text.length > MAX_YAML_CHARS || NEEDS_FULL_PARSER.test(text)) return parseAnnotationFile(text, file); // the full parser reports the size
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseAnnotationFile(text, file);
  }
  if (value === undefined || value === null) return { file, annotations: [], problems: [] };
  if (!schemaValidator('annotations')(value)) return parseAnnotationFile(text, file);
  const raw = value as { article?: string; annotations?: Array<Record<string, unknown>> | null };
  const items = raw.annotations ?? [];
  if (new Set(items.map((a) => a.id)).size !== items.length) return parseAnnotationFile(text, file);

  let full: AnnotationFileModel | undefined;
  const fullModel = () => (full ??= parseAnnotationFile(text, file));
  const model: AnnotationFileModel = { file, annotations: items.map((item, index) => lazyAnnotation(item, index, fullModel)), problems: [] };
  if (typeof raw.article === 'string') {
    const article = { path: raw.article } as NonNullable<AnnotationFileModel['article']>;
    Object.defineProperty(article, 'span', { enumerable: true, get: () => fullModel().article!.span });
    model.article = article;
  }
  return model;
}

function lazyAnnotation(raw: Record<string, unknown>, index: number, fullModel: () => AnnotationFileModel): LoadedAnnotation {
  const annotation = { ...toAnnotation(raw), index } as LoadedAnnotation;
  for (const key of ['span', 'fieldSpans'] as const)
    Object.defineProperty(annotation, key, { enumerable: true, get: () => fullModel().annotations[index][key] });
  return annotation;
}
