import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { readEnv } from "@/lib/config/env";
import { ReportGenerator } from "@/components/reports/report-generator";

// The report area of a group: generate (streamed) when a provider is configured, otherwise
// how to enable the narrative. Mountable on the group page as <ReportPanel groupId=... />.
export async function ReportPanel({ groupId, canGenerate = true }: { groupId: string; canGenerate?: boolean }) {
  const t = await getTranslations("reports.panel");
  const config = readEnv().llm;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{config ? t("configured", { provider: config.provider, model: config.model }) : t("intro")}</CardDescription>
      </CardHeader>
      <CardContent>
        {config ? (
          canGenerate ? <ReportGenerator groupId={groupId} /> : <p className="text-sm text-muted-foreground">{t("viewerOnly")}</p>
        ) : (
          <div className="grid gap-2 text-sm" data-testid="llm-disabled">
            <p>{t("disabled")}</p>
            <pre className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">{"OPENAI_API_KEY=sk-...\n# optional: OPENAI_BASE_URL=http://localhost:11434/v1  OPENAI_MODEL=gpt-4o-mini\n# or: DEEPSEEK_API_KEY=...  DEEPSEEK_MODEL=deepseek-v4-flash"}</pre>
            <p className="text-muted-foreground">{t("restart")}</p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
