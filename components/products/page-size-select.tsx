"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";
import { pageSizes } from "@/lib/products/list-params";

/** How many products a page of the list shows. */
export function PageSizeSelect({ size, onSize }: { size: number; onSize: (size: number) => void }) {
  const t = useTranslations("dashboard.list");
  return (
    <label className="flex items-center gap-2 text-muted-foreground">
      {t("pageSize")}
      <Select className="h-8 w-20" value={size} onChange={(e) => onSize(Number(e.target.value))}>
        {pageSizes.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </label>
  );
}
