"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { updateProfile } from "@/lib/actions/profile";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { locales } from "@/lib/i18n/locales";
import type { ProfileInput } from "@/lib/users/schemas";
import { useActionForm } from "@/components/settings/use-action-form";

export function ProfileForm({ name, email, locale }: { name: string; email: string; locale: string }) {
  const t = useTranslations();
  const { submit, error, saved, pending, fieldError } = useActionForm(updateProfile);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({ name: String(form.get("name") ?? ""), locale: String(form.get("locale") ?? "") as ProfileInput["locale"] });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {saved && <FormMessage tone="success">{t("common.saved")}</FormMessage>}
      <FormField id="name" label={t("settings.profile.name")} error={fieldError("name")}>
        <Input {...fieldAria("name", fieldError("name"))} defaultValue={name} autoComplete="name" required />
      </FormField>
      <FormField id="email" label={t("settings.profile.email")}>
        <Input id="email" value={email} readOnly disabled />
      </FormField>
      <FormField id="locale" label={t("settings.profile.language")} error={fieldError("locale")}>
        <Select {...fieldAria("locale", fieldError("locale"))} defaultValue={locale}>
          <option value="">{t("settings.profile.languageBrowser")}</option>
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(`common.languages.${l}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
