"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { leaveWorkspaceAction } from "@/lib/actions/members";

export function LeaveWorkspaceButton({ workspaceName }: { workspaceName: string }) {
  const t = useTranslations("members");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const leave = () =>
    window.confirm(t("confirmLeave", { workspace: workspaceName })) &&
    startTransition(async () => {
      setError(undefined);
      const res = await leaveWorkspaceAction({});
      if (!res.ok) return setError(res.error.message);
      // A full navigation: the shell is rendered again for the workspace the app falls back to.
      window.location.assign("/dashboard");
    });
  return (
    <div className="grid gap-2">
      <p className="text-sm text-muted-foreground">{t("leaveDescription")}</p>
      <div>
        <Button variant="outline" disabled={pending} onClick={leave}>
          {t("leave")}
        </Button>
      </div>
      {error && <FormMessage tone="error">{error}</FormMessage>}
    </div>
  );
}
