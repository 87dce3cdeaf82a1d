// A fast path for reading many annotation files nobody is editing (the CLI, the indexer):
// plain values from plainLoad (a block-YAML scanner, else js-yaml: many times faster than
// the `yaml` Document API), validated by the build-time schema validator. Only files that
// are entirely clean take it; spans are computed on first use by the full parser, and
// anything unusual (anchors, tags, conflict markers, any schema issue) goes straight to
// the full parser, so results and problems are the same either way.
import type { LoadedAnnotation, Span } from '../types';
import type { AnnotationFileModel } from './model';
import { parseAnnotationFile } from './parseAnnotationFile';
import { loadPlainYaml } from './plainLoad';
import { fillAnnotation } from './plainValues';
import { schemaValidator } from './schemaCheck';

/** Same result as parseAnnotationFile; spans are computed lazily (the first access parses the file fully). */
export function parseAnnotationFileFast(text: string, file: string): AnnotationFileModel {
  const loaded = loadPlainYaml(text);
  if (!loaded) return parseAnnotationFile(text, file);
  const value = loaded.value;
  if (value === null) return { file, annotations: [], problems: [] };
  if (!schemaValidator('annotations')(value)) return parseAnnotationFile(text, file);
  const raw = value as { article?: string; annotations?: Array<Record<string, unknown>> | null };
  const items = raw.annotations ?? [];
  if (hasRepeatedId(items)) return parseAnnotationFile(text, file);

  const spans = new LazySpans(text, file);
  const model: AnnotationFileModel = { file, annotations: items.map((item, index) => lazyAnnotation(item, index, spans)), problems: [] };
  if (typeof raw.article === 'string') model.article = new LazyArticle(raw.article, spans);
  return model;
}

/** Whether two items share an id (schema-valid items: ids are strings). A file has a few items: no Set for those. */
function hasRepeatedId(items: Array<Record<string, unknown>>): boolean {
  if (items.length > 16) return new Set(items.map((a) => a.id)).size !== items.length;
  for (let i = 1; i < items.length; i++) {
    const id = items[i].id;
    for (let j = 0; j < i; j++) if (items[j].id === id) return true;
  }
  return false;
}

/** One per file, shared by its annotations: the full parse, made the first time a span is asked for. */
class LazySpans {
  private full: AnnotationFileModel | undefined;
  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  get model(): AnnotationFileModel {
    return (this.full ??= parseAnnotationFile(this.text, this.file));
  }
}

class LazyArticle {
  /** Private, so JSON and deepEqual see a plain { path, span } (defineProperty to hide it cost more). */
  readonly #spans: LazySpans;

  constructor(
    readonly path: string,
    spans: LazySpans,
  ) {
    this.#spans = spans;
  }

  get span(): Span {
    return this.#spans.model.article!.span;
  }

  toJSON(): { path: string; span: Span } {
    return { path: this.path, span: this.span };
  }
}

// Spans are getters on one shared prototype (not per-annotation closures, which made every
// annotation a dictionary-mode object of about 1 KB); the link to the file's LazySpans is a
// private field, so Object.keys, spread, JSON and deepEqual see a plain annotation (a
// non-enumerable symbol property, set with defineProperty, cost a tenth of loading a file).
class LazyAnnotation {
  readonly #spans: LazySpans;

  constructor(spans: LazySpans) {
    this.#spans = spans;
  }

  get span(): Span {
    return this.#spans.model.annotations[(this as unknown as LoadedAnnotation).index].span;
  }

  get fieldSpans(): LoadedAnnotation['fieldSpans'] {
    return this.#spans.model.annotations[(this as unknown as LoadedAnnotation).index].fieldSpans;
  }

  /** The same JSON as an eagerly parsed annotation (spans included, in the same key order). */
  toJSON(): LoadedAnnotation {
    return { ...(this as unknown as LoadedAnnotation), span: this.span, fieldSpans: this.fieldSpans };
  }
}

function lazyAnnotation(raw: Record<string, unknown>, index: number, spans: LazySpans): LoadedAnnotation {
  // Only the annotation's keys are own properties: no class fields besides the private one.
  const annotation = fillAnnotation(new LazyAnnotation(spans), raw) as unknown as LoadedAnnotation;
  annotation.index = index;
  return annotation;
}
