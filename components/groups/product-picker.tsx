"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { searchGroupProductsAction, trackReferenceAction } from "@/lib/actions/groups";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ProductSummary } from "@/lib/products/product-summary";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { ProductLabel } from "@/components/groups/product-label";

// Search tracked products (ASIN, title or brand; in the main product's marketplace once it is
// chosen), or type an ASIN / URL to start tracking it and read it at once.
export function ProductPicker({
  heading,
  marketplace,
  excluded,
  onPick,
}: {
  heading: string;
  marketplace?: MarketplaceCode;
  excluded: Set<string>;
  onPick: (product: ProductSummary) => void;
}) {
  const t = useTranslations("groups.builder");
  const [query, setQuery] = useState("");
  const [reference, setReference] = useState("");
  const [trackError, setTrackError] = useState<string>();
  const [tracking, startTracking] = useTransition();
  const results = useQuery({
    queryKey: ["group-products", query, marketplace],
    queryFn: async () => {
      const res = await searchGroupProductsAction({ query, marketplace });
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    },
  });

  const track = () =>
    startTracking(async () => {
      setTrackError(undefined);
      const res = await trackReferenceAction({ reference, marketplace });
      if (!res.ok) return setTrackError(res.error.message);
      if (!res.data.ok) return setTrackError(res.data.error);
      if (res.data.refreshFailed) setTrackError(t("trackedNoData"));
      setReference("");
      onPick(res.data.product);
    });

  return (
    <div className="grid content-start gap-3 self-start rounded-md border bg-muted/30 p-3" data-testid="product-picker">
      <p className="text-sm font-medium">{heading}</p>
      <div className="grid gap-1.5">
        <Label htmlFor="picker-search">{t("search")}</Label>
        <Input id="picker-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("searchPlaceholder")} />
      </div>
      {results.isPending && <p className="text-sm text-muted-foreground">{t("searching")}</p>}
      {results.isError && <p className="text-sm text-destructive" role="alert">{t("searchFailed")}</p>}
      {results.data && results.data.length === 0 && <p className="text-sm text-muted-foreground">{t("noResults")}</p>}
      {results.data && results.data.length > 0 && (
        <ul className="grid max-h-72 gap-1 overflow-y-auto" aria-label={t("results")}>
          {results.data.map((p) => (
            <li key={p.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 hover:bg-accent" data-testid="picker-result" data-asin={p.asin}>
              <ProductLabel product={p} />
              <Button type="button" size="sm" variant="outline" disabled={excluded.has(p.id)} onClick={() => onPick(p)} aria-label={t("pickProduct", { asin: p.asin })}>
                {t("pick")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {(
        <div className="grid gap-1.5 border-t pt-3">
          <Label htmlFor="picker-reference">{t("trackLabel")}</Label>
          <div className="flex flex-wrap gap-2">
            <Input
              id="picker-reference"
              className="min-w-0 flex-1"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              placeholder="B0XXXXXXXX"
              aria-invalid={trackError ? true : undefined}
              aria-describedby={trackError ? "picker-reference-error" : undefined}
            />
            <Button type="button" variant="secondary" disabled={tracking || reference.trim() === ""} onClick={track}>
              {tracking ? t("tracking") : t("track")}
            </Button>
          </div>
          {trackError && <p id="picker-reference-error" role="alert" className="text-xs text-destructive">{trackError}</p>}
        </div>
      )}
    </div>
  );
}
