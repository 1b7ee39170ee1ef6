"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { PartialReport } from "@/lib/reports/call-report-model";
import type { ReportEvent } from "@/lib/reports/generate-report";
import { ReportView } from "@/components/reports/report-view";

const sections = ["summary", "marketPosition", "strengths", "weaknesses", "opportunities", "threats", "recommendations"] as const;
type State = { phase: "idle" | "streaming" | "done" | "error"; report: PartialReport; retrying: boolean; error?: string };

// Reads the NDJSON stream of POST /api/groups/[id]/report and renders the report as it grows.
export function ReportGenerator({ groupId }: { groupId: string }) {
  const t = useTranslations("reports.generator");
  const router = useRouter();
  const [state, setState] = useState<State>({ phase: "idle", report: {}, retrying: false });

  async function generate() {
    setState({ phase: "streaming", report: {}, retrying: false });
    try {
      const res = await fetch(`/api/groups/${groupId}/report`, { method: "POST" });
      if (!res.ok || !res.body) {
        // The server's own message when it gives one (a report already running, the budget spent).
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? t("httpError", { status: res.status }));
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) apply(JSON.parse(line) as ReportEvent);
      }
    } catch (err) {
      setState((s) => ({ ...s, phase: "error", error: err instanceof Error ? err.message : String(err) }));
    }
  }

  function apply(event: ReportEvent) {
    if (event.type === "partial") setState((s) => ({ ...s, report: event.report }));
    else if (event.type === "retry") setState((s) => ({ ...s, report: {}, retrying: true }));
    else if (event.type === "error") setState((s) => ({ ...s, phase: "error", error: event.message }));
    else {
      setState((s) => ({ ...s, phase: "done" }));
      router.refresh();
    }
  }

  const filled = sections.filter((k) => { const v = state.report[k]; return Array.isArray(v) ? v.length > 0 : Boolean(v); }).length;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={generate} disabled={state.phase === "streaming"}>
          {state.phase === "streaming" ? t("generating") : t("generate")}
        </Button>
        {state.phase === "streaming" && (
          <div role="status" className="flex items-center gap-2 text-sm text-muted-foreground" data-testid="report-progress">
            <progress className="h-2 w-32 accent-primary" max={sections.length} value={filled} aria-label={t("progressLabel")} />
            {state.retrying ? t("retrying") : t("progress", { done: filled, total: sections.length })}
          </div>
        )}
        {state.phase === "done" && <p role="status" className="text-sm text-muted-foreground">{t("saved")}</p>}
      </div>
      {state.phase === "error" && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-destructive/50 p-3 text-sm text-destructive">
          <span>{t("failed", { error: state.error ?? "" })}</span>
          <Button variant="outline" size="sm" onClick={generate}>{t("retry")}</Button>
        </div>
      )}
      {state.phase !== "idle" && state.phase !== "error" && <div data-testid="report-live"><ReportView report={state.report} /></div>}
    </div>
  );
}
