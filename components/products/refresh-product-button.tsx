"use client";

import { Loader2, RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { refreshProductsNow } from "@/app/(app)/products/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** "Refresh now" on the product page: reads this one product and shows what came back. */
export function RefreshProductButton({ productId }: { productId: string }) {
  const t = useTranslations("products.table");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; lines: string[] }>();

  function refresh() {
    setStatus(undefined);
    startTransition(async () => {
      const res = await refreshProductsNow({ ids: [productId] });
      if (!res.ok) return setStatus({ tone: "error", lines: [res.error.message] });
      const d = res.data;
      setStatus({ tone: d.failures.length > 0 ? "error" : "success", lines: [t("refreshDone", { products: d.products, stored: d.readingsStored, failed: d.failures.length }), ...d.failures] });
      router.refresh();
    });
  }

  return (
    <div className="grid justify-items-start gap-2" aria-live="polite">
      <Button size="sm" variant="outline" onClick={refresh} disabled={pending}>
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <RefreshCw className="h-4 w-4" aria-hidden />}
        {pending ? t("refreshing") : t("refresh")}
      </Button>
      {status && (
        <FormMessage tone={status.tone}>
          {status.lines.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </FormMessage>
      )}
    </div>
  );
}
