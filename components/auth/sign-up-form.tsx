"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { signUp } from "@/lib/actions/sign-up";
import { AuthLink, goAfterSignIn, withCallback } from "@/components/auth/auth-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import type { ActionError } from "@/lib/errors/to-action-error";

/** `callbackPath`: an in-app path (checked by the page) to land on once the account exists. */
export function SignUpForm({ callbackPath, defaultEmail }: { callbackPath: string | null; defaultEmail?: string }) {
  const t = useTranslations("auth.signUp");
  const router = useRouter();
  const [error, setError] = useState<ActionError>();
  const [checkInbox, setCheckInbox] = useState(false);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setError(undefined);
    startTransition(async () => {
      const res = await signUp(input);
      if (!res.ok) return setError(res.error);
      const signedIn = await signIn("credentials", { email: res.data.email, password: input.password, redirect: false });
      // The address already had an account (sign-up does not say so): its owner got an email.
      if (signedIn?.error) return setCheckInbox(true);
      if (callbackPath) return goAfterSignIn(callbackPath);
      router.replace("/dashboard");
      router.refresh();
    });
  }

  const fieldError = (name: string) => error?.fields?.[name];
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">{t("title")}</CardTitle>
        <CardDescription>{t("subtitle")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
          {checkInbox && <FormMessage tone="success">{t("checkInbox")}</FormMessage>}
          <FormField id="name" label={t("name")} error={fieldError("name")}>
            <Input {...fieldAria("name", fieldError("name"))} autoComplete="name" required autoFocus />
          </FormField>
          <FormField id="email" label={t("email")} error={fieldError("email")}>
            <Input {...fieldAria("email", fieldError("email"))} type="email" autoComplete="email" defaultValue={defaultEmail} required />
          </FormField>
          <FormField id="password" label={t("password")} hint={t("passwordHint")} error={fieldError("password")}>
            <Input {...fieldAria("password", fieldError("password"))} type="password" autoComplete="new-password" required />
          </FormField>
          <Button type="submit" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
          <p className="text-center text-sm text-muted-foreground">
            {t("haveAccount")}{" "}
            <AuthLink href={withCallback("/sign-in", callbackPath)}>
              {t("signInLink")}
            </AuthLink>
          </p>
        </form>
      </CardContent>
    </Card>
  );
}
