"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { switchWorkspace } from "@/lib/actions/workspaces";
import { OpenDemoButton } from "@/components/shell/open-demo-button";

type Option = { id: string; name: string; isDemo: boolean };

export function WorkspaceSwitcher({ workspaces, currentId }: { workspaces: Option[]; currentId: string }) {
  const t = useTranslations("demo");
  const tNav = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  return (
    <div className="grid gap-2">
      {workspaces.length > 1 && (
        <label className="grid gap-1 text-xs text-muted-foreground">
          {tNav("workspace")}
          <select
            className="h-8 rounded-md border border-input bg-background px-2 text-sm text-foreground"
            value={currentId}
            disabled={pending}
            onChange={(e) => {
              const workspaceId = e.target.value;
              setError(undefined);
              startTransition(async () => {
                const res = await switchWorkspace({ workspaceId });
                if (!res.ok) return setError(res.error.message);
                router.push("/dashboard");
                router.refresh();
              });
            }}
          >
            {workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.isDemo ? `${w.name} (${t("badge")})` : w.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!workspaces.some((w) => w.isDemo) && <OpenDemoButton />}
      {error && <p role="alert" className="text-xs text-destructive">{error}</p>}
    </div>
  );
}
