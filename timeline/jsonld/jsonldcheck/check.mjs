// check.mjs reads a JSON-LD document with the jsonld processor (npm
// jsonld), against schema.org's context as schema.org generates it from its
// vocabulary (see schemaorg.mjs), and checks what it read against that
// vocabulary. It prints one JSON object:
//
//   {"file": "…", "nquads": "…", "expanded": […], "errors": ["…"], "quads": N}
//
// (a list of them, in order, for several documents). nquads is the document's RDF, canonicalized (RDFC-1.0, the algorithm
// also known as URDNA2015) so that another processor's reading can be
// compared byte for byte (pyld_check.py does that with Python's pyld);
// errors lists every vocabulary error (schemaorg.mjs validate).
//
//   node timeline/jsonld/jsonldcheck/check.mjs [-context-out FILE] [-base URL] DOC.jsonld...
//
// -context-out writes the context it used, for the second processor; -base
// is the address relative @ids resolve against. The expansion runs in safe
// mode, so anything the processor would drop (a relative IRI it cannot
// resolve, a malformed value) is an error, exit status 1. Nothing is
// fetched.
import { readFileSync, writeFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { loadVocabulary, buildContext, documentLoader, validate } from './schemaorg.mjs';

const args = process.argv.slice(2);
let contextOut = null;
let base = 'https://newsroom.example/timeline';
while (args[0] && args[0].startsWith('-')) {
  const [flag, value] = args.splice(0, 2);
  if (flag === '-context-out') contextOut = value;
  else if (flag === '-base') base = value;
  else {
    console.error(`unknown flag ${flag}`);
    process.exit(2);
  }
}
if (args.length === 0) {
  console.error('usage: node check.mjs [-context-out FILE] [-base URL] DOC.jsonld...');
  process.exit(2);
}
let file;
try {
  const vocab = await loadVocabulary();
  const context = buildContext(vocab);
  if (contextOut) writeFileSync(contextOut, JSON.stringify(context, null, 1) + '\n');
  const loader = documentLoader(context);
  const results = [];
  for (file of args) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const opts = { documentLoader: loader, base, safe: true };
    const expanded = await jsonld.expand(doc, opts);
    const quads = await jsonld.toRDF(doc, opts);
    const nquads = await jsonld.canonize(doc, { ...opts, algorithm: 'RDFC-1.0', format: 'application/n-quads' });
    results.push({ file, nquads, expanded, errors: validate(vocab, quads), quads: quads.length });
  }
  const out = results.length === 1 ? results[0] : results;
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} catch (err) {
  console.error(`jsonldcheck: ${file}: ${err.name}: ${err.message}`);
  if (err.details) console.error(JSON.stringify(err.details, null, 2));
  process.exit(1);
}
