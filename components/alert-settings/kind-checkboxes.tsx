import { useTranslations } from "next-intl";
import { alertKinds } from "@/lib/alerts/schemas";

/** The alert kinds as checkboxes named "kinds"; a stored [] means every kind, so all ticked. */
export function KindCheckboxes({ selected, error, hint, disabled }: { selected: string[]; error?: string; hint: string; disabled?: boolean }) {
  const t = useTranslations();
  const isChecked = (kind: string) => selected.length === 0 || selected.includes(kind);
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? "kinds-error" : "kinds-hint"} disabled={disabled}>
      <legend className="mb-1 text-sm font-medium">{t("alertSettings.kinds.legend")}</legend>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {alertKinds.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="kinds" value={kind} defaultChecked={isChecked(kind)} className="size-4 accent-primary" />
            {t(`anomalies.kinds.${kind}`)}
          </label>
        ))}
      </div>
      {error ? (
        <p id="kinds-error" role="alert" className="text-xs text-destructive">
          {error}
        </p>
      ) : (
        <p id="kinds-hint" className="text-xs text-muted-foreground">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
