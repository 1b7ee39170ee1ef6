"use client";

import { FlaskConical, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { openDemoWorkspace } from "@/lib/actions/workspaces";
import { Button, type ButtonProps } from "@/components/ui/button";

/** Creates the user's demo workspace on first use, then switches to it. */
export function OpenDemoButton({ variant = "outline", size = "sm" }: Pick<ButtonProps, "variant" | "size">) {
  const t = useTranslations("demo");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const res = await openDemoWorkspace({});
            if (!res.ok) return setError(res.error.message);
            router.push("/dashboard");
            router.refresh();
          })
        }
      >
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <FlaskConical className="h-4 w-4" aria-hidden />}
        {pending ? t("opening") : t("open")}
      </Button>
      {error && <p role="alert" className="text-xs text-destructive">{error}</p>}
    </>
  );
}
