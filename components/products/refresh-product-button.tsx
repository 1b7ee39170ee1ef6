"use client";

import { Loader2, RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { RefreshStatusMessage } from "@/components/products/refresh-status";
import { useRefreshProducts } from "@/components/products/use-refresh-products";

/** "Refresh now" on the product page: reads this one product and shows what came back. */
export function RefreshProductButton({ productId }: { productId: string }) {
  const t = useTranslations("products.table");
  const router = useRouter();
  const { refresh, pending, status } = useRefreshProducts(() => router.refresh());
  return (
    <div className="grid justify-items-start gap-2" aria-live="polite">
      <Button size="sm" variant="outline" onClick={() => refresh([productId])} disabled={pending}>
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <RefreshCw className="h-4 w-4" aria-hidden />}
        {pending ? t("refreshing") : t("refresh")}
      </Button>
      <RefreshStatusMessage status={status} />
    </div>
  );
}
