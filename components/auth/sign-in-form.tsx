"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { AuthLink, goAfterSignIn, withCallback } from "@/components/auth/auth-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

/** `callbackPath`: an in-app path (checked by the page) to return to after signing in. */
export function SignInForm({ callbackPath }: { callbackPath: string | null }) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    startTransition(async () => {
      const res = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!res || res.error) {
        setError(res?.error === "RATE_LIMITED" ? t("rateLimited") : res?.error === "UNAVAILABLE" ? t("unavailable") : t("invalid"));
        return;
      }
      if (callbackPath) return goAfterSignIn(callbackPath);
      router.replace("/dashboard");
      router.refresh();
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1">{t("title")}</CardTitle>
        <CardDescription>{t("subtitle")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          {error && <FormMessage tone="error">{error}</FormMessage>}
          <FormField id="email" label={t("email")}>
            <Input {...fieldAria("email")} type="email" autoComplete="email" required autoFocus />
          </FormField>
          <FormField id="password" label={t("password")}>
            <Input {...fieldAria("password")} type="password" autoComplete="current-password" required />
          </FormField>
          <Button type="submit" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
          <AuthLink href="/forgot-password" className="text-center text-sm">
            {t("forgot")}
          </AuthLink>
          <p className="text-center text-sm text-muted-foreground">
            {t("noAccount")}{" "}
            <AuthLink href={withCallback("/sign-up", callbackPath)}>
              {t("signUpLink")}
            </AuthLink>
          </p>
        </form>
      </CardContent>
    </Card>
  );
}
