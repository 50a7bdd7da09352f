// typecheck.mjs checks a JSON-LD document against schema.org's vocabulary as
// Google's schema-dts types it: it writes the document as a TypeScript
// constant of type WithContext<ItemList> (or the type named by -type) and
// compiles it with tsc in strict mode. A property a type does not have, a
// value of the wrong type (a string where eventStatus wants an
// EventStatusType or a reference to one, a Person where a Place belongs) or a
// misspelt @type fails the compilation; tsc's messages go to standard error
// and the exit status is 1.
//
//   node timeline/jsonld/jsonldcheck/typecheck.mjs [-type ItemList] DOC.jsonld
//
// schema-dts types schema.org's vocabulary, not JSON-LD's syntax, so before
// typing the document a language-tagged value ({"@value": "…",
// "@language": "hi"}) becomes its string: "name": [{"@value": "…", …}, …]
// is checked as the list of names it is.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let type = 'ItemList';
if (args[0] === '-type') {
  type = args[1];
  args.splice(0, 2);
}
const [file] = args;
if (!file || !/^[A-Z][A-Za-z0-9]*$/.test(type)) {
  console.error('usage: node typecheck.mjs [-type ItemList] DOC.jsonld');
  process.exit(2);
}

// plain turns language-tagged values into their strings.
function plain(v) {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    if ('@value' in v && Object.keys(v).every((k) => k === '@value' || k === '@language')) return v['@value'];
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

const doc = plain(JSON.parse(readFileSync(file, 'utf8')));
// The scratch directory sits inside node_modules, so that tsc resolves
// schema-dts from it and git never sees it.
const dir = mkdtempSync(path.join(here, 'node_modules', '.typecheck-'));
try {
  const source = `import type { ${type}, WithContext } from "schema-dts";\n` +
    `export const doc: WithContext<${type}> = ${JSON.stringify(doc, null, 2)};\n`;
  writeFileSync(path.join(dir, 'doc.ts'), source);
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'nodenext',
      moduleResolution: 'nodenext', types: [], skipLibCheck: false,
    },
    files: ['doc.ts'],
  }));
  const tsc = path.join(here, 'node_modules', '.bin', 'tsc');
  const r = spawnSync(tsc, ['-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(1);
  }
  process.stdout.write(`schema-dts: ${file} is a valid ${type}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
