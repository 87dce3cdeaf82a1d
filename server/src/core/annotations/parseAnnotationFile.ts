// Reads one annotation file (annotations/<article>.yaml) into valid annotations with
// their spans, and ranged problems for everything else. Never throws.
import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import type { Annotation, LoadedAnnotation, Problem, Span } from '../types';
import type { AnnotationFileModel } from './model';
import { toAnnotation } from './plainValues';
import { nodeSpan, readYaml } from './readYaml';
import { checkSchema, keyString, SchemaIssue } from './schemaCheck';

export function parseAnnotationFile(text: string, file: string): AnnotationFileModel {
  const model: AnnotationFileModel = { file, annotations: [], problems: [] };
  const read = readYaml(text, file);
  model.problems.push(...read.problems);
  const { doc, value } = read;
  if (!doc || value === undefined || value === null) return model; // unreadable, or empty: no annotations

  const list = (doc.contents as YAMLMap).get?.('annotations', true);
  const itemSpans = isSeq(list) ? list.items.map((item) => nodeSpan(item as Node)) : [];
  const overlapsError = (span: Span) => read.errorSpans.some((e) => e.start < span.end && e.end > span.start);
  const issues = checkSchema('annotations', value, doc);
  const broken = new Set<number>(); // annotations[i] with an error
  let listBroken = false;
  for (const issue of issues) {
    const index = issue.path[0] === 'annotations' && issue.path.length > 1 ? Number(issue.path[1]) : undefined;
    // An item with a YAML error is reported once, by that error, not by what it made of the schema.
    if (index !== undefined && itemSpans[index] && overlapsError(itemSpans[index])) continue;
    if (issue.severity === 'error') {
      if (index !== undefined) broken.add(index);
      else if (issue.path[0] === 'annotations' || issue.path.length === 0) listBroken = true;
    }
    model.problems.push(problemOf(file, issue, idAt(value, index)));
  }
  if (listBroken) return sorted(model);

  const root = doc.contents as YAMLMap;
  const articleNode = root.get('article', true) as Node | undefined;
  const raw = value as { article?: unknown; annotations?: unknown[] | null };
  if (typeof raw.article === 'string' && articleNode) model.article = { path: raw.article, span: nodeSpan(articleNode) };

  const items = raw.annotations ?? [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const node = isSeq(list) ? (list.items[index] as Node) : undefined;
    if (!node) return;
    const span = nodeSpan(node);
    if (broken.has(index) || overlapsError(span)) return;
    const annotation = toLoaded(item as Record<string, unknown>, index, node);
    if (seen.has(annotation.id)) {
      const idSpan = annotation.fieldSpans.id ?? span;
      model.problems.push({ file, ...idSpan, code: 'annotation.duplicate-id', severity: 'error',
        message: `duplicate id '${annotation.id}': annotations[${seen.get(annotation.id)}] already uses it; ids must be unique in a file`,
        data: { annotationId: annotation.id } });
      return;
    }
    seen.set(annotation.id, index);
    model.annotations.push(annotation);
  });
  return sorted(model);
}

function toLoaded(raw: Record<string, unknown>, index: number, node: Node): LoadedAnnotation {
  const annotation: LoadedAnnotation = { ...toAnnotation(raw), index, span: nodeSpan(node), fieldSpans: {} };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyString(pair.key) as keyof Annotation | undefined;
      if (key && key in raw) annotation.fieldSpans[key] = fieldSpan(pair.key as Node, pair.value as Node | null);
    }
  }
  return annotation;
}

/** The value's span, or the key's when the value is empty (`sources:`). */
function fieldSpan(key: Node, value: Node | null): Span {
  const span = nodeSpan(value);
  return span.end > span.start || (isScalar(value) && value.value === '') ? span : nodeSpan(key);
}

function idAt(value: unknown, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const id = (value as { annotations?: Array<{ id?: unknown }> }).annotations?.[index]?.id;
  return typeof id === 'string' ? id : undefined;
}

export function problemOf(file: string, issue: SchemaIssue, annotationId?: string): Problem {
  const problem: Problem = { file, ...issue.span, code: 'annotation.invalid', severity: issue.severity, message: issue.message };
  if (annotationId) problem.data = { annotationId };
  return problem;
}

function sorted(model: AnnotationFileModel): AnnotationFileModel {
  model.problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return model;
}
