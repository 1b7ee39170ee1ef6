import { getTranslations } from "next-intl/server";
import type { Translate } from "@/lib/errors/to-action-error";

/** The `errors` translator in the current request's language. */
export async function getErrorTranslator(): Promise<Translate> {
  const t = await getTranslations("errors");
  return (key, values) => t(key as never, values as never);
}
