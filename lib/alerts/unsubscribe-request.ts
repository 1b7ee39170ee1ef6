import { createElement } from "react";
import { applyUnsubscribe, describeUnsubscribe } from "@/lib/alerts/apply-unsubscribe";
import { emailIntl } from "@/lib/alerts/emails/email-intl";
import { renderEmail } from "@/lib/alerts/emails/render-email";
import { UnsubscribePage, type UnsubscribePageView } from "@/lib/alerts/emails/unsubscribe-page";
import { verifyUnsubscribeToken } from "@/lib/alerts/unsubscribe-token";
import type { Db } from "@/lib/db/client";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { isLocale } from "@/lib/i18n/locales";
import { workspaceUrl } from "@/lib/links/workspace-url";

/**
 * GET shows what the link would stop and a button; POST (the button, or a mail client's
 * RFC 8058 one-click) stops it. No sign-in either way: the signed token is the authority.
 * A bad token is a 400 page saying so, never an error page.
 */
export async function handleUnsubscribe({
  db,
  method,
  token,
  acceptLanguage,
  appUrl,
  secret,
}: {
  db: Db;
  method: "GET" | "POST";
  token: string | null;
  acceptLanguage: string | null;
  appUrl: string;
  secret?: string;
}): Promise<{ status: number; html: string }> {
  const scope = verifyUnsubscribeToken(token, secret);
  const browserLocale = negotiateLocale(acceptLanguage);
  const page = async (
    status: number,
    locale: string | null,
    build: (t: (key: string, values?: Record<string, string>) => string) => Omit<UnsubscribePageView, "lang" | "title">,
  ) => {
    const lang = isLocale(locale) ? locale : browserLocale;
    const { t } = await emailIntl(lang);
    const view = { lang, title: t("alertEmail.brand"), ...build((key, values) => t(`unsubscribe.${key}`, values)) };
    return { status, html: (await renderEmail(createElement(UnsubscribePage, view))).html };
  };
  if (!scope) return page(400, null, (t) => ({ heading: t("invalidTitle"), lines: [t("invalid")] }));

  const settings = (t: (key: string) => string) => ({ label: t("settingsHint"), url: workspaceUrl(appUrl, scope.workspaceIds[0]!, "/settings/notifications") });
  // The kinds by name, in the language the page is shown in.
  const kindsText = async (locale: string | null) => {
    const intl = await emailIntl(isLocale(locale) ? locale : browserLocale);
    return "kinds" in scope.stop ? intl.format.list(scope.stop.kinds.map((k) => intl.t(`anomalies.kinds.${k}`))) : "";
  };

  if (method === "GET") {
    const about = await describeUnsubscribe({ db, scope });
    if (about.workspaces.length === 0) return page(200, null, (t) => ({ heading: t("title"), lines: [t("notMember")] }));
    const kinds = await kindsText(about.locale);
    const workspace = about.workspaces.join(", ");
    return page(200, about.locale, (t) => ({
      heading: t("title"),
      lines: [
        "digest" in scope.stop
          ? t("confirmDigest", { workspace, email: about.email ?? "" })
          : t("confirmKinds", { kinds, workspace, email: about.email ?? "" }),
      ],
      confirm: { action: `/api/unsubscribe?token=${encodeURIComponent(token!)}`, label: t("button") },
    }));
  }

  const result = await applyUnsubscribe({ db, scope });
  const kinds = await kindsText(result.locale);
  return page(200, result.locale, (t) => ({
    heading: t("title"),
    lines: result.workspaces.map((w) =>
      w.outcome === "notMember"
        ? t("notMember")
        : w.outcome === "digest"
          ? t("doneDigest", { workspace: w.name })
          : w.outcome === "lastKind"
            ? t("doneLastKind", { workspace: w.name })
            : t("doneKinds", { kinds, workspace: w.name }),
    ),
    settings: settings(t),
  }));
}
