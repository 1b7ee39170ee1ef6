import { useTranslations } from "next-intl";
import type { ProductSummary } from "@/lib/products/product-summary";

/** ASIN, marketplace, kind and title of a product in one compact line. */
export function ProductLabel({ product }: { product: Pick<ProductSummary, "asin" | "marketplace" | "title" | "brand" | "kind"> }) {
  const t = useTranslations("groups");
  return (
    <span className="grid min-w-0 text-sm">
      <span className="flex flex-wrap items-center gap-1.5">
        <span className="font-mono font-medium">{product.asin}</span>
        <span className="rounded bg-muted px-1 text-xs">{product.marketplace}</span>
        <span className="text-xs text-muted-foreground">{t(`kinds.${product.kind}`)}</span>
      </span>
      <span className="truncate text-muted-foreground">{product.title ?? product.brand ?? t("noTitle")}</span>
    </span>
  );
}
