"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { addWebhook } from "@/lib/actions/webhooks";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import type { ActionError } from "@/lib/errors/to-action-error";
import type { WebhookInput } from "@/lib/alerts/schemas";
import { KindCheckboxes } from "@/components/alert-settings/kind-checkboxes";
import { SecretField } from "@/components/alert-settings/secret-field";

export function WebhookCreateForm() {
  const t = useTranslations();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ActionError>();
  const [created, setCreated] = useState<{ url: string; secret: string }>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { url: String(form.get("url") ?? ""), kinds: form.getAll("kinds").map(String) as WebhookInput["kinds"] };
    setError(undefined);
    setCreated(undefined);
    startTransition(async () => {
      const res = await addWebhook(input);
      if (!res.ok) return setError(res.error);
      setCreated({ url: res.data.url, secret: res.data.secret });
      formRef.current?.reset();
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {created && (
        <div className="grid gap-2">
          <FormMessage tone="success">{t("webhookSettings.created")}</FormMessage>
          <SecretField id="new-webhook-secret" label={t("webhookSettings.secret")} secret={created.secret} />
        </div>
      )}
      <FormField id="url" label={t("webhookSettings.url")} error={error?.fields?.url} hint={t("webhookSettings.urlHint")}>
        <Input {...fieldAria("url", error?.fields?.url)} type="url" inputMode="url" placeholder="https://" autoComplete="off" required />
      </FormField>
      <KindCheckboxes selected={[]} error={error?.fields?.kinds} hint={t("webhookSettings.kindsHint")} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("webhookSettings.adding") : t("webhookSettings.add")}
      </Button>
    </form>
  );
}
