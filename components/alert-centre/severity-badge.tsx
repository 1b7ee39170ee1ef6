import { getTranslations } from "next-intl/server";
import type { Severity } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/ui/cn";

const tone: Record<Severity, string> = {
  info: "border-border bg-muted text-muted-foreground",
  warning: "border-amber-500/40 bg-amber-500/10 text-amber-700 dark:text-amber-300",
  critical: "border-destructive/40 bg-destructive/10 text-destructive",
};

export async function SeverityBadge({ severity }: { severity: Severity }) {
  const t = await getTranslations("anomalies.severities");
  return (
    <span data-testid="severity" className={cn("inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium", tone[severity])}>
      {t(severity)}
    </span>
  );
}
