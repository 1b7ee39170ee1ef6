"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { AuthLink } from "@/components/auth/auth-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { resetPassword } from "@/lib/actions/account";
import type { ActionError } from "@/lib/errors/to-action-error";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account.reset");
  const [error, setError] = useState<ActionError>();
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setError(undefined);
    startTransition(async () => {
      const res = await resetPassword({ token, password });
      if (!res.ok) return setError(res.error);
      setDone(true);
    });
  }

  const linkError = error?.fields?.token;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">{t("title")}</CardTitle>
        <CardDescription>{t("subtitle")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {done ? (
          <FormMessage tone="success">{t("done")}</FormMessage>
        ) : (
          <form onSubmit={onSubmit} className="grid gap-4" noValidate>
            {(linkError || (error && !error.fields)) && <FormMessage tone="error">{linkError ?? error?.message}</FormMessage>}
            <FormField id="password" label={t("password")} hint={t("hint")} error={error?.fields?.password}>
              <Input {...fieldAria("password", error?.fields?.password)} type="password" autoComplete="new-password" required autoFocus />
            </FormField>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
          </form>
        )}
        <AuthLink href={linkError ? "/forgot-password" : "/sign-in"} className="text-center text-sm">
          {linkError ? t("askAgain") : t("signIn")}
        </AuthLink>
      </CardContent>
    </Card>
  );
}
