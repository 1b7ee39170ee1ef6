"use client";

import { ArrowDown, ArrowUp, Replace, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveGroupAction } from "@/lib/actions/groups";
import { Button } from "@/components/ui/button";
import { fieldAria, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ProductSummary } from "@/lib/products/product-summary";
import { MAX_COMPETITORS } from "@/lib/groups/schemas";
import { ProductLabel } from "@/components/groups/product-label";
import { ProductPicker } from "@/components/groups/product-picker";

type Target = "main" | "add" | number;
export type BuilderInitial = { id?: string; name: string; main: ProductSummary | null; competitors: ProductSummary[] };

// One main product and 3-5 competitors, in order. The rules are checked on the server (the
// single source of truth) and its messages are shown on the field they concern.
export function GroupBuilder({ initial }: { initial: BuilderInitial }) {
  const t = useTranslations("groups.builder");
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [main, setMain] = useState(initial.main);
  const [competitors, setCompetitors] = useState(initial.competitors);
  const [target, setTarget] = useState<Target>(initial.main ? "add" : "main");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, startSaving] = useTransition();

  // Any change to the line-up makes the last save's messages stale.
  const pick = (p: ProductSummary) => {
    setErrors({});
    setFormError(undefined);
    if (target === "main") {
      setMain(p);
      setTarget("add");
    } else if (target === "add") setCompetitors((list) => [...list, p]);
    else {
      setCompetitors((list) => list.map((c, i) => (i === target ? p : c)));
      setTarget("add");
    }
  };
  const move = (i: number, by: number) =>
    setCompetitors((list) => {
      const next = [...list];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });

  const save = () =>
    startSaving(async () => {
      setFormError(undefined);
      const res = await saveGroupAction({ id: initial.id, name, mainProductId: main?.id ?? "", competitorIds: competitors.map((c) => c.id) });
      if (!res.ok) {
        setErrors(res.error.fields ?? {});
        return setFormError(res.error.message);
      }
      if (!res.data.saved) {
        setErrors(res.data.fields);
        return setFormError(t("fixProblems"));
      }
      router.push(`/groups/${res.data.id}`);
      router.refresh();
    });

  const excluded = new Set([main?.id, ...competitors.map((c) => c.id)].filter((id): id is string => !!id));
  const pickerHeading = target === "main" ? t("pickMain") : target === "add" ? t("pickCompetitor") : t("pickReplacement", { asin: competitors[target]?.asin ?? "" });
  const showPicker = target !== "add" || competitors.length < MAX_COMPETITORS;

  return (
    <form className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]" onSubmit={(e) => { e.preventDefault(); save(); }} noValidate>
      <div className="grid content-start gap-5">
        <FormField id="name" label={t("name")} error={errors.name}>
          <Input {...fieldAria("name", errors.name)} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
        </FormField>

        <section className="grid gap-2" aria-labelledby="main-heading">
          <h2 id="main-heading" className="text-sm font-medium">{t("main")}</h2>
          {main ? (
            <div className="flex items-center justify-between gap-2 rounded-md border border-primary/50 bg-primary/5 p-2" data-testid="main-product">
              <ProductLabel product={main} />
              <Button type="button" size="sm" variant="ghost" onClick={() => setTarget("main")}>{t("change")}</Button>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">{t("noMain")}</p>
          )}
          {errors.main && <p role="alert" className="text-xs text-destructive">{errors.main}</p>}
        </section>

        <section className="grid gap-2" aria-labelledby="competitors-heading">
          <h2 id="competitors-heading" className="text-sm font-medium">{t("competitors", { count: competitors.length, max: MAX_COMPETITORS })}</h2>
          <ol className="grid gap-2">
            {competitors.map((c, i) => (
              <li key={`${c.id}-${i}`} className="grid gap-1 rounded-md border p-2" data-testid="competitor-row" data-asin={c.asin}>
                <div className="flex items-center justify-between gap-2">
                  <span className="flex min-w-0 items-center gap-2"><span className="text-xs text-muted-foreground">{i + 1}.</span><ProductLabel product={c} /></span>
                  <span className="flex shrink-0">
                    <Button type="button" size="icon" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("moveUp", { asin: c.asin })}><ArrowUp className="size-4" /></Button>
                    <Button type="button" size="icon" variant="ghost" disabled={i === competitors.length - 1} onClick={() => move(i, 1)} aria-label={t("moveDown", { asin: c.asin })}><ArrowDown className="size-4" /></Button>
                    <Button type="button" size="icon" variant="ghost" onClick={() => setTarget(i)} aria-label={t("replace", { asin: c.asin })}><Replace className="size-4" /></Button>
                    <Button type="button" size="icon" variant="ghost" onClick={() => { setErrors({}); setCompetitors((l) => l.filter((_, j) => j !== i)); setTarget("add"); }} aria-label={t("remove", { asin: c.asin })}><X className="size-4" /></Button>
                  </span>
                </div>
                {errors[`competitor.${c.id}`] && <p role="alert" className="text-xs text-destructive">{errors[`competitor.${c.id}`]}</p>}
              </li>
            ))}
          </ol>
          {competitors.length === 0 && <p className="text-sm text-muted-foreground">{t("noCompetitors")}</p>}
          {errors.competitors && <p role="alert" className="text-xs text-destructive" data-testid="competitors-error">{errors.competitors}</p>}
          {target !== "add" && main && competitors.length < MAX_COMPETITORS && (
            <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => setTarget("add")}>{t("addCompetitor")}</Button>
          )}
        </section>

        {formError && <p role="alert" className="text-sm text-destructive">{formError}</p>}
        <div className="flex gap-2">
          <Button type="submit" disabled={saving}>{saving ? t("saving") : t("save")}</Button>
          <Button type="button" variant="ghost" onClick={() => router.back()}>{t("cancel")}</Button>
        </div>
      </div>
      {showPicker && (
        <ProductPicker
          heading={pickerHeading}
          marketplace={target === "main" ? undefined : (main?.marketplace)}
          excluded={excluded}
          onPick={pick}
        />
      )}
    </form>
  );
}
