"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateGroupAlertsAction } from "@/lib/actions/groups";
import { Button } from "@/components/ui/button";
import { fieldAria, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { GroupAlertSettings } from "@/lib/anomalies/group-thresholds";

export function GroupAlertSettingsForm({ groupId, initial, disabled }: { groupId: string; initial: GroupAlertSettings; disabled: boolean }) {
  const t = useTranslations("groups.alerts");
  const [undercut, setUndercut] = useState(String(initial.undercutPercent));
  const [surge, setSurge] = useState(String(initial.reviewSurge));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string>();
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      setStatus(undefined);
      const res = await updateGroupAlertsAction({ id: groupId, undercutPercent: Number(undercut), reviewSurge: Number(surge) });
      if (!res.ok) {
        setErrors(res.error.fields ?? {});
        return setStatus(res.error.message);
      }
      setErrors({});
      setStatus(t("saved"));
    });
  return (
    <form className="grid max-w-xl gap-4 sm:grid-cols-2" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <FormField id="undercutPercent" label={t("undercut")} hint={t("undercutHint")} error={errors.undercutPercent}>
        <Input {...fieldAria("undercutPercent", errors.undercutPercent)} type="number" inputMode="decimal" step="0.1" min="0.1" max="90" value={undercut} onChange={(e) => setUndercut(e.target.value)} disabled={disabled} />
      </FormField>
      <FormField id="reviewSurge" label={t("surge")} hint={t("surgeHint")} error={errors.reviewSurge}>
        <Input {...fieldAria("reviewSurge", errors.reviewSurge)} type="number" inputMode="numeric" step="1" min="1" value={surge} onChange={(e) => setSurge(e.target.value)} disabled={disabled} />
      </FormField>
      <p className="text-sm text-muted-foreground sm:col-span-2">{t("overtakeNote")}</p>
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={disabled || pending}>{t("save")}</Button>
        {status && <p role="status" className="text-sm">{status}</p>}
      </div>
    </form>
  );
}
