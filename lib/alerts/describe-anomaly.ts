import { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";
import { readEnv } from "@/lib/config/env";
import type { AlertAnomaly } from "@/lib/alerts/alert-anomaly";
import { workspaceUrl } from "@/lib/links/workspace-url";
import { formatEmailTime } from "@/lib/alerts/emails/email-intl";

type AnomalyReason = { key: string; values?: Record<string, string | number> };

/** An anomaly in words of one language, ready for an email or a webhook payload. */
export type AnomalyText = {
  id: string;
  kind: string;
  kindLabel: string;
  severity: string;
  severityLabel: string;
  productName: string;
  productLine: string;
  reason: string;
  before?: string;
  after?: string;
  detectedAt: string;
  productUrl: string;
};

/** The product page at the anomaly's moment, in the anomaly's workspace whatever is active. */
export function productUrl(anomaly: Pick<AlertAnomaly, "workspaceId" | "productId" | "detectedAt">, appUrl = readEnv().appUrl) {
  return workspaceUrl(appUrl, anomaly.workspaceId, `/products/${anomaly.productId}?at=${encodeURIComponent(anomaly.detectedAt.toISOString())}`);
}

function asReason(value: unknown): AnomalyReason {
  const r = (value ?? {}) as Partial<AnomalyReason>;
  return { key: typeof r.key === "string" ? r.key : "", values: r.values && typeof r.values === "object" ? r.values : {} };
}

// The reason is stored as a message key with display-ready values (written by detection), so
// each recipient reads it in their own language; an unknown key falls back to the kind's name.
export function describeAnomaly(anomaly: AlertAnomaly, locale: Locale, messages: Messages, appUrl = readEnv().appUrl, timeZone = "UTC"): AnomalyText {
  const t = createTranslator({ locale, messages: messages as never, onError: () => undefined });
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const has = (key: string) => (t as unknown as { has: (k: string) => boolean }).has(key);
  const reason = asReason(anomaly.reason);
  const kindLabel = tr(`anomalies.kinds.${anomaly.kind}`);
  const { product } = anomaly;
  const name = product.title ? truncate(product.title, 70) : product.asin;
  const values = reason.values ?? {};
  return {
    id: anomaly.id,
    kind: anomaly.kind,
    kindLabel,
    severity: anomaly.severity,
    severityLabel: tr(`anomalies.severities.${anomaly.severity}`),
    productName: name,
    productLine: tr("alertEmail.productLine", { asin: product.asin, marketplace: product.marketplace }),
    reason: reason.key && has(`anomalies.reasons.${reason.key}`) ? tr(`anomalies.reasons.${reason.key}`, values) : kindLabel,
    before: values.before !== undefined ? String(values.before) : undefined,
    after: values.after !== undefined ? String(values.after) : undefined,
    detectedAt: formatEmailTime(anomaly.detectedAt, locale, timeZone),
    productUrl: productUrl(anomaly, appUrl),
  };
}

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
