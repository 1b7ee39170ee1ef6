import { z } from "zod";

// PostgreSQL refuses a NUL byte in text (a 500 if it reaches a query), and no other control
// character belongs in a name, a tag or a search. Every string a person types goes through
// plainText(): single-line fields refuse them all, multi-line ones (a textarea, a file) keep
// tab, line feed and carriage return. The message names the field's message key.
export const controlCharactersMessage = "controlCharacters";

const singleLine = /[\u0000-\u001F\u007F]/;
const multiLine = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function plainText({ multiline = false }: { multiline?: boolean } = {}) {
  const pattern = multiline ? multiLine : singleLine;
  return z.string().refine((value) => !pattern.test(value), { error: controlCharactersMessage });
}
