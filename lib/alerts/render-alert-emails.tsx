import { render } from "@react-email/components";
import { createTranslator } from "next-intl";
import { AlertEmail } from "@/lib/alerts/emails/alert-email";
import { DigestEmail } from "@/lib/alerts/emails/digest-email";
import { loadMessages, type Messages } from "@/lib/i18n/load-messages";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { describeAnomaly, type AnomalyText } from "@/lib/alerts/describe-anomaly";
import type { LoadedAnomaly } from "@/lib/alerts/load-deliveries";
import { readEnv } from "@/lib/config/env";

export type RenderedEmail = { subject: string; html: string; text: string };

const cache = new Map<Locale, Promise<Messages>>();
const messagesFor = (locale: Locale) => {
  if (!cache.has(locale)) cache.set(locale, loadMessages(locale));
  return cache.get(locale)!;
};

/** The recipient's language: their profile setting, or English when they follow the browser. */
export const recipientLocale = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : defaultLocale);

async function emailContext(locale: Locale, appUrl: string) {
  const messages = await messagesFor(locale);
  const t = createTranslator({ locale, messages: messages as never, namespace: "alertEmail" as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const footer = (workspace: string) => ({
    text: t("footer", { workspace }),
    settingsLabel: t("settingsLink"),
    settingsUrl: `${appUrl}/settings/notifications`,
    alertsLabel: t("allAlerts"),
    alertsUrl: `${appUrl}/alerts`,
  });
  return { messages, t, footer };
}

export async function renderAlertEmail({
  anomaly,
  locale,
  appUrl = readEnv().appUrl,
}: {
  anomaly: LoadedAnomaly;
  locale: Locale;
  appUrl?: string;
}): Promise<RenderedEmail> {
  const { messages, t, footer } = await emailContext(locale, appUrl);
  const alert = describeAnomaly(anomaly, locale, messages, appUrl);
  const hasChange = alert.before !== undefined && alert.after !== undefined;
  const heading = t("instantSubject", { kind: alert.kindLabel, product: alert.productName });
  const subject = hasChange
    ? t("instantSubjectChange", { kind: alert.kindLabel, product: alert.productName, before: alert.before!, after: alert.after! })
    : heading;
  const labels = {
    brand: t("brand"),
    heading,
    change: hasChange ? t("changeLine", { before: alert.before!, after: alert.after! }) : undefined,
    meta: t("meta", { severity: alert.severityLabel, detected: alert.detectedAt }),
    openProduct: t("openProduct"),
  };
  const element = <AlertEmail lang={locale} alert={alert} labels={labels} footer={footer(anomaly.workspace.name)} />;
  return { subject, html: await render(element), text: await render(element, { plainText: true }) };
}

export async function renderDigestEmail({
  anomalies,
  locale,
  appUrl = readEnv().appUrl,
}: {
  anomalies: LoadedAnomaly[];
  locale: Locale;
  appUrl?: string;
}): Promise<RenderedEmail> {
  const { messages, t, footer } = await emailContext(locale, appUrl);
  const sorted = [...anomalies].sort((a, b) => a.detectedAt.getTime() - b.detectedAt.getTime());
  const byWorkspace = new Map<string, LoadedAnomaly[]>();
  for (const a of sorted) byWorkspace.set(a.workspace.name, [...(byWorkspace.get(a.workspace.name) ?? []), a]);
  const groups = [...byWorkspace].map(([workspace, list]) => ({ workspace, alerts: list.map((a) => describeAnomaly(a, locale, messages, appUrl)) }));
  const count = anomalies.length;
  const labels = {
    brand: t("brand"),
    heading: t("digestHeading"),
    intro: t("digestIntro", { count }),
    workspace: (name: string) => t("workspace", { name }),
    item: (a: AnomalyText) => t("digestItem", { kind: a.kindLabel, severity: a.severityLabel, product: a.productName }),
    openProduct: t("openProductShort"),
  };
  const element = <DigestEmail lang={locale} groups={groups} labels={labels} footer={footer(groups.map((g) => g.workspace).join(", "))} />;
  return { subject: t("digestSubject", { count }), html: await render(element), text: await render(element, { plainText: true }) };
}
