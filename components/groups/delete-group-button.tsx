"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteGroupAction } from "@/lib/actions/groups";
import { Button } from "@/components/ui/button";

export function DeleteGroupButton({ id, name, redirectTo }: { id: string; name: string; redirectTo?: string }) {
  const t = useTranslations("groups.list");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const remove = () => {
    if (!window.confirm(t("confirmDelete", { name }))) return;
    start(async () => {
      const res = await deleteGroupAction({ id });
      if (!res.ok) return setError(res.error.message);
      if (redirectTo) router.push(redirectTo);
      router.refresh();
    });
  };
  return (
    <>
      <Button type="button" size="sm" variant="ghost" className="text-destructive" disabled={pending} onClick={remove}>{t("delete")}</Button>
      {error && <p role="alert" className="text-xs text-destructive">{error}</p>}
    </>
  );
}
