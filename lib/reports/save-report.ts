import type { Db } from "@/lib/db/client";
import type { GroupComparison } from "@/lib/comparison/comparison-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConfiguredModel } from "@/lib/llm/llm-config";
import type { ReportInput } from "@/lib/reports/build-report-prompt";
import type { ReportOutput } from "@/lib/reports/report-schema";
import type { TokenCounts } from "@/lib/reports/usage";

type SaveBase = {
  db: Db;
  workspaceId: string;
  groupId: string;
  llm: Pick<ConfiguredModel, "provider" | "modelId">;
  locale: string;
  trigger: string;
  input: ReportInput;
  usage: TokenCounts;
  durationMs: number;
};

function row(o: SaveBase) {
  return {
    workspaceId: o.workspaceId,
    groupId: o.groupId,
    trigger: o.trigger,
    locale: o.locale,
    provider: o.llm.provider,
    model: o.llm.modelId,
    ...o.usage,
    durationMs: Math.round(o.durationMs),
    input: o.input as unknown as Prisma.InputJsonValue,
  };
}

export async function saveFailedReport(o: SaveBase & { error: string }): Promise<string> {
  const report = await o.db.report.create({ data: { ...row(o), status: "failed", error: o.error }, select: { id: true } });
  return report.id;
}

// The report and the suggestions made from its recommendations are written together: a
// recommendation names an ASIN, which maps to the group member's product (else the main one).
export async function saveCompletedReport(o: SaveBase & { output: ReportOutput; comparison: GroupComparison }): Promise<string> {
  const members = [o.comparison.main, ...o.comparison.competitors];
  const productOf = new Map(members.map((m) => [m.asin.toUpperCase(), m.productId]));
  return o.db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: { ...row(o), status: "completed", output: o.output as unknown as Prisma.InputJsonValue },
      select: { id: true },
    });
    await tx.suggestion.createMany({
      data: o.output.recommendations.map((r) => ({
        workspaceId: o.workspaceId,
        productId: productOf.get(r.asin.trim().toUpperCase()) ?? o.comparison.main.productId,
        reportId: report.id,
        type: r.type,
        priority: r.priority,
        title: r.title,
        detail: r.detail,
        expectedImpact: r.expectedImpact,
        difficulty: r.difficulty,
        dataPoints: r.dataPoints,
      })),
    });
    return report.id;
  });
}
