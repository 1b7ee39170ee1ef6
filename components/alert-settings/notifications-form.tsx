"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { updateNotifications } from "@/lib/actions/notifications";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/settings/use-action-form";
import type { NotificationPreferencesInput } from "@/lib/alerts/schemas";
import { KindCheckboxes } from "@/components/alert-settings/kind-checkboxes";

const modes = ["instant", "digest", "none"] as const;

/**
 * Email mode and kinds. Without a working SMTP server nothing is ever emailed, so the choices
 * are shown (they are kept for when email is on) but cannot be changed, and say why.
 */
export function NotificationsForm({ emailMode, alertKinds, emailAvailable }: { emailMode: string; alertKinds: string[]; emailAvailable: boolean }) {
  const t = useTranslations();
  const { submit, error, saved, pending, fieldError } = useActionForm(updateNotifications);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit({
      emailMode: String(form.get("emailMode") ?? "") as NotificationPreferencesInput["emailMode"],
      kinds: form.getAll("kinds").map(String) as NotificationPreferencesInput["kinds"],
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-6" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {saved && <FormMessage tone="success">{t("common.saved")}</FormMessage>}
      {!emailAvailable && (
        <p className="text-sm text-muted-foreground" data-testid="email-choices-disabled">
          {t("alertSettings.notifications.choicesDisabled")}
        </p>
      )}
      <fieldset className="grid gap-2 disabled:opacity-60" disabled={!emailAvailable}>
        <legend className="mb-1 text-sm font-medium">{t("alertSettings.notifications.mode")}</legend>
        {modes.map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-sm">
            <input type="radio" name="emailMode" value={mode} defaultChecked={emailMode === mode} className="size-4 accent-primary" />
            {t(`alertSettings.notifications.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <KindCheckboxes selected={alertKinds} error={fieldError("kinds")} hint={t("alertSettings.notifications.kindsHint")} disabled={!emailAvailable} />
      <Button type="submit" disabled={pending || !emailAvailable} className="justify-self-start">
        {pending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
