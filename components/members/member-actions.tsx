"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/actions/members";
import type { ActionResult } from "@/lib/errors/to-action-error";
import type { Role } from "@/lib/generated/prisma/enums";

/** A member's role select and Remove button; the server decides what is allowed and says why not. */
export function MemberActions({ membershipId, name, role, roles }: { membershipId: string; name: string; role: Role; roles: readonly Role[] }) {
  const t = useTranslations("members");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      setError(undefined);
      const res = await action();
      if (!res.ok) return setError(res.error.fields?.role ?? res.error.message);
      router.refresh();
    });
  // A role above the actor's own is shown but not offered.
  const options = roles.includes(role) ? roles : [role, ...roles];
  return (
    <div className="grid gap-1">
      <div className="flex gap-2">
        <Select
          aria-label={t("roleFor", { name })}
          value={role}
          disabled={pending}
          className="w-36"
          onChange={(e) => run(() => changeMemberRoleAction({ membershipId, role: e.target.value as Role }))}
        >
          {options.map((r) => (
            <option key={r} value={r} disabled={!roles.includes(r)}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
        <Button size="sm" variant="destructive" disabled={pending} onClick={() => window.confirm(t("confirmRemove", { name })) && run(() => removeMemberAction({ membershipId }))}>
          {t("remove")}
        </Button>
      </div>
      {error && <FormMessage tone="error">{error}</FormMessage>}
    </div>
  );
}
