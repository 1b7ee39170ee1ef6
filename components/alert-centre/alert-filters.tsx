import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { anomalyKinds, anomalyStatuses, severities, type AnomalyFilters } from "@/lib/anomalies/list-anomalies";

type ProductOption = { id: string; asin: string; marketplace: string; title: string | null };

// A plain GET form: filters live in the URL (shareable, back button works, no JS needed).
export async function AlertFilters({ filters, products }: { filters: AnomalyFilters; products: ProductOption[] }) {
  const [t, tKinds, tSev] = await Promise.all([getTranslations("alerts.filters"), getTranslations("anomalies.kinds"), getTranslations("anomalies.severities")]);
  return (
    <form method="get" action="/alerts" aria-label={t("label")} className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]">
      <div className="grid gap-1">
        <Label htmlFor="f-status">{t("status")}</Label>
        <Select id="f-status" name="status" defaultValue={filters.status}>
          {anomalyStatuses.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
        </Select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="f-kind">{t("kind")}</Label>
        <Select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("allKinds")}</option>
          {anomalyKinds.map((k) => <option key={k} value={k}>{tKinds(k)}</option>)}
        </Select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="f-severity">{t("severity")}</Label>
        <Select id="f-severity" name="severity" defaultValue={filters.severity ?? ""}>
          <option value="">{t("allSeverities")}</option>
          {severities.map((s) => <option key={s} value={s}>{tSev(s)}</option>)}
        </Select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="f-product">{t("product")}</Label>
        <Select id="f-product" name="product" defaultValue={filters.product ?? ""}>
          <option value="">{t("allProducts")}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>{`${p.asin} (${p.marketplace})${p.title ? ` ${p.title.slice(0, 40)}` : ""}`}</option>
          ))}
        </Select>
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit" size="sm">{t("apply")}</Button>
        <Button asChild size="sm" variant="ghost"><Link href="/alerts">{t("reset")}</Link></Button>
      </div>
    </form>
  );
}
