"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { InvitationLink } from "@/components/members/invitation-link";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { inviteMemberAction } from "@/lib/actions/members";
import type { ActionError } from "@/lib/errors/to-action-error";
import type { Role } from "@/lib/generated/prisma/enums";

/** Email + role; the answer's link stays on screen so it can be copied when no email went out. */
export function InviteForm({ roles }: { roles: readonly Role[] }) {
  const t = useTranslations("members");
  const router = useRouter();
  const [error, setError] = useState<ActionError>();
  const [sent, setSent] = useState<{ email: string; link: string; emailed: boolean }>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "") as Role };
    setError(undefined);
    setSent(undefined);
    startTransition(async () => {
      const res = await inviteMemberAction(input);
      if (!res.ok) return setError(res.error);
      setSent({ email: input.email.trim(), link: res.data.link, emailed: res.data.emailed });
      router.refresh();
    });
  }
  const fieldError = (name: string) => error?.fields?.[name];
  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={t("invite.title")}>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <FormField id="invite-email" label={t("email")} error={fieldError("email")}>
          <Input {...fieldAria("invite-email", fieldError("email"))} name="email" type="email" autoComplete="off" required />
        </FormField>
        <FormField id="invite-role" label={t("role")} error={fieldError("role")}>
          <Select {...fieldAria("invite-role", fieldError("role"))} name="role" defaultValue="member">
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("invite.submitting") : t("invite.submit")}
        </Button>
      </div>
      {sent && <InvitationLink id="invite-link" {...sent} />}
    </form>
  );
}
