"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteCategoryAction, searchCategoryNowAction, setCategoryScheduledAction } from "@/lib/actions/discovery";
import { Button } from "@/components/ui/button";

export function CategoryControls({ categoryId, scheduled }: { categoryId: string; scheduled: boolean }) {
  const t = useTranslations("discovery.categories");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const searchNow = () =>
    startTransition(async () => {
      setMessage(undefined);
      const res = await searchCategoryNowAction({ categoryId });
      if (!res.ok) return setMessage({ ok: false, text: res.error.message });
      const failed = res.data.failed.map((f) => f.keyword).join(", ");
      setMessage({ ok: true, text: t("searched", { count: res.data.newEntrants }) + (failed ? ` ${t("someFailed", { keywords: failed })}` : "") });
      router.refresh();
    });
  const toggle = () =>
    startTransition(async () => {
      const res = await setCategoryScheduledAction({ categoryId, scheduled: !scheduled });
      if (!res.ok) return setMessage({ ok: false, text: res.error.message });
      router.refresh();
    });
  const remove = () =>
    startTransition(async () => {
      if (!window.confirm(t("confirmDelete"))) return;
      const res = await deleteCategoryAction({ categoryId });
      if (!res.ok) return setMessage({ ok: false, text: res.error.message });
      router.push("/discovery");
    });

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={searchNow} disabled={pending}>{pending ? t("searching") : t("searchNow")}</Button>
        <Button type="button" variant="outline" onClick={toggle} disabled={pending}>{scheduled ? t("unschedule") : t("schedule")}</Button>
        <Button type="button" variant="ghost" onClick={remove} disabled={pending}>{t("delete")}</Button>
      </div>
      {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm" : "text-sm text-destructive"}>{message.text}</p>}
    </div>
  );
}
