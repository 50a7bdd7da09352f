// check.mjs parses the Mermaid blocks of a Markdown file with Mermaid's own
// parser (the npm package "mermaid", pinned in package.json) and prints what
// the parser understood, so that timeline/markdown_test.go can check both that
// the blocks parse and that every label survived intact.
//
// Usage: node check.mjs FILE.md
//
// Every ```mermaid fenced block of FILE.md is parsed; there must be at least
// one. On success it prints a JSON array with one object per block:
//
//	{"type": "timeline", "title": "…",
//	 "sections": ["…"],
//	 "periods": [{"section": "…", "period": "…", "events": ["…"]}]}
//
// with Mermaid entity codes ("#58;") decoded to the characters they stand
// for, as a rendered diagram shows them. On a parse error it prints the error
// to stderr and exits with status 1; on bad usage with status 2.
//
// Mermaid 11 needs a DOM only for DOMPurify, which it calls to sanitise the
// labels it stores after parsing. In Node, DOMPurify has no window and comes
// without its methods, so a minimal shim (below) makes sanitising a no-op.
// Parsing, which is what this script checks, does not depend on it.
import { readFileSync } from "node:fs";
import DOMPurify from "dompurify";

if (!DOMPurify.isSupported) {
  DOMPurify.addHook ??= () => {};
  DOMPurify.removeHook ??= () => {};
  DOMPurify.removeHooks ??= () => {};
  DOMPurify.removeAllHooks ??= () => {};
  DOMPurify.sanitize ??= (s) => String(s);
}
const { default: mermaid } = await import("mermaid");

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: node check.mjs FILE.md");
  process.exit(2);
}
let text;
try {
  text = readFileSync(file, "utf8");
} catch (err) {
  console.error(`check.mjs: ${err.message}`);
  process.exit(2);
}

// Fenced blocks as CommonMark writes them: an opening fence of three or more
// back ticks with the info string "mermaid", closed by a fence at least as long.
const blocks = [];
const lines = text.split("\n");
for (let i = 0; i < lines.length; i++) {
  const open = /^ {0,3}(`{3,})\s*mermaid\s*$/.exec(lines[i]);
  if (!open) continue;
  const start = i + 1;
  let end = start;
  while (end < lines.length && !new RegExp("^ {0,3}`{" + open[1].length + ",}\\s*$").test(lines[end])) end++;
  if (end === lines.length) {
    console.error(`${file}:${i + 1}: mermaid block is never closed`);
    process.exit(1);
  }
  blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n") });
  i = end;
}
if (blocks.length === 0) {
  console.error(`${file}: no \`\`\`mermaid block`);
  process.exit(1);
}

// decode turns Mermaid's entity placeholders back into characters: the
// parser sees "#58;" as "ﬂ°°58¶ß" and the renderer prints "&#58;", a colon.
const decode = (s) =>
  String(s ?? "")
    .replace(/\uFB02\xB0\xB0(\d+)\xB6\xDF/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/\uFB02\xB0(\w+)\xB6\xDF/g, (_, name) => `&${name};`);

mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
const out = [];
for (const b of blocks) {
  try {
    const { diagramType } = await mermaid.parse(b.code);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(b.code);
    const db = diagram.db;
    const res = { type: diagramType };
    if (diagramType === "timeline") {
      res.title = decode(db.getCommonDb().getDiagramTitle());
      res.sections = db.getSections().map(decode);
      res.periods = db.getTasks().map((t) => ({
        section: decode(t.section),
        period: decode(t.task),
        events: t.events.map(decode),
      }));
    }
    out.push(res);
  } catch (err) {
    console.error(`${file}: mermaid block at line ${b.line}: ${err.message ?? err}`);
    process.exit(1);
  }
}
console.log(JSON.stringify(out, null, 1));
