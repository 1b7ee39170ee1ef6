import { createFormatter, createTranslator } from "next-intl";
import { loadMessages, type Messages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The recipient's language and time zone, with a translator over all messages. */
export type EmailIntl = {
  locale: Locale;
  timeZone: string;
  messages: Messages;
  t: Translate;
  format: ReturnType<typeof createFormatter>;
};

const cache = new Map<Locale, Promise<Messages>>();
const messagesFor = (locale: Locale) => {
  if (!cache.has(locale)) cache.set(locale, loadMessages(locale));
  return cache.get(locale)!;
};

// A zone the runtime does not know would throw inside every date format; such a profile
// setting shows UTC instead of failing the email.
function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

export async function emailIntl(locale: Locale, zone = "UTC"): Promise<EmailIntl> {
  const messages = await messagesFor(locale);
  const timeZone = knownZone(zone);
  const t = createTranslator({ locale, messages: messages as never }) as unknown as Translate;
  return { locale, timeZone, messages, t, format: createFormatter({ locale, timeZone }) };
}

/** A moment in the recipient's zone, with the zone named ("Nov 10, 2026, 7:10 AM GMT+1"). */
export function formatEmailTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

/** A calendar day in the recipient's zone ("Nov 10, 2026"). */
export function formatEmailDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}
