// expand.mjs expands a JSON-LD document with the jsonld processor (the npm
// package jsonld) against the local copy of the schema.org context in
// ../testdata/schemaorg-context.jsonld, and prints the expanded form.
//
//   node timeline/jsonld/jsonldcheck/expand.mjs DOC.jsonld [BASE]
//
// It runs in safe mode, so a term or @type the context does not define, a
// relative IRI that cannot be resolved, or any other lossy expansion is an
// error (exit status 1), not a silently dropped property. It fetches
// nothing: any other remote context is refused.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import jsonld from 'jsonld';

const here = path.dirname(fileURLToPath(import.meta.url));
const contextFile = path.join(here, '..', 'testdata', 'schemaorg-context.jsonld');
const schemaContext = JSON.parse(readFileSync(contextFile, 'utf8'));
const schemaURLs = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);

async function documentLoader(url) {
  if (schemaURLs.has(url)) {
    return { contextUrl: null, documentUrl: url, document: schemaContext };
  }
  throw new Error(`refusing to load ${url}: only the local schema.org context is available`);
}

const [file, base = 'https://newsroom.example/timeline'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node expand.mjs DOC.jsonld [BASE]');
  process.exit(2);
}
try {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const expanded = await jsonld.expand(doc, { documentLoader, base, safe: true });
  process.stdout.write(JSON.stringify(expanded, null, 2) + '\n');
} catch (err) {
  console.error(`jsonldcheck: ${file}: ${err.name}: ${err.message}`);
  if (err.details) console.error(JSON.stringify(err.details, null, 2));
  process.exit(1);
}
