"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { saveProductThresholds } from "@/lib/actions/product-thresholds";
import { saveWorkspaceThresholds } from "@/lib/actions/thresholds";
import { useActionForm } from "@/components/settings/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField, fieldAria } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

const thresholdFields = ["priceChangePercent", "buyBoxPriceChangePercent", "bsrChangePercent", "ratingDrop"] as const;
type Values = Partial<Record<(typeof thresholdFields)[number] | "cooldownHours", number>>;

// One form for the workspace defaults (every field required, plus the cooldown) and for a
// product's overrides (empty = use the default, shown as the placeholder).
export function ThresholdsForm(
  props:
    | { mode: "workspace"; values: Values; canEdit: boolean }
    | { mode: "product"; productId: string; values: Values; defaults: Values; canEdit: boolean },
) {
  const t = useTranslations("thresholdSettings");
  const tCommon = useTranslations("common");
  const workspace = useActionForm(saveWorkspaceThresholds);
  const product = useActionForm(saveProductThresholds);
  const { error, saved, pending, fieldError } = props.mode === "workspace" ? workspace : product;
  const fields = props.mode === "workspace" ? [...thresholdFields, "cooldownHours" as const] : thresholdFields;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: string) => String(data.get(name) ?? "");
    if (props.mode === "workspace") {
      workspace.submit({
        priceChangePercent: read("priceChangePercent"),
        buyBoxPriceChangePercent: read("buyBoxPriceChangePercent"),
        bsrChangePercent: read("bsrChangePercent"),
        ratingDrop: read("ratingDrop"),
        cooldownHours: read("cooldownHours"),
      });
    } else {
      product.submit({
        productId: props.productId,
        priceChangePercent: read("priceChangePercent"),
        buyBoxPriceChangePercent: read("buyBoxPriceChangePercent"),
        bsrChangePercent: read("bsrChangePercent"),
        ratingDrop: read("ratingDrop"),
      });
    }
  }

  const hint = (name: (typeof fields)[number]) => {
    if (props.mode === "product") return t("product.defaultHint", { value: String(props.defaults[name] ?? "") });
    if (name === "cooldownHours") return t("cooldownHint");
    return name.endsWith("Percent") ? t("percentHint") : undefined;
  };

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {error && !error.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {error?.fields && <FormMessage tone="error">{error.message}</FormMessage>}
      {saved && <FormMessage tone="success">{tCommon("saved")}</FormMessage>}
      {fields.map((name) => (
        <FormField key={name} id={name} label={t(name)} error={fieldError(name)} hint={hint(name)}>
          <Input
            {...fieldAria(name, fieldError(name))}
            inputMode="decimal"
            defaultValue={props.values[name] ?? ""}
            placeholder={props.mode === "product" ? String(props.defaults[name] ?? "") : undefined}
            disabled={!props.canEdit}
          />
        </FormField>
      ))}
      {props.canEdit ? (
        <Button type="submit" disabled={pending} className="justify-self-start">
          {pending ? tCommon("saving") : tCommon("save")}
        </Button>
      ) : (
        <p className="text-sm text-muted-foreground">{t("readOnly")}</p>
      )}
    </form>
  );
}
