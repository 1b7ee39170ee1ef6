import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AnomalyListItem } from "@/lib/anomalies/list-anomalies";
import { cn } from "@/lib/ui/cn";
import { AlertItemActions } from "@/components/alert-centre/alert-actions";
import { ChangeValues } from "@/components/alert-centre/change-values";
import { SeverityBadge } from "@/components/alert-centre/severity-badge";

export async function AlertList({ items, now }: { items: AnomalyListItem[]; now: Date }) {
  const [t, tKinds, tReasons, format] = await Promise.all([
    getTranslations("alerts.list"),
    getTranslations("anomalies.kinds"),
    getTranslations("anomalies.reasons"),
    getFormatter(),
  ]);
  return (
    <ul className="grid gap-3" aria-label={t("label")}>
      {items.map((item) => (
        <li
          key={item.id}
          data-testid="alert"
          data-kind={item.kind}
          data-asin={item.product.asin}
          data-read={item.read}
          className={cn("grid gap-2 rounded-lg border bg-card p-4 text-card-foreground", !item.read && "border-primary/50")}
        >
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <SeverityBadge severity={item.severity} />
            <span className="font-medium">{tKinds(item.kind)}</span>
            {!item.read && <span className="rounded-full bg-primary px-2 py-0.5 text-xs text-primary-foreground">{t("unread")}</span>}
            {item.acknowledged && <span className="text-xs text-muted-foreground">{t("acknowledged")}</span>}
            <time dateTime={item.detectedAt.toISOString()} title={format.dateTime(item.detectedAt, { dateStyle: "medium", timeStyle: "short" })} className="ml-auto text-xs text-muted-foreground">
              {format.relativeTime(item.detectedAt, now)}
            </time>
          </div>
          <div className="text-sm">
            <Link href={item.href} className="font-medium underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring" title={t("openProduct")}>
              {item.product.title ?? t("untitled")}
            </Link>
            <span className="text-muted-foreground"> · {item.product.asin} · {item.product.marketplace}</span>
          </div>
          <p className="text-sm" data-testid="reason">{tReasons(item.reason.key, item.reason.values)}</p>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <ChangeValues item={item} />
            <div className="flex flex-wrap items-center gap-3">
              <Link href={`/products/${item.product.id}/alerts`} className="text-xs text-muted-foreground underline-offset-4 hover:underline">
                {t("thresholds")}
              </Link>
              <AlertItemActions id={item.id} read={item.read} acknowledged={item.acknowledged} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
