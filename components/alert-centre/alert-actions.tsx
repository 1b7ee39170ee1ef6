"use client";

import { Check, CheckCheck, Eye } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { acknowledge, markAllRead, markRead } from "@/lib/actions/alerts";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/errors/to-action-error";

function useRun() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<ActionResult<unknown>>) => {
    setError(undefined);
    startTransition(async () => {
      const res = await action();
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
  };
  return { pending, error, run };
}

export function AlertItemActions({ id, read, acknowledged }: { id: string; read: boolean; acknowledged: boolean }) {
  const t = useTranslations("alerts.list");
  const { pending, error, run } = useRun();
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!read && (
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => markRead({ ids: [id] }))}>
          <Eye className="h-4 w-4" aria-hidden />
          {t("markRead")}
        </Button>
      )}
      {!acknowledged && (
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => acknowledge({ ids: [id] }))}>
          <Check className="h-4 w-4" aria-hidden />
          {t("acknowledge")}
        </Button>
      )}
      {error && <FormMessage tone="error">{error}</FormMessage>}
    </div>
  );
}

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const t = useTranslations("alerts.list");
  const { pending, error, run } = useRun();
  return (
    <div className="flex items-center gap-2">
      <Button size="sm" variant="outline" disabled={disabled || pending} onClick={() => run(() => markAllRead({}))}>
        <CheckCheck className="h-4 w-4" aria-hidden />
        {t("markAllRead")}
      </Button>
      {error && <FormMessage tone="error">{error}</FormMessage>}
    </div>
  );
}
