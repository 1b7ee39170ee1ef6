import type { LoadedAnomaly } from "@/lib/alerts/load-deliveries";
import { describeAnomaly } from "@/lib/alerts/describe-anomaly";
import type { Messages } from "@/lib/i18n/load-messages";
import { readEnv } from "@/lib/config/env";
import { marketplaces, productUrl } from "@/lib/marketplaces/marketplaces";
import type { AnomalyWebhookEvent, TestWebhookEvent } from "@/lib/webhooks/event-schema";
import { groupKinds, moneyKinds, valuesByKind } from "@/lib/webhooks/event-values-by-kind";

/** Derived from the anomaly, not the delivery: every endpoint, retry and redelivery of one alert carries it. */
const eventIdFor = (anomalyId: string) => `evt_${anomalyId}`;

/** The v1 webhook body for one anomaly (docs/webhooks.md); `englishMessages` renders the reason. */
export function buildWebhookEvent(anomaly: LoadedAnomaly, englishMessages: Messages, appUrl = readEnv().appUrl): AnomalyWebhookEvent {
  const text = describeAnomaly(anomaly, "en", englishMessages, appUrl);
  const { product, workspace } = anomaly;
  const currency = marketplaces[product.marketplace].currency;
  const reasonValues = ((anomaly.reason as { values?: Record<string, string | number> } | null)?.values ?? {}) as Record<string, string | number>;
  const values = valuesByKind[anomaly.kind]({ before: anomaly.before, after: anomaly.after, reasonValues, currency });
  return {
    version: 1,
    id: eventIdFor(anomaly.id),
    type: `anomaly.${anomaly.kind}`,
    created: anomaly.createdAt.toISOString(),
    detected_at: anomaly.detectedAt.toISOString(),
    workspace: { id: workspace.id, name: workspace.name },
    severity: anomaly.severity,
    product: {
      id: product.id,
      asin: product.asin,
      marketplace: product.marketplace,
      title: product.title,
      url: productUrl(product.marketplace, product.asin),
      app_url: text.productUrl,
    },
    // Group-relative reasons carry the group's name and main ASIN as detection saw them.
    group: groupKinds.has(anomaly.kind) ? { id: anomaly.groupId, name: String(reasonValues.group ?? ""), main_asin: String(reasonValues.main ?? "") } : null,
    currency: moneyKinds.has(anomaly.kind) ? currency : null,
    ...values,
    reason: text.reason,
  } as AnomalyWebhookEvent;
}

/** "Send test": an event with no alert behind it, so a receiver can be checked end to end. */
export function buildTestEvent({ webhook, workspace, now, nonce }: { webhook: { id: string; url: string }; workspace: { id: string; name: string }; now: Date; nonce: string }): TestWebhookEvent {
  return {
    version: 1,
    id: `evt_test_${nonce}`,
    type: "test.ping",
    created: now.toISOString(),
    workspace,
    webhook,
    message: "A test event from ASIN Radar. Your endpoint is reachable and can verify the signature.",
  };
}
