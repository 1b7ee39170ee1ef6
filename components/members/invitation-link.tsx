"use client";

import { useTranslations } from "next-intl";
import { SecretField } from "@/components/alert-settings/secret-field";
import { FormMessage } from "@/components/ui/form-message";

/** The link an invite or re-send just made: shown here once, since only its hash is stored. */
export function InvitationLink({ id, email, link, emailed }: { id: string; email: string; link: string; emailed: boolean }) {
  const t = useTranslations("members.invite");
  return (
    <div className="grid gap-2" data-testid="invitation-link">
      {emailed ? (
        <FormMessage tone="success">{t("emailed", { email })}</FormMessage>
      ) : (
        <p role="status" className="rounded-md border px-3 py-2 text-sm">
          {t("notEmailed", { email })}
        </p>
      )}
      <SecretField id={id} label={t("link")} secret={link} />
    </div>
  );
}
