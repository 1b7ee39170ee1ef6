"use client";

import { Loader2, RefreshCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { refreshAllProducts } from "@/lib/actions/products";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** "Refresh all": every active product of the workspace, read in the background. */
export function RefreshAllButton({ onStarted }: { onStarted: () => void }) {
  const t = useTranslations("products.table");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();

  function refresh() {
    setStatus(undefined);
    startTransition(async () => {
      const res = await refreshAllProducts({});
      if (!res.ok) return setStatus({ tone: "error", text: res.error.message });
      setStatus({ tone: "success", text: res.data.products === 0 ? t("refreshAllNone") : t("refreshAllStarted", { count: res.data.products }) });
      onStarted();
    });
  }

  return (
    <>
      <Button size="sm" variant="outline" onClick={refresh} disabled={pending}>
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <RefreshCcw className="h-4 w-4" aria-hidden />}
        {t("refreshAll")}
      </Button>
      {status && (
        <div className="basis-full" aria-live="polite">
          <FormMessage tone={status.tone}>{status.text}</FormMessage>
        </div>
      )}
    </>
  );
}
