"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeWebhook, showWebhookSecret, toggleWebhook } from "@/lib/actions/webhooks";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SecretField } from "@/components/alert-settings/secret-field";

/** Disable/enable, delete and show the secret of one webhook (owners and admins). */
export function WebhookActions({ id, url, active }: { id: string; url: string; active: boolean }) {
  const t = useTranslations("alertSettings.webhooks");
  const router = useRouter();
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>) =>
    startTransition(async () => {
      setError(undefined);
      const res = await action();
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => toggleWebhook({ id, active: !active }))}>
          {active ? t("disable") : t("enable")}
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={pending}
          aria-expanded={secret !== undefined}
          onClick={() =>
            secret !== undefined
              ? setSecret(undefined)
              : startTransition(async () => {
                  const res = await showWebhookSecret({ id });
                  if (res.ok) setSecret(res.data.secret);
                  else setError(res.error.message);
                })
          }
        >
          {secret !== undefined ? t("hideSecret") : t("showSecret")}
        </Button>
        <Button
          size="sm"
          variant="destructive"
          disabled={pending}
          onClick={() => window.confirm(t("confirmDelete", { url })) && run(() => removeWebhook({ id }))}
        >
          {t("delete")}
        </Button>
      </div>
      {secret !== undefined && <SecretField id={`secret-${id}`} label={t("secret")} secret={secret} />}
      {error && <FormMessage tone="error">{error}</FormMessage>}
    </div>
  );
}
