"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { acceptInvitationAction } from "@/lib/actions/members";

export function AcceptInvitationButton({ token }: { token: string }) {
  const t = useTranslations("invitePage");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const accept = () =>
    startTransition(async () => {
      setError(undefined);
      const res = await acceptInvitationAction({ token });
      if (!res.ok) return setError(res.error.message);
      // A full navigation: the whole app shell (switcher, role) is rendered for the new workspace.
      window.location.assign("/dashboard");
    });
  return (
    <div className="grid gap-2">
      {error && <FormMessage tone="error">{error}</FormMessage>}
      <Button onClick={accept} disabled={pending}>
        {pending ? t("accepting") : t("accept")}
      </Button>
    </div>
  );
}
