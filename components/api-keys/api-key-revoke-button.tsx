"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { revokeKey } from "@/lib/actions/api-keys";

export function ApiKeyRevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("apiKeySettings");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const revoke = () =>
    window.confirm(t("revokeConfirm", { name })) &&
    startTransition(async () => {
      const res = await revokeKey({ id });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
  return (
    <div className="grid gap-1">
      <Button type="button" variant="outline" size="sm" disabled={pending} onClick={revoke} aria-label={`${t("revoke")} ${name}`}>
        {t("revoke")}
      </Button>
      {error && <FormMessage tone="error">{error}</FormMessage>}
    </div>
  );
}
