// FactLens annotations as W3C Web Annotations (JSON-LD), in one AnnotationCollection.
// Each annotation: the status as an `assessing` body, the note as a `commenting` body,
// the claim and the sources as `linking` bodies; the target is the article (relative
// IRI) with a TextQuoteSelector and, when it anchors, a TextPositionSelector in code points.
import { OffsetMap } from '../offsets';
import type { PlacedAnnotation } from '../collect';
import type { Source } from '../../types';
import { ANNO_CONTEXT, annotationIri, claimIri, pathToIri, toDateTime } from './vocabulary';

export type JsonObject = Record<string, unknown>;

export interface W3cExport {
  collection: JsonObject;
  /** Annotations exported without a position (orphaned, ambiguous, article missing), as messages. */
  unplaced: string[];
}

export function toW3cCollection(placed: PlacedAnnotation[], label = 'FactLens annotations'): W3cExport {
  const maps = new Map<string, OffsetMap>();
  const mapFor = (p: PlacedAnnotation) => {
    let map = maps.get(p.article);
    if (!map) maps.set(p.article, (map = new OffsetMap(p.text ?? '')));
    return map;
  };
  const items = placed.map((p) => toW3cAnnotation(p, p.span ? mapFor(p) : undefined));
  const unplaced = placed.filter((p) => !p.span).map((p) => `${p.article}#${p.annotation.id}: exported without a position (${p.unplaced})`);
  const collection: JsonObject = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { type: 'Software', name: 'FactLens' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  if (items.length === 0) delete collection.first;
  return { collection, unplaced };
}

export function toW3cAnnotation(p: PlacedAnnotation, map?: OffsetMap): JsonObject {
  const a = p.annotation;
  const quote: JsonObject = { type: 'TextQuoteSelector', exact: a.quote };
  if (a.prefix !== undefined) quote.prefix = a.prefix;
  if (a.suffix !== undefined) quote.suffix = a.suffix;
  const selectors: JsonObject[] = [quote];
  if (p.span && map) selectors.push({ type: 'TextPositionSelector', start: map.toChars(p.span.start), end: map.toChars(p.span.end) });

  const body: JsonObject[] = [{ type: 'TextualBody', purpose: 'assessing', value: a.status }];
  const motivation = ['assessing'];
  if (a.note !== undefined) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
    motivation.push('commenting');
  }
  if (a.claim !== undefined) body.push({ type: 'SpecificResource', purpose: 'linking', source: claimIri(a.claim) });
  for (const source of a.sources) body.push(sourceBody(source));
  if (a.claim !== undefined || a.sources.length > 0) motivation.push('linking');

  const out: JsonObject = {
    '@context': ANNO_CONTEXT,
    id: annotationIri(p.article, a.id),
    type: 'Annotation',
    motivation,
    body,
    target: { type: 'SpecificResource', source: pathToIri(p.article), selector: selectors.length === 1 ? selectors[0] : selectors },
  };
  if (a.by !== undefined) out.creator = { type: 'Person', name: a.by };
  if (a.updated !== undefined) out.modified = toDateTime(a.updated);
  return out;
}

/** A source: the page (with its title), the passage as a TextQuoteSelector, the date read as a TimeState. */
function sourceBody(source: Source): JsonObject {
  const body: JsonObject = {
    type: 'SpecificResource',
    purpose: 'linking',
    source: source.title !== undefined ? { id: source.url, 'dcterms:title': source.title } : source.url,
  };
  if (source.quote !== undefined) body.selector = { type: 'TextQuoteSelector', exact: source.quote };
  if (source.accessed !== undefined) body.state = { type: 'TimeState', sourceDate: toDateTime(source.accessed) };
  return body;
}
