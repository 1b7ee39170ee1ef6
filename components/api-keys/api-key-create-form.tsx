"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { SecretField } from "@/components/alert-settings/secret-field";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { addApiKey } from "@/lib/actions/api-keys";
import type { ActionError } from "@/lib/errors/to-action-error";

type Scope = "read" | "write";

/** Name, scopes and an optional expiry; the new key is shown once, with a copy button. */
export function ApiKeyCreateForm() {
  const t = useTranslations("apiKeySettings");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ActionError>();
  const [key, setKey] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      scopes: form.getAll("scopes").map(String) as Scope[],
      expiresAt: String(form.get("expiresAt") ?? ""),
    };
    setError(undefined);
    setKey(undefined);
    setCopied(false);
    startTransition(async () => {
      const res = await addApiKey(input);
      if (!res.ok) return setError(res.error);
      setKey(res.data.key);
      formRef.current?.reset();
      router.refresh();
    });
  }

  async function copy() {
    if (!key) return;
    await navigator.clipboard.writeText(key);
    setCopied(true);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {key && (
        <div className="grid gap-2">
          <FormMessage tone="success">{t("created")}</FormMessage>
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <SecretField id="new-api-key" label={t("newKey")} secret={key} />
            </div>
            <Button type="button" variant="outline" onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </Button>
          </div>
        </div>
      )}
      <FormField id="name" label={t("name")} error={error?.fields?.name} hint={t("nameHint")}>
        <Input {...fieldAria("name", error?.fields?.name)} maxLength={80} autoComplete="off" required />
      </FormField>
      <fieldset className="grid gap-1.5" aria-describedby={error?.fields?.scopes ? "scopes-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("scopes")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="scopes" value="read" defaultChecked /> {t("scopeRead")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="scopes" value="write" /> {t("scopeWrite")}
        </label>
        {error?.fields?.scopes && (
          <p id="scopes-error" role="alert" className="text-xs text-destructive">
            {error.fields.scopes}
          </p>
        )}
      </fieldset>
      <FormField id="expiresAt" label={t("expiresAt")} error={error?.fields?.expiresAt} hint={t("expiresHint")}>
        <Input {...fieldAria("expiresAt", error?.fields?.expiresAt)} type="date" className="w-48" />
      </FormField>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("creating") : t("create")}
      </Button>
    </form>
  );
}
