import fs from "node:fs";
import path from "node:path";

const docsFile = path.resolve(import.meta.dirname, "../../docs/benchmarks.md");
const header = "# Benchmarks\n\nNumbers written by the `bench*` npm scripts on this project's 2-core machines; each script replaces only its own section.\n";

/**
 * Replaces this benchmark's section of docs/benchmarks.md (between its start/end markers),
 * keeping every other section; appends it when the file has none yet.
 */
export function writeDocsSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const doc = fs.existsSync(docsFile) ? fs.readFileSync(docsFile, "utf8") : header;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next = from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  fs.mkdirSync(path.dirname(docsFile), { recursive: true });
  fs.writeFileSync(docsFile, next);
  console.error(`bench: wrote the ${name} section of ${path.relative(process.cwd(), docsFile)}`);
}
