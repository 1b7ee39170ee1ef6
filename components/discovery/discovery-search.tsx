"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { addChosenCandidates, searchCandidates } from "@/lib/actions/discovery";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { Candidate } from "@/lib/sources/types";
import { marketplaceCodes, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";

type Product = { id: string; asin: string; marketplace: string; title: string | null; kind: string };
type Found = { isDemo: boolean; marketplace: MarketplaceCode; candidates: Array<Candidate & { tracked: boolean }> };

export function DiscoverySearch({ products }: { products: Product[] }) {
  const t = useTranslations("discovery");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [found, setFound] = useState<Found>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const marketplace = String(form.get("marketplace")) as MarketplaceCode;
    setMessage(undefined);
    startTransition(async () => {
      const res = await searchCandidates({ marketplace, keyword: String(form.get("keyword") ?? "") });
      if (res.ok) {
        setFound({ ...res.data, marketplace });
        setChosen(new Set());
      } else setMessage({ ok: false, text: res.error.message });
    });
  }

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!found) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get("groupName") ?? "").trim();
    const mainProductId = String(form.get("mainProductId") ?? "");
    startTransition(async () => {
      const res = await addChosenCandidates({ marketplace: found.marketplace, asins: [...chosen], group: name ? { name, mainProductId } : undefined });
      if (!res.ok) return setMessage({ ok: false, text: res.error.message });
      if (res.data.groupId) return router.push(`/groups/${res.data.groupId}/report`);
      setMessage({ ok: true, text: t("added", { added: res.data.added, already: res.data.alreadyTracked }) });
      router.refresh();
    });
  }

  const toggle = (asin: string) => setChosen((s) => { const n = new Set(s); if (n.has(asin)) n.delete(asin); else n.add(asin); return n; });
  const mains = found ? products.filter((p) => p.marketplace === found.marketplace && !chosen.has(p.asin)) : [];
  const money = (c: Candidate) => (c.price === null ? "—" : format.number(c.price, { style: "currency", currency: c.currency ?? "USD" }));

  return (
    <div className="grid gap-6">
      <form onSubmit={onSearch} className="flex flex-wrap items-end gap-3">
        <FormField id="keyword" label={t("keyword")}>
          <Input id="keyword" name="keyword" required minLength={2} placeholder={t("keywordPlaceholder")} />
        </FormField>
        <FormField id="marketplace" label={t("marketplace")}>
          <Select id="marketplace" name="marketplace" defaultValue="US">
            {marketplaceCodes.map((m) => <option key={m} value={m}>{m}</option>)}
          </Select>
        </FormField>
        <Button type="submit" disabled={pending}>{t("search")}</Button>
      </form>
      {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm" : "text-sm text-destructive"}>{message.text}</p>}
      {found && (
        <form onSubmit={onAdd} className="grid gap-4">
          {found.isDemo && <p className="text-sm text-muted-foreground">{t("demoNotice")}</p>}
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-left text-muted-foreground">
                <tr><th className="p-2"><span className="sr-only">{t("choose")}</span></th><th className="p-2">#</th><th className="p-2">{t("product")}</th><th className="p-2 text-right">{t("price")}</th><th className="p-2 text-right">BSR</th><th className="p-2 text-right">{t("rating")}</th><th className="p-2 text-right">{t("reviews")}</th></tr>
              </thead>
              <tbody>
                {found.candidates.map((c) => (
                  <tr key={c.asin} className="border-t">
                    <td className="p-2"><input type="checkbox" aria-label={t("chooseAsin", { asin: c.asin })} checked={chosen.has(c.asin)} onChange={() => toggle(c.asin)} /></td>
                    <td className="p-2 tabular-nums">{c.position}</td>
                    <td className="p-2"><div className="font-medium">{c.title}</div><div className="text-xs text-muted-foreground">{c.asin} · {c.brand}{c.tracked ? ` · ${t("tracked")}` : ""}</div></td>
                    <td className="p-2 text-right tabular-nums">{money(c)}</td>
                    <td className="p-2 text-right tabular-nums">{c.bsr === null ? "—" : format.number(c.bsr)}</td>
                    <td className="p-2 text-right tabular-nums">{c.rating ?? "—"}</td>
                    <td className="p-2 text-right tabular-nums">{c.reviewCount === null ? "—" : format.number(c.reviewCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset className="flex flex-wrap items-end gap-3 rounded-md border p-3">
            <legend className="px-1 text-sm">{t("groupLegend")}</legend>
            <FormField id="groupName" label={t("groupName")}><Input id="groupName" name="groupName" /></FormField>
            <FormField id="mainProductId" label={t("mainProduct")}>
              <Select id="mainProductId" name="mainProductId">
                {mains.map((p) => <option key={p.id} value={p.id}>{p.asin} {p.title ? `– ${p.title.slice(0, 40)}` : ""}</option>)}
              </Select>
            </FormField>
          </fieldset>
          <div><Button type="submit" disabled={pending || chosen.size === 0}>{t("add", { count: chosen.size })}</Button></div>
        </form>
      )}
    </div>
  );
}
