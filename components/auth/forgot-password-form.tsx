"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { AuthLink } from "@/components/auth/auth-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { requestPasswordReset } from "@/lib/actions/account";
import type { ActionError } from "@/lib/errors/to-action-error";

export function ForgotPasswordForm({ emailAvailable }: { emailAvailable: boolean }) {
  const t = useTranslations("account.forgot");
  const [error, setError] = useState<ActionError>();
  const [sent, setSent] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setError(undefined);
    startTransition(async () => {
      const res = await requestPasswordReset({ email });
      if (!res.ok) return setError(res.error);
      setSent(true);
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">{t("title")}</CardTitle>
        <CardDescription>{emailAvailable ? t("subtitle") : t("noEmail")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {!emailAvailable && (
          <p className="text-sm">
            {t("adminReset")} <code className="rounded bg-muted px-1 py-0.5 text-xs">npm run user:reset-password -- you@example.com</code>
          </p>
        )}
        {emailAvailable && sent && <FormMessage tone="success">{t("sent")}</FormMessage>}
        {emailAvailable && !sent && (
          <form onSubmit={onSubmit} className="grid gap-4" noValidate>
            {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
            <FormField id="email" label={t("email")} error={error?.fields?.email}>
              <Input {...fieldAria("email", error?.fields?.email)} type="email" autoComplete="email" required autoFocus />
            </FormField>
            <Button type="submit" disabled={pending}>
              {pending ? t("sending") : t("send")}
            </Button>
          </form>
        )}
        <AuthLink href="/sign-in" className="text-center text-sm">
          {t("back")}
        </AuthLink>
      </CardContent>
    </Card>
  );
}
