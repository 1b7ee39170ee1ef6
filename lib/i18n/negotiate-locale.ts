import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    return match(requested, locales, defaultLocale) as Locale;
  } catch {
    // Malformed tags make the matcher throw; a bad header must not break the page.
    return defaultLocale;
  }
}
