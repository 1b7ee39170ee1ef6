import type { AlertAnomaly } from "@/lib/alerts/alert-anomaly";
import { productUrl } from "@/lib/alerts/describe-anomaly";
import { bySeverity, type ChangeFacts, changeFacts, cut } from "@/lib/alerts/emails/change-facts";
import { DigestEmail, type DigestProduct, type DigestWorkspace } from "@/lib/alerts/emails/digest-email";
import { emailIntl, type EmailIntl, formatEmailDate, formatEmailTime } from "@/lib/alerts/emails/email-intl";
import type { EmailLink } from "@/lib/alerts/emails/email-layout";
import { digestSubject, productSubject } from "@/lib/alerts/emails/email-subject";
import { renderHistoryChart } from "@/lib/alerts/emails/history-chart";
import { ProductAlertEmail } from "@/lib/alerts/emails/product-alert-email";
import { renderEmail } from "@/lib/alerts/emails/render-email";
import { alertMailHeaders } from "@/lib/alerts/mail-headers";
import type { MailAttachment } from "@/lib/alerts/mail-transport";
import { signUnsubscribeToken, unsubscribeUrl } from "@/lib/alerts/unsubscribe-token";
import { readEnv } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { workspaceUrl } from "@/lib/links/workspace-url";
import { productUrl as amazonUrl } from "@/lib/marketplaces/marketplaces";

export type RenderedEmail = { subject: string; html: string; text: string; headers: Record<string, string>; attachments: MailAttachment[] };

/** The recipient's language: their profile setting, or English when they follow the browser. */
export const recipientLocale = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : defaultLocale);

type Common = {
  db: Db;
  anomalies: AlertAnomaly[];
  locale: Locale;
  /** IANA zone of the recipient; every time in the email is shown in it, zone named. */
  timeZone?: string;
  appUrl?: string;
  /** Signs the unsubscribe link; defaults to the key derived from AUTH_SECRET. */
  secret?: string;
};

function productBits(a: AlertAnomaly, intl: EmailIntl, appUrl: string) {
  const { t } = intl;
  const { product } = a;
  return {
    name: product.title ? cut(product.title, 120) : product.asin,
    meta: `${t("alertEmail.productLine", { asin: product.asin, marketplace: product.marketplace })} · ${t(product.kind === "own" ? "alertEmail.own" : "alertEmail.competitor")}`,
    imageUrl: product.imageUrl,
    app: { label: t("alertEmail.openInApp"), url: productUrl(a, appUrl) },
    amazon: { label: t("alertEmail.openOnAmazon"), url: amazonUrl(product.marketplace, product.asin) },
  };
}

const settingsLinks = (intl: EmailIntl, appUrl: string, workspaceId: string): EmailLink[] => [
  { label: intl.t("alertEmail.allAlerts"), url: workspaceUrl(appUrl, workspaceId, "/alerts") },
  { label: intl.t("alertEmail.settingsLink"), url: workspaceUrl(appUrl, workspaceId, "/settings/notifications") },
];

/** Change rows a digest shows before it only counts the rest. */
const maxDigestRows = 40;

const latest = (anomalies: AlertAnomaly[]) => new Date(Math.max(...anomalies.map((a) => a.detectedAt.getTime())));

/**
 * One email about one product: all of `anomalies` (1..n changes of that product found by one
 * crawl), most severe first, with the product's 30-day chart attached inline.
 */
export async function renderProductAlertEmail({
  db,
  anomalies,
  locale,
  timeZone = "UTC",
  appUrl = readEnv().appUrl,
  recipient,
  secret,
}: Common & { recipient: { userId: string; workspaceId: string } }): Promise<RenderedEmail> {
  if (anomalies.length === 0) throw new Error("renderProductAlertEmail: no anomalies");
  const intl = await emailIntl(locale, timeZone);
  const { t, format } = intl;
  const sorted = [...anomalies].sort(bySeverity);
  const top = sorted[0]!;
  const facts = sorted.map((a) => changeFacts(a, intl));
  const kinds = [...new Set(sorted.map((a) => a.kind))];
  const link = unsubscribeUrl(appUrl, signUnsubscribeToken({ userId: recipient.userId, workspaceIds: [recipient.workspaceId], stop: { kinds } }, secret));
  const chart = await renderHistoryChart({ db, anomalies: sorted, intl }).catch((err) => {
    // The alert matters more than its picture: send without the chart, and say why in the log.
    console.warn(`[alert-email] no chart for product ${top.productId}:`, err);
    return null;
  });
  const product = productBits(top, intl, appUrl);
  const element = (
    <ProductAlertEmail
      lang={locale}
      preview={facts.map((f) => f.lead).join(" · ")}
      brand={`${t("alertEmail.brand")} · ${top.workspace.name}`}
      severity={top.severity}
      banner={t("alertEmail.banner", { severity: facts[0]!.severityLabel, count: facts.length, time: formatEmailTime(latest(sorted), locale, intl.timeZone) })}
      product={product}
      facts={facts}
      chart={chart && { src: `cid:${chart.attachment.cid}`, alt: chart.alt, caption: chart.caption, width: chart.width, height: chart.height }}
      app={product.app}
      amazon={product.amazon}
      thresholdLabel={(threshold) => t("alertEmail.threshold", { threshold })}
      titleLegend={t("alertEmail.titleLegend")}
      footer={{
        text: t("alertEmail.footer", { workspace: top.workspace.name }),
        links: settingsLinks(intl, appUrl, recipient.workspaceId),
        unsubscribe: [{ label: t("alertEmail.unsubscribeKinds", { kinds: format.list(facts.filter(uniqueKind).map((f) => f.kindLabel)) }), url: link }],
      }}
    />
  );
  return {
    subject: productSubject({ facts, product: top.product, intl }),
    ...(await renderEmail(element)),
    headers: alertMailHeaders(link),
    attachments: chart ? [chart.attachment] : [],
  };
}

const uniqueKind = (f: ChangeFacts, i: number, all: ChangeFacts[]) => all.findIndex((g) => g.kind === f.kind) === i;

/**
 * A person's digest: their alerts of the period (possibly from several workspaces) grouped
 * by workspace and product, critical products first, with a summary line and the day (in
 * the recipient's zone) in the subject.
 */
export async function renderDigestEmail({
  anomalies,
  locale,
  timeZone = "UTC",
  appUrl = readEnv().appUrl,
  date,
  recipient,
  secret,
}: Common & { date: Date; recipient: { userId: string } }): Promise<RenderedEmail> {
  if (anomalies.length === 0) throw new Error("renderDigestEmail: no anomalies");
  const intl = await emailIntl(locale, timeZone);
  const { t, format } = intl;
  const day = formatEmailDate(date, locale, intl.timeZone);

  const byProduct = new Map<string, AlertAnomaly[]>();
  for (const a of anomalies) byProduct.set(a.productId, [...(byProduct.get(a.productId) ?? []), a]);
  const products = [...byProduct.values()].map((list) => {
    const sorted = [...list].sort(bySeverity);
    const top = sorted[0]!;
    const bits = productBits(top, intl, appUrl);
    const view: DigestProduct = { id: top.productId, severity: top.severity, ...bits, facts: sorted.map((a) => changeFacts(a, intl)) };
    return { view, top, latest: latest(sorted) };
  });
  // Critical products first, then by severity; the same severity newest first.
  products.sort((a, b) => bySeverity(a.top, b.top) || b.latest.getTime() - a.latest.getTime());
  // Gmail cuts messages past ~100 KB: the most severe rows are shown, the rest counted, with
  // the link to all alerts (the summary line still counts everything).
  let budget = maxDigestRows;
  let hidden = 0;
  for (const p of products) {
    const shown = Math.min(budget, p.view.facts.length);
    hidden += p.view.facts.length - shown;
    if (shown < p.view.facts.length && shown > 0) p.view.more = t("alertEmail.digest.moreOnProduct", { count: p.view.facts.length - shown });
    p.view.facts = p.view.facts.slice(0, shown);
    budget -= shown;
  }

  const workspaceOrder = [...new Map(products.map((p) => [p.top.workspaceId, p.top.workspace])).values()];
  const several = workspaceOrder.length > 1;
  const workspaces: DigestWorkspace[] = workspaceOrder.map((w) => ({
    id: w.id,
    heading: several ? t("alertEmail.digest.workspace", { name: w.name }) : null,
    products: products.filter((p) => p.top.workspaceId === w.id && p.view.facts.length > 0).map((p) => p.view),
  }));

  const counts = new Map<string, { label: string; count: number }>();
  for (const a of anomalies) {
    const entry = counts.get(a.kind) ?? { label: t(`anomalies.kinds.${a.kind}`), count: 0 };
    entry.count += 1;
    counts.set(a.kind, entry);
  }
  const kindCounts = format.list(
    [...counts.values()].sort((a, b) => b.count - a.count).map((c) => (c.count > 1 ? t("alertEmail.digest.kindCount", { kind: c.label, count: c.count }) : c.label)),
  );
  const own = anomalies.filter((a) => a.product.kind === "own").length;
  const summary = t("alertEmail.digest.summary", { count: anomalies.length, products: products.length, own, competitor: anomalies.length - own });

  const sign = (workspaceIds: string[]) =>
    unsubscribeUrl(appUrl, signUnsubscribeToken({ userId: recipient.userId, workspaceIds, stop: { digest: true } }, secret));
  const allIds = workspaceOrder.map((w) => w.id);
  const link = sign(allIds);
  const element = (
    <DigestEmail
      lang={locale}
      preview={summary}
      brand={t("alertEmail.brand")}
      heading={t("alertEmail.digest.heading", { date: day })}
      summary={summary}
      kindCounts={kindCounts}
      workspaces={workspaces}
      more={hidden > 0 ? { label: t("alertEmail.digest.more", { count: hidden }), url: workspaceUrl(appUrl, workspaceOrder[0]!.id, "/alerts") } : undefined}
      thresholdLabel={(threshold) => t("alertEmail.threshold", { threshold })}
      titleLegend={t("alertEmail.titleLegend")}
      footer={{
        text: t("alertEmail.footerDigest"),
        links: several
          ? workspaceOrder.map((w) => ({ label: `${t("alertEmail.settingsLink")} (${w.name})`, url: workspaceUrl(appUrl, w.id, "/settings/notifications") }))
          : allIds.flatMap((id) => settingsLinks(intl, appUrl, id)),
        unsubscribe: several
          ? workspaceOrder.map((w) => ({ label: t("alertEmail.digest.unsubscribeWorkspace", { workspace: w.name }), url: sign([w.id]) }))
          : [{ label: t("alertEmail.unsubscribeDigest"), url: link }],
      }}
    />
  );
  return {
    subject: digestSubject({ date: day, count: anomalies.length, critical: anomalies.filter((a) => a.severity === "critical").length, intl }),
    ...(await renderEmail(element)),
    headers: alertMailHeaders(link),
    attachments: [],
  };
}
