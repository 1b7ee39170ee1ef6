"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="grid max-w-md gap-3">
      <h1 className="text-xl font-semibold">{t("errorPage.title")}</h1>
      <p className="text-sm text-muted-foreground">{t("codes.INTERNAL")}</p>
      <Button onClick={reset} className="justify-self-start">
        {t("errorPage.retry")}
      </Button>
    </div>
  );
}
