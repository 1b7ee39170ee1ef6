import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Finding } from "@/lib/comparison/comparison-types";

/** Rule-based findings, each a sentence from `groups.findings` (no LLM needed). */
export async function FindingsList({ findings }: { findings: Finding[] }) {
  const t = await getTranslations("groups");
  const tr = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (
    <Card data-testid="findings">
      <CardHeader><CardTitle>{t("page.findingsTitle")}</CardTitle></CardHeader>
      <CardContent>
        {findings.length === 0 ? <p className="text-sm text-muted-foreground">{t("page.noFindings")}</p> : (
          <ul className="grid list-disc gap-1.5 pl-5 text-sm">
            {findings.map((f) => <li key={f.kind} data-kind={f.kind}>{tr(`findings.${f.key}`, f.values)}</li>)}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
