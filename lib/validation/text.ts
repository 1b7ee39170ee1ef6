import { z } from "zod";

// PostgreSQL refuses a NUL byte in text (a 500 if it reaches a query), and no other control
// character belongs in a name, a tag or a search. Every string a person types goes through
// plainText(): single-line fields refuse them all, multi-line ones (a textarea, a file) keep
// tab, line feed and carriage return. The message names the field's message key.
export const controlCharactersMessage = "controlCharacters";

// Tab, line feed and carriage return: what a textarea or a file legitimately holds.
const lineControls = new Set([0x09, 0x0a, 0x0d]);

function hasControlCharacter(value: string, allowLines: boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 || code === 0x7f) && !(allowLines && lineControls.has(code))) return true;
  }
  return false;
}

export function plainText({ multiline = false }: { multiline?: boolean } = {}) {
  return z.string().refine((value) => !hasControlCharacter(value, multiline), { error: controlCharactersMessage });
}
