// Prisma's `contains`, `startsWith` and `endsWith` become LIKE patterns without escaping, so
// a "%" or "_" typed in a search would match everything. Every such filter passes the text
// through here: backslash (PostgreSQL's LIKE escape), "%" and "_" then stand for themselves.
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
