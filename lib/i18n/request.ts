import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUserId } from "@/lib/auth/session";
import { getSessionProfile } from "@/lib/users/session-profile";
import { loadMessages } from "@/lib/i18n/load-messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

// The user's own setting wins; otherwise (signed out, or "follow the browser") the
// browser's Accept-Language decides.
async function resolveLocale(): Promise<Locale> {
  const userId = await getSessionUserId();
  if (userId) {
    // A user deleted mid-session falls back to the browser's languages.
    const user = await getSessionProfile(userId).catch(() => null);
    if (isLocale(user?.locale)) return user.locale;
  }
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    messages: await loadMessages(locale),
  };
});
