import type { Locale } from "./locales";

// Messages are split into files per feature (messages/<locale>/<file>.json); each file's
// top-level keys are namespaces. Add a file here and in every locale folder.
export const messageFiles = ["app", "products", "anomalies", "demo", "dashboard"] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    messageFiles.map(async (file) => (await import(`../../messages/${locale}/${file}.json`)).default as Messages),
  );
  return Object.assign({}, ...parts);
}
