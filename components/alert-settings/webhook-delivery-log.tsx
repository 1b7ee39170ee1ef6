import { getFormatter, getTranslations } from "next-intl/server";
import type { WebhookListItem } from "@/lib/webhooks/manage-webhooks";
import { deliveryErrorKey } from "@/lib/webhooks/post-webhook";
import { RedeliverButton } from "@/components/alert-settings/redeliver-button";
import { cn } from "@/lib/ui/cn";

const statusTone = { sent: "text-success", failed: "text-destructive", pending: "text-muted-foreground" } as const;

/** The latest deliveries of one webhook: when, which alert, outcome, HTTP status, attempts, error; admins may redeliver a finished one. */
export async function WebhookDeliveryLog({ deliveries, canRedeliver }: { deliveries: WebhookListItem["deliveries"]; canRedeliver: boolean }) {
  const [t, tKinds, tStatus, format] = await Promise.all([
    getTranslations("webhookSettings"),
    getTranslations("anomalies.kinds"),
    getTranslations("alertSettings.status"),
    getFormatter(),
  ]);
  if (deliveries.length === 0) return <p className="text-sm text-muted-foreground">{t("logEmpty")}</p>;
  // The app's own stable errors are translated; a receiver's or the network's text is shown as is.
  const errorText = (lastError: string | null) => {
    const key = lastError ? deliveryErrorKey(lastError) : null;
    return key ? t(`errors.${key}`) : (lastError ?? "");
  };
  const time = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">{t("log")}</caption>
        <thead className="text-muted-foreground">
          <tr>
            {(["time", "alert", "status", "code", "attempts", "error", ...(canRedeliver ? (["actions"] as const) : [])] as const).map((c) => (
              <th key={c} scope="col" className="whitespace-nowrap py-1 pr-3 font-medium">
                {t(`logColumns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className="border-t align-top">
              <td className="whitespace-nowrap py-1 pr-3">{time(d.sentAt ?? d.createdAt)}</td>
              <td className="py-1 pr-3">
                {tKinds(d.anomaly.kind)} · {d.anomaly.product.asin} ({d.anomaly.product.marketplace})
              </td>
              <td className={cn("whitespace-nowrap py-1 pr-3 font-medium", statusTone[d.status])}>
                {tStatus(d.status)}
                {d.status === "pending" && d.attempts > 0 && (
                  <span className="block font-normal text-muted-foreground">{t("nextAttempt", { time: time(d.nextAttemptAt) })}</span>
                )}
              </td>
              <td className="py-1 pr-3 font-mono">{d.statusCode ?? "—"}</td>
              <td className="py-1 pr-3">{d.attempts}</td>
              <td className="max-w-48 break-words py-1 pr-3 text-muted-foreground">{errorText(d.lastError)}</td>
              {canRedeliver && <td className="py-1">{d.status !== "pending" && <RedeliverButton deliveryId={d.id} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
