// Names FactLens uses in W3C Web Annotation documents: the context, the stable IRIs of
// annotations and claims, and the date conversions between YAML dates and xsd:dateTime.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ANNOTATION_IRI = 'urn:factlens:annotation:';
const CLAIM_IRI = 'urn:factlens:claim:';

/** A workspace-relative path as a relative IRI: each segment percent-encoded, '/' kept. */
export function pathToIri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}

export function iriToPath(iri: string): string {
  return iri.split('/').map(safeDecode).join('/');
}

/** urn:factlens:annotation:<article path>#<id>: stable while the article and id stay. */
export function annotationIri(article: string, id: string): string {
  return `${ANNOTATION_IRI}${pathToIri(article)}#${encodeURIComponent(id)}`;
}

export function parseAnnotationIri(iri: string): { article: string; id: string } | undefined {
  if (!iri.startsWith(ANNOTATION_IRI)) return undefined;
  const hash = iri.lastIndexOf('#');
  if (hash < 0) return undefined;
  return { article: iriToPath(iri.slice(ANNOTATION_IRI.length, hash)), id: safeDecode(iri.slice(hash + 1)) };
}

export function claimIri(id: string): string {
  return CLAIM_IRI + encodeURIComponent(id);
}

export function parseClaimIri(iri: string): string | undefined {
  return iri.startsWith(CLAIM_IRI) ? safeDecode(iri.slice(CLAIM_IRI.length)) : undefined;
}

/** YYYY-MM-DD -> YYYY-MM-DDT00:00:00Z (xsd:dateTime); other values pass unchanged. */
export function toDateTime(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

/** An ISO date-time -> its YYYY-MM-DD date, the form FactLens files keep. */
export function toDate(dateTime: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(dateTime);
  return m ? m[1] : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
