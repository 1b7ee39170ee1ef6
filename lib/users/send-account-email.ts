import { render } from "@react-email/components";
import { createTranslator } from "next-intl";
import { getConfiguredMailTransport, type MailTransport } from "@/lib/alerts/mail-transport";
import { recipientLocale } from "@/lib/alerts/render-alert-emails";
import { readEnv } from "@/lib/config/env";
import { loadMessages } from "@/lib/i18n/load-messages";
import { AccountEmail } from "@/lib/users/emails/account-email";

type Kind = "passwordReset" | "signUpExisting";

/** True when email can be sent at all (a reset link needs it). */
export const accountEmailAvailable = () => readEnv().smtp.state === "on";

// Account emails are sent at once, not through the alert outbox: a reset link that arrives
// an hour later is useless, and a failure is logged rather than retried (the user asks again).
export async function sendAccountEmail(
  to: { email: string; name: string; locale: string | null },
  kind: Kind,
  link: string,
  transport: MailTransport | null = getConfiguredMailTransport(),
): Promise<boolean> {
  if (!transport) return false;
  const locale = recipientLocale(to.locale);
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as never, namespace: "accountEmail" as never }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  const content = {
    brand: "ASIN Radar",
    heading: t(`${kind}.heading`),
    paragraphs: [t(`${kind}.greeting`, { name: to.name }), t(`${kind}.body`)],
    action: { label: t(`${kind}.action`), url: link },
    note: t(`${kind}.note`),
  };
  const element = AccountEmail({ lang: locale, content });
  try {
    await transport.send({ to: to.email, subject: t(`${kind}.subject`), html: await render(element), text: await render(element, { plainText: true }) });
    return true;
  } catch (err) {
    console.error(`[account-email] ${kind} to ${to.email} failed`, err);
    return false;
  }
}
