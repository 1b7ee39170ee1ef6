"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveProductSettings, setProductPaused } from "@/lib/actions/product-settings";
import { useActionForm } from "@/components/settings/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Settings = { id: string; frequency: "hourly" | "daily" | "weekly"; kind: "own" | "competitor"; tags: string[]; paused: boolean };

// Per-product tracking settings. Viewers see the same form, disabled, with a note why.
export function ProductSettingsForm({ product, canEdit }: { product: Settings; canEdit: boolean }) {
  const t = useTranslations("product.settings");
  const save = useActionForm(saveProductSettings);
  const pause = useActionForm(setProductPaused);
  const [frequency, setFrequency] = useState(product.frequency);
  const [kind, setKind] = useState(product.kind);
  const [tags, setTags] = useState(product.tags.join(", "));
  const error = save.error ?? pause.error;

  return (
    <div className="grid gap-4">
      <form
        className="grid gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          save.submit({ id: product.id, frequency, kind, tags });
        }}
      >
        <fieldset disabled={!canEdit || save.pending} className="contents">
          <FormField id="frequency" label={t("frequency")} error={save.fieldError("frequency")}>
            <Select {...fieldAria("frequency", save.fieldError("frequency"))} value={frequency} onChange={(e) => setFrequency(e.target.value as Settings["frequency"])}>
              {(["hourly", "daily", "weekly"] as const).map((f) => (
                <option key={f} value={f}>{t(`frequencies.${f}`)}</option>
              ))}
            </Select>
          </FormField>
          <FormField id="kind" label={t("kind")} error={save.fieldError("kind")}>
            <Select {...fieldAria("kind", save.fieldError("kind"))} value={kind} onChange={(e) => setKind(e.target.value as Settings["kind"])}>
              {(["own", "competitor"] as const).map((k) => (
                <option key={k} value={k}>{t(`kinds.${k}`)}</option>
              ))}
            </Select>
          </FormField>
          <FormField id="tags" label={t("tags")} hint={t("tagsHint")} error={save.fieldError("tags")}>
            <Input {...fieldAria("tags", save.fieldError("tags"))} value={tags} onChange={(e) => setTags(e.target.value)} />
          </FormField>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit">{save.pending ? t("saving") : t("save")}</Button>
            <Button
              type="button"
              variant="outline"
              disabled={!canEdit || pause.pending}
              onClick={() => pause.submit({ id: product.id, paused: !product.paused })}
            >
              {product.paused ? t("resume") : t("pause")}
            </Button>
          </div>
        </fieldset>
      </form>
      {product.paused && <p className="text-sm text-muted-foreground" data-testid="paused-note">{t("pausedNote")}</p>}
      {!canEdit && <p className="text-sm text-muted-foreground">{t("readOnly")}</p>}
      <div aria-live="polite">
        {error && <FormMessage tone="error">{error.message}</FormMessage>}
        {save.saved && !error && <FormMessage tone="success">{t("saved")}</FormMessage>}
      </div>
    </div>
  );
}
