import type { Locale } from "@/lib/i18n/locales";

// Messages are split into files per feature (messages/<locale>/<file>.json); each file's
// top-level keys are namespaces. Add a file here and in every locale folder.
// One per line, alphabetical: features added in parallel then merge without conflicts.
const messageFiles = [
  "account",
  "alerts",
  "alerts-delivery",
  "alerts-email",
  "anomalies",
  "api-keys",
  "app",
  "dashboard",
  "demo",
  "discovery",
  "groups",
  "members",
  "product",
  "products",
  "reports",
  "system",
  "webhooks",
] as const;

export type Messages = Record<string, unknown>;

/** Each file's messages, by file name (the merge below would hide a namespace defined twice). */
export async function loadMessageFiles(locale: Locale): Promise<Array<[string, Messages]>> {
  return Promise.all(
    messageFiles.map(async (file) => [file, (await import(`../../messages/${locale}/${file}.json`)).default as Messages] as [string, Messages]),
  );
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  return Object.assign({}, ...(await loadMessageFiles(locale)).map(([, messages]) => messages));
}
