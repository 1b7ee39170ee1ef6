// The one limit on what a person sends in one request (a CSV file, a pasted list). No
// imports: next.config.ts reads it to set the server actions' body limit just above it, so
// that the app's own check answers with its message before Next.js refuses the body.
export const uploadLimitMb = 5;
export const uploadLimitBytes = uploadLimitMb * 1024 * 1024;

/** Bytes as megabytes with one decimal, for "The file is 7.3 MB". */
export function toMegabytes(bytes: number): number {
  return Math.ceil((bytes / 1024 / 1024) * 10) / 10;
}
