"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { updateTimePreferences } from "@/lib/actions/profile";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useActionForm } from "@/components/settings/use-action-form";

type Props = {
  timeZone: string | null;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  /** The zones to offer, from the server's Intl (so server and browser render the same list). */
  timeZones: string[];
};

const asClock = (minutes: number | null) =>
  minutes === null ? "" : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export function TimePreferencesForm({ timeZone, quietHoursStart, quietHoursEnd, timeZones }: Props) {
  const t = useTranslations();
  const tp = useTranslations("account.timePreferences");
  const { submit, error, saved, pending, fieldError } = useActionForm(updateTimePreferences);
  const [zone, setZone] = useState(timeZone ?? "");
  const [start, setStart] = useState(asClock(quietHoursStart));
  const [end, setEnd] = useState(asClock(quietHoursEnd));
  // Only the browser knows where the user is: offered as a suggestion, never saved unasked.
  const [browserZone, setBrowserZone] = useState<string>();
  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const options = zone && !timeZones.includes(zone) ? [zone, ...timeZones] : timeZones;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit({ timeZone: zone, quietHoursStart: start, quietHoursEnd: end });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={tp("title")}>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {saved && <FormMessage tone="success">{t("common.saved")}</FormMessage>}
      <FormField id="timeZone" label={tp("timeZone")} error={fieldError("timeZone")}>
        <Select {...fieldAria("timeZone", fieldError("timeZone"))} value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">{tp("timeZoneUtc")}</option>
          {options.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      </FormField>
      {browserZone && browserZone !== zone && timeZones.includes(browserZone) && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground" data-testid="browser-zone">
          {tp("browserZone", { zone: browserZone })}
          <Button type="button" variant="outline" size="sm" onClick={() => setZone(browserZone)}>
            {tp("useBrowserZone", { zone: browserZone })}
          </Button>
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="quietHoursStart" label={tp("quietHoursStart")} error={fieldError("quietHoursStart")}>
          <Input {...fieldAria("quietHoursStart", fieldError("quietHoursStart"))} type="time" step={60} value={start} onChange={(e) => setStart(e.target.value)} />
        </FormField>
        <FormField id="quietHoursEnd" label={tp("quietHoursEnd")} error={fieldError("quietHoursEnd")}>
          <Input {...fieldAria("quietHoursEnd", fieldError("quietHoursEnd"))} type="time" step={60} value={end} onChange={(e) => setEnd(e.target.value)} />
        </FormField>
      </div>
      <p className="text-xs text-muted-foreground">{tp("quietHoursHint")}</p>
      <p className="text-sm" data-testid="quiet-hours-summary">
        {quietHoursStart !== null && quietHoursEnd !== null
          ? tp("quietHoursSummary", { start: asClock(quietHoursStart), end: asClock(quietHoursEnd), zone: timeZone ?? "UTC" })
          : tp("quietHoursNone")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : tp("save")}
        </Button>
        {(start || end) && (
          <Button type="button" variant="outline" disabled={pending} onClick={() => { setStart(""); setEnd(""); }}>
            {tp("clear")}
          </Button>
        )}
      </div>
    </form>
  );
}
