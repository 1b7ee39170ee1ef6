import { render } from "@react-email/components";
import { createTranslator } from "next-intl";
import { getConfiguredMailTransport, type MailTransport } from "@/lib/alerts/mail-transport";
import { recipientLocale } from "@/lib/alerts/render-alert-emails";
import { loadMessages } from "@/lib/i18n/load-messages";
import { AccountEmail } from "@/lib/users/emails/account-email";

// The invitee may have no account yet, so the language is the inviter's (their best guess at
// a shared one). Sent at once like account emails: a failure is logged, and the inviter still
// has the link on the Members page. Returns whether it went out.
export async function sendInvitationEmail(
  invite: { email: string; workspaceName: string; inviterName: string; role: string; locale: string | null; link: string },
  transport: MailTransport | null = getConfiguredMailTransport(),
): Promise<boolean> {
  if (!transport) return false;
  const locale = recipientLocale(invite.locale);
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as never, namespace: "invitationEmail" as never }) as unknown as (
    key: string,
    values?: Record<string, string>,
  ) => string;
  const role = t(`roles.${invite.role}`);
  const values = { workspace: invite.workspaceName, inviter: invite.inviterName, role };
  const element = AccountEmail({
    lang: locale,
    content: {
      brand: "ASIN Radar",
      heading: t("heading", values),
      paragraphs: [t("body", values)],
      action: { label: t("action"), url: invite.link },
      note: t("note"),
    },
  });
  try {
    await transport.send({ to: invite.email, subject: t("subject", values), html: await render(element), text: await render(element, { plainText: true }) });
    return true;
  } catch (err) {
    console.error(`[invitation-email] to ${invite.email} failed`, err);
    return false;
  }
}
