import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { GroupComparison } from "@/lib/groups/comparison-types";

// Placeholder for the LLM positioning report: the reports work mounts its ReportPanel here
// (it receives the same group id and computed comparison).
export async function ReportSlot(_props: { groupId: string; comparison: GroupComparison }) {
  const t = await getTranslations("groups.page");
  return (
    <Card>
      <CardHeader><CardTitle id="report-heading">{t("reportTitle")}</CardTitle></CardHeader>
      <CardContent><p className="text-sm text-muted-foreground">{t("reportSoon")}</p></CardContent>
    </Card>
  );
}
