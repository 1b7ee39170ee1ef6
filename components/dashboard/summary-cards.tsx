import { AlertTriangle, Boxes, PackageX, TrendingUp } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardSummary } from "@/lib/dashboard/load-dashboard-summary";
import { cn } from "@/lib/ui/cn";

// The four numbers a seller checks first. Out of stock and failing link to the list,
// filtered to exactly those products.
export async function SummaryCards({ summary }: { summary: DashboardSummary }) {
  const t = await getTranslations("dashboard.summary");
  const format = await getFormatter();
  const cards = [
    { key: "tracked", label: t("tracked"), value: summary.tracked, icon: Boxes, tone: "" },
    { key: "priceMoves", label: t("priceMoves"), value: summary.priceMovesToday, icon: TrendingUp, tone: "", hint: t("priceMovesHint") },
    { key: "outOfStock", label: t("outOfStock"), value: summary.outOfStock, icon: PackageX, tone: summary.outOfStock > 0 ? "text-destructive" : "", href: "/dashboard?stock=out" },
    { key: "failing", label: t("failing"), value: summary.failing, icon: AlertTriangle, tone: summary.failing > 0 ? "text-amber-700 dark:text-amber-300" : "", href: "/dashboard?failing=1" },
  ];
  return (
    <section aria-label={t("label")} className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
      {cards.map(({ key, label, value, icon: Icon, tone, hint, href }) => (
        <div key={key} className="rounded-lg border bg-card p-4 text-card-foreground shadow-sm" data-testid={`summary-${key}`} title={hint}>
          <div className="flex items-center justify-between gap-2 text-xs font-medium text-muted-foreground">
            <span>{label}</span>
            <Icon className="h-4 w-4" aria-hidden />
          </div>
          <div className={cn("mt-2 text-2xl font-semibold tabular-nums", tone)} data-testid="summary-value">
            {format.number(value)}
          </div>
          {href && value > 0 && (
            <Link href={href} className="mt-1 inline-block text-xs text-primary underline-offset-4 hover:underline">
              {t("show")}
            </Link>
          )}
        </div>
      ))}
    </section>
  );
}
