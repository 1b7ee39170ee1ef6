"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useRef } from "react";
import { useActionForm } from "@/components/settings/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { changePassword } from "@/lib/actions/account";

export function PasswordForm() {
  const t = useTranslations("account.password");
  const form = useRef<HTMLFormElement>(null);
  const { submit, error, saved, pending, fieldError } = useActionForm(changePassword);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submit({ currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") });
  }
  if (saved) form.current?.reset();

  return (
    <form ref={form} onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {saved && <FormMessage tone="success">{t("changed")}</FormMessage>}
      <FormField id="currentPassword" label={t("current")} error={fieldError("currentPassword")}>
        <Input {...fieldAria("currentPassword", fieldError("currentPassword"))} type="password" autoComplete="current-password" required />
      </FormField>
      <FormField id="newPassword" label={t("new")} hint={t("hint")} error={fieldError("newPassword")}>
        <Input {...fieldAria("newPassword", fieldError("newPassword"))} type="password" autoComplete="new-password" required />
      </FormField>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("changing") : t("change")}
      </Button>
    </form>
  );
}
