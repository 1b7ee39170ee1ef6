"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { removeDemoWorkspace } from "@/lib/actions/workspaces";
import { Button } from "@/components/ui/button";

// Shown on every page of a demo workspace: its numbers are simulated, never Amazon's.
export function DemoBanner({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("demo");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="note" data-testid="demo-banner" className="flex flex-wrap items-center justify-between gap-2 border-b border-amber-500/40 bg-amber-500/10 px-4 py-2 text-sm">
      <span>
        <strong className="font-semibold">{t("badge")}</strong> · {t("banner")}
      </span>
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        onClick={() =>
          window.confirm(t("confirmDelete")) &&
          startTransition(async () => {
            const res = await removeDemoWorkspace({ workspaceId });
            if (res.ok) {
              router.push("/dashboard");
              router.refresh();
            }
          })
        }
      >
        {t("delete")}
      </Button>
    </div>
  );
}
