"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { InvitationLink } from "@/components/members/invitation-link";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/actions/members";

/** Re-send (a new link, shown to copy) and revoke one pending invitation. */
export function InvitationActions({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("members.pending");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<{ link: string; emailed: boolean }>();
  const [pending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      setError(undefined);
      const res = await resendInvitationAction({ invitationId });
      if (!res.ok) return setError(res.error.message);
      setSent(res.data);
      router.refresh();
    });
  const revoke = () =>
    window.confirm(t("confirmRevoke", { email })) &&
    startTransition(async () => {
      setError(undefined);
      const res = await revokeInvitationAction({ invitationId });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" disabled={pending} onClick={resend}>
          {t("resend")}
        </Button>
        <Button size="sm" variant="destructive" disabled={pending} onClick={revoke}>
          {t("revoke")}
        </Button>
      </div>
      {error && <FormMessage tone="error">{error}</FormMessage>}
      {sent && <InvitationLink id={`link-${invitationId}`} email={email} {...sent} />}
    </div>
  );
}
