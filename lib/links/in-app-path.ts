// Where a link or a sign-in may send the browser next. Only a path on this app is allowed:
// "//evil.example", "/\evil.example" (browsers read "\" as "/"), "https://…", "javascript:…"
// and their percent-encoded or dot-segment disguises would all leave the site, which is an
// open redirect. The result is what the URL parser makes of the path, so what was checked is
// exactly what the Location header carries.
const probeOrigin = "http://in-app.invalid";

/** The in-app path (path, query and fragment) `raw` names, or null when it is not one. */
export function toInAppPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a real link has these percent-encoded
  if (!raw.startsWith("/") || /[\u0000-\u0020\u007f\\]/.test(raw) || leavesSite(raw)) return null;
  // Whatever a server or browser might decode on the way must not leave the site either.
  let decoded = raw;
  for (let i = 0; i < 3; i++) {
    const next = safeDecode(decoded);
    if (next === null) return null;
    if (leavesSite(next)) return null;
    if (next === decoded) break;
    decoded = next;
  }
  let url: URL;
  try {
    url = new URL(raw, probeOrigin);
  } catch {
    return null;
  }
  if (url.origin !== probeOrigin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/..//evil" resolves to "//evil": the normalised form is checked too.
  return leavesSite(path) ? null : path;
}

function leavesSite(value: string): boolean {
  // Browsers drop tabs, newlines and leading spaces inside URLs ("/\t/evil" is "//evil") and
  // read a backslash as "/": squeeze those out before looking at how the value starts. (A
  // scheme cannot appear: the value starts with "/", and decoding never changes that.)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what browsers drop
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, "");
  return /^[\\/][\\/]/.test(squeezed);
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
