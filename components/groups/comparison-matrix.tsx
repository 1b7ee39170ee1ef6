import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ComparisonMember, GroupComparison } from "@/lib/comparison/comparison-types";
import { cn } from "@/lib/ui/cn";

type Row = { key: string; label: string; hint?: string; cell: (m: ComparisonMember) => ReactNode };

// The group at its latest readings: one column per member (main first, highlighted), one row
// per metric. Wide tables scroll sideways on a phone instead of squeezing.
export async function ComparisonMatrix({ comparison }: { comparison: GroupComparison }) {
  const [t, format] = await Promise.all([getTranslations("groups.matrix"), getFormatter()]);
  const members = [comparison.main, ...comparison.competitors];
  const dash = <span className="text-muted-foreground">—</span>;
  const money = (v: number | null, currency: string | null) => (v === null ? dash : currency ? format.number(v, { style: "currency", currency }) : format.number(v));
  const num = (v: number | null, digits = 0) => (v === null ? dash : format.number(v, { maximumFractionDigits: digits, minimumFractionDigits: digits }));

  const rows: Row[] = [
    { key: "price", label: t("price"), cell: (m) => money(m.price, m.currency) },
    { key: "buyBox", label: t("buyBoxPrice"), cell: (m) => money(m.buyBoxPrice, m.currency) },
    {
      key: "gap",
      label: t("priceGap"),
      cell: (m) =>
        m.role === "main" ? <span className="text-muted-foreground">{t("reference")}</span>
        : m.priceGapPct === null ? dash
        : <span className={m.priceGapPct < 0 ? "text-emerald-700 dark:text-emerald-400" : "text-amber-700 dark:text-amber-400"}>{format.number(m.priceGapPct, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" })}</span>,
    },
    { key: "bsr", label: t("bsr"), hint: t("bsrHint"), cell: (m) => (m.bsr === null ? dash : <span title={m.bsrCategory ?? undefined}>#{format.number(m.bsr)}</span>) },
    {
      key: "rank",
      label: t("rank"),
      hint: t("rankHint"),
      cell: (m) => (m.bsrRankInGroup === null ? dash : <span className={cn("font-medium", m.bsrRankInGroup === 1 && "text-emerald-700 dark:text-emerald-400")}>{t("rankOf", { rank: m.bsrRankInGroup, size: members.length })}</span>),
    },
    { key: "rating", label: t("rating"), cell: (m) => num(m.rating, 1) },
    { key: "reviews", label: t("reviews"), cell: (m) => num(m.reviewCount) },
    { key: "v7", label: t("velocity7"), hint: t("velocityHint"), cell: (m) => num(m.reviewVelocity7d, 1) },
    { key: "v30", label: t("velocity30"), cell: (m) => num(m.reviewVelocity30d, 1) },
    { key: "stock", label: t("stock"), cell: (m) => (m.inStock === null ? dash : m.inStock ? t("inStock") : <span className="text-destructive">{t("outOfStock")}</span>) },
    { key: "age", label: t("listingAge"), hint: t("listingAgeHint"), cell: (m) => (m.listingAgeDays === null ? dash : t("days", { days: m.listingAgeDays })) },
    { key: "read", label: t("lastReading"), cell: (m) => (m.lastReadingAt ? format.relativeTime(new Date(m.lastReadingAt), new Date(comparison.computedAt)) : t("notRead")) },
  ];

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] border-collapse text-sm" data-testid="comparison-matrix">
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left font-medium text-muted-foreground">{t("metric")}</th>
            {members.map((m) => (
              <th key={m.productId} scope="col" data-role={m.role} className={cn("p-2 text-left align-bottom font-medium", m.role === "main" && "bg-primary/10")}>
                <span className="block text-xs uppercase text-muted-foreground">{m.role === "main" ? t("mainProduct") : t("competitor")}</span>
                <span className="block font-mono">{m.asin}</span>
                <span className="block max-w-40 truncate text-xs font-normal text-muted-foreground" title={m.title ?? undefined}>{m.brand ?? m.title ?? ""}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t" data-metric={row.key}>
              <th scope="row" className="p-2 text-left font-normal">
                {row.label}
                {row.hint && <span className="block text-xs text-muted-foreground">{row.hint}</span>}
              </th>
              {members.map((m) => (
                <td key={m.productId} className={cn("p-2 tabular-nums", m.role === "main" && "bg-primary/10 font-medium")}>{row.cell(m)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
