"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { renameWorkspace } from "@/lib/actions/workspace-settings";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/settings/use-action-form";

export function WorkspaceForm({ name, canEdit }: { name: string; canEdit: boolean }) {
  const t = useTranslations();
  const { submit, error, saved, pending, fieldError } = useActionForm(renameWorkspace);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ name: String(new FormData(event.currentTarget).get("workspaceName") ?? "") });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {saved && <FormMessage tone="success">{t("common.saved")}</FormMessage>}
      <FormField
        id="workspaceName"
        label={t("settings.workspace.name")}
        error={fieldError("name")}
        hint={canEdit ? undefined : t("settings.workspace.readOnly")}
      >
        <Input {...fieldAria("workspaceName", fieldError("name"))} defaultValue={name} disabled={!canEdit} required />
      </FormField>
      {canEdit && (
        <Button type="submit" disabled={pending} className="justify-self-start">
          {pending ? t("common.saving") : t("common.save")}
        </Button>
      )}
    </form>
  );
}
