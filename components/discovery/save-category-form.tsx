"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { saveCategoryAction } from "@/lib/actions/discovery";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { marketplaceCodes, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";

// A keyword set saved as a category: searched now and then (daily when scheduled), so new
// entrants among the results stand out.
export function SaveCategoryForm() {
  const t = useTranslations("discovery.categories");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const keywords = String(form.get("categoryKeywords") ?? "").split(/[\n,]/).map((k) => k.trim()).filter(Boolean);
    setError(undefined);
    startTransition(async () => {
      const res = await saveCategoryAction({
        name: String(form.get("categoryName") ?? ""),
        marketplace: String(form.get("categoryMarketplace")) as MarketplaceCode,
        keywords,
        scheduled: form.get("categoryScheduled") === "on",
      });
      if (!res.ok) return setError(res.error.message);
      router.push(`/discovery/categories/${res.data.id}`);
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" aria-label={t("saveTitle")}>
      <FormField id="categoryName" label={t("name")}>
        <Input id="categoryName" name="categoryName" required maxLength={80} />
      </FormField>
      <FormField id="categoryMarketplace" label={t("marketplace")}>
        <Select id="categoryMarketplace" name="categoryMarketplace" defaultValue="US">
          {marketplaceCodes.map((m) => <option key={m} value={m}>{m}</option>)}
        </Select>
      </FormField>
      <div className="sm:col-span-2">
        <FormField id="categoryKeywords" label={t("keywords")} hint={t("keywordsHint")}>
          <textarea
            id="categoryKeywords"
            name="categoryKeywords"
            required
            rows={3}
            aria-describedby="categoryKeywords-hint"
            className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
        </FormField>
      </div>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="categoryScheduled" defaultChecked />
        {t("scheduled")}
      </label>
      {error && <p role="alert" className="text-sm text-destructive sm:col-span-2">{error}</p>}
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{t("save")}</Button></div>
    </form>
  );
}
