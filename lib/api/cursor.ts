import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// A page ends at its last row's sort key (a time, newest first, then the id as tie-breaker);
// the next page starts after it. Opaque to clients, and checked like any other input.
const cursorSchema = z.object({ t: z.iso.datetime(), i: z.string().min(1).max(40) });
export const cursorQuerySchema = z.string().max(200).optional();
export const limitQuerySchema = z.coerce.number().int().min(1).max(100).default(25);

const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify({ t: at.toISOString(), i: id })).toString("base64url");

export function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const c = cursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { at: new Date(c.t), id: c.i };
  } catch {
    throw new AppError("VALIDATION", "bad cursor", { fields: { cursor: "invalid" } });
  }
}

/** limit + 1 rows in, one page and the cursor to the next (null on the last page) out. */
export function toPage<T, R>(rows: T[], limit: number, keyOf: (row: T) => [Date, string], map: (row: T) => R) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { data: page.map(map), next_cursor: rows.length > limit && last ? encodeCursor(...keyOf(last)) : null };
}
