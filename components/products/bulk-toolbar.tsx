"use client";

import { Loader2, RefreshCw, Tag } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { removeSelected, setFrequency, setPaused, tagSelected } from "@/lib/actions/products";
import { RefreshStatusMessage } from "@/components/products/refresh-status";
import { useRefreshProducts } from "@/components/products/use-refresh-products";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { RefreshAllButton } from "@/components/products/refresh-all-button";

type Result = { ok: true; data: unknown } | { ok: false; error: { message: string } };

/** Actions on the selected rows: refresh, pause/resume, crawl frequency, tag, remove. */
export function BulkToolbar({ ids, onDone, onChanged }: { ids: string[]; onDone: () => void; onChanged: () => void }) {
  const t = useTranslations("products");
  const tList = useTranslations("dashboard.list");
  const router = useRouter();
  const [bulkPending, startTransition] = useTransition();
  const [tag, setTag] = useState("");
  // The selection stays after a refresh: people often refresh, look, and act on the same rows.
  const { refresh: refreshIds, pending: refreshPending, refreshing, status, setStatus } = useRefreshProducts(() => {
    onChanged();
    router.refresh();
  });
  const pending = bulkPending || refreshPending;
  const none = ids.length === 0 || pending;
  const refresh = () => refreshIds(ids);

  function bulk(action: () => Promise<Result>, success?: string) {
    setStatus(undefined);
    startTransition(async () => {
      const res = await action();
      if (!res.ok) return setStatus({ tone: "error", lines: [res.error.message] });
      if (success) setStatus({ tone: "success", lines: [success] });
      onDone();
      router.refresh();
    });
  }

  function tagAction(action: "add" | "remove") {
    const value = tag.trim();
    if (!value) return;
    bulk(() => tagSelected({ ids, tag: value, action }), tList("tagDone", { action, tag: value, count: ids.length }));
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t("table.actions")}>
        <span className="text-sm text-muted-foreground">{t("table.selected", { count: ids.length })}</span>
        <Button size="sm" disabled={none} onClick={refresh}>
          <RefreshCw className="h-4 w-4" aria-hidden />
          {t("table.refresh")}
        </Button>
        <Button size="sm" variant="outline" disabled={none} onClick={() => bulk(() => setPaused({ ids, paused: true }))}>
          {t("table.pause")}
        </Button>
        <Button size="sm" variant="outline" disabled={none} onClick={() => bulk(() => setPaused({ ids, paused: false }))}>
          {t("table.resume")}
        </Button>
        <select
          aria-label={t("table.frequencyFor")}
          className="h-8 rounded-md border border-input bg-background px-2 text-sm disabled:opacity-50"
          disabled={none}
          value=""
          onChange={(e) => {
            const frequency = e.target.value as "hourly" | "daily" | "weekly";
            if (frequency) bulk(() => setFrequency({ ids, frequency }));
          }}
        >
          <option value="">{t("table.frequency")}</option>
          {(["hourly", "daily", "weekly"] as const).map((f) => (
            <option key={f} value={f}>
              {t(`table.frequencies.${f}`)}
            </option>
          ))}
        </select>
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            tagAction("add");
          }}
        >
          <Input aria-label={tList("tagInput")} value={tag} onChange={(e) => setTag(e.target.value)} maxLength={50} placeholder={tList("tag")} className="h-8 w-28" disabled={none} />
          <Button size="sm" variant="outline" type="submit" disabled={none || !tag.trim()}>
            <Tag className="h-4 w-4" aria-hidden />
            {tList("addTag")}
          </Button>
          <Button size="sm" variant="outline" type="button" disabled={none || !tag.trim()} onClick={() => tagAction("remove")}>
            {tList("removeTag")}
          </Button>
        </form>
        <Button
          size="sm"
          variant="destructive"
          disabled={none}
          onClick={() => window.confirm(t("table.confirmRemove", { count: ids.length })) && bulk(() => removeSelected({ ids }))}
        >
          {t("table.remove")}
        </Button>
        <RefreshAllButton onStarted={onChanged} />
      </div>
      <div aria-live="polite">
        {refreshing > 0 && (
          <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
            {t("table.refreshProgress", { count: refreshing })}
          </p>
        )}
        <RefreshStatusMessage status={status} />
      </div>
    </div>
  );
}
