"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { endAllSessions, endOneSession } from "@/lib/actions/account";

export type SessionRow = { id: string; current: boolean; createdAt: Date; lastSeenAt: Date; device: string; ipAddress: string | null };

export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations("account.sessions");
  const format = useFormatter();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const end = (id: string) =>
    startTransition(async () => {
      const res = await endOneSession({ id });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
  const endAll = () =>
    startTransition(async () => {
      const res = await endAllSessions({});
      if (!res.ok) return setError(res.error.message);
      await signOut({ callbackUrl: "/sign-in" });
    });

  return (
    <div className="grid gap-4">
      {error && <FormMessage tone="error">{error}</FormMessage>}
      <ul className="divide-y rounded-md border" aria-label={t("title")}>
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <div className="min-w-0 flex-1">
              {/* A user agent is one long word: let it wrap anywhere rather than widen the page. */}
              <p className="font-medium wrap-anywhere">
                {s.device}
                {s.current && <span className="ml-2 rounded bg-muted px-1.5 py-0.5 text-xs text-muted-foreground">{t("current")}</span>}
              </p>
              <p className="text-muted-foreground">
                {t("seen", { when: format.dateTime(s.lastSeenAt, { dateStyle: "medium", timeStyle: "short" }), address: s.ipAddress ?? "—" })}
              </p>
            </div>
            {!s.current && (
              <Button variant="outline" size="sm" disabled={pending} onClick={() => end(s.id)}>
                {t("end")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button variant="outline" disabled={pending} onClick={endAll} className="justify-self-start">
        {t("endAll")}
      </Button>
    </div>
  );
}
