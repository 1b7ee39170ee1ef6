import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { GroupComparison } from "@/lib/comparison/comparison-types";

// What the bullets say: points competitors make that the main product does not, points only
// the main product makes, and points both make (matched by word overlap, see compare-features).
export async function FeaturesComparison({ comparison }: { comparison: GroupComparison }) {
  const t = await getTranslations("groups.features");
  const { missingFromMain, uniqueToMain, shared } = comparison.features;
  const who = (asins: string[]) => asins.join(", ");
  return (
    <Card data-testid="features-comparison">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="missing-heading" className="grid content-start gap-2">
          <h3 id="missing-heading" className="text-sm font-medium">{t("missing", { count: missingFromMain.length })}</h3>
          {missingFromMain.length === 0 ? <p className="text-sm text-muted-foreground">{t("noneMissing")}</p> : (
            <ul className="grid gap-2" data-testid="missing-features">
              {missingFromMain.map((f) => (
                <li key={f.feature} className="rounded-md border border-amber-500/40 bg-amber-500/10 p-2 text-sm">
                  {f.feature}
                  <span className="block text-xs text-muted-foreground">{t("madeBy", { who: who(f.competitors) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="unique-heading" className="grid content-start gap-2">
          <h3 id="unique-heading" className="text-sm font-medium">{t("unique", { count: uniqueToMain.length })}</h3>
          {uniqueToMain.length === 0 ? <p className="text-sm text-muted-foreground">{t("noneUnique")}</p> : (
            <ul className="grid gap-2" data-testid="unique-features">
              {uniqueToMain.map((f) => <li key={f} className="rounded-md border border-emerald-500/40 bg-emerald-500/10 p-2 text-sm">{f}</li>)}
            </ul>
          )}
        </section>
        <section aria-labelledby="shared-heading" className="grid content-start gap-2">
          <h3 id="shared-heading" className="text-sm font-medium">{t("shared", { count: shared.length })}</h3>
          {shared.length === 0 ? <p className="text-sm text-muted-foreground">{t("noneShared")}</p> : (
            <ul className="grid gap-2" data-testid="shared-features">
              {shared.map((f) => (
                <li key={f.feature} className="rounded-md border p-2 text-sm">
                  {f.feature}
                  <span className="block text-xs text-muted-foreground">{t("alsoBy", { who: who(f.competitors) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </CardContent>
    </Card>
  );
}
