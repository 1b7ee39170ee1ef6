import { ArrowRight } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { BulletLine } from "@/lib/history/diff-listing";
import type { ListingChange } from "@/lib/history/list-listing-changes";
import { cn } from "@/lib/ui/cn";
import { DiffText } from "@/components/product-page/diff-text";
import { ProductImage } from "@/components/products/product-image";

type T = Awaited<ReturnType<typeof getTranslations<"product.changes">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** The newest changes are shown; older ones sit behind a disclosure. */
const shownFirst = 10;

// The listing-change log: what a competitor (or a colleague) changed, and when.
export async function ListingChangeLog({ changes }: { changes: ListingChange[] }) {
  const t = await getTranslations("product.changes");
  const format = await getFormatter();
  return (
    <section className="grid gap-3" aria-labelledby="changes-title" data-testid="listing-changes">
      <div className="grid gap-1">
        <h2 id="changes-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {changes.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground" data-testid="listing-changes-empty">{t("empty")}</p>
      ) : (
        <>
          <ChangeList changes={changes.slice(0, shownFirst)} t={t} format={format} />
          {changes.length > shownFirst && (
            <details className="group">
              <summary className="cursor-pointer text-sm text-primary underline-offset-4 hover:underline">
                {t("showOlder", { count: changes.length - shownFirst })}
              </summary>
              <div className="mt-3">
                <ChangeList changes={changes.slice(shownFirst)} t={t} format={format} />
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function ChangeList({ changes, t, format }: { changes: ListingChange[]; t: T; format: Format }) {
  return (
    <ol className="grid gap-3">
      {changes.map((c) => (
        <li key={`${c.kind}-${c.at}`} className="grid gap-3 rounded-lg border bg-card p-4 text-sm" data-testid="listing-change" data-kind={c.kind}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-medium">{t(c.kind === "listing" ? "listing" : "buyBoxSeller")}</h3>
            <time className="text-xs text-muted-foreground" dateTime={c.at}>
              {format.dateTime(new Date(c.at), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
            </time>
          </div>
          {c.kind === "buyBoxSeller" ? (
            <p className="flex flex-wrap items-center gap-2">
              <span className="text-muted-foreground line-through">{c.before.name ?? c.before.id}</span>
              <ArrowRight className="h-4 w-4" aria-label="→" />
              <span className="font-medium">{c.after.name ?? c.after.id}</span>
            </p>
          ) : (
            <ListingDiffView change={c} t={t} />
          )}
        </li>
      ))}
    </ol>
  );
}

function ListingDiffView({ change, t }: { change: Extract<ListingChange, { kind: "listing" }>; t: T }) {
  return (
    <div className="grid gap-3">
      {change.title && (
        <Field label={t("titleLabel")}>
          <dl className="grid gap-1">
            <div className="grid gap-0.5 sm:grid-cols-[5rem_1fr]">
              <dt className="text-xs text-muted-foreground">{t("before")}</dt>
              <dd data-testid="title-before"><DiffText parts={change.title.parts} show="before" /></dd>
            </div>
            <div className="grid gap-0.5 sm:grid-cols-[5rem_1fr]">
              <dt className="text-xs text-muted-foreground">{t("after")}</dt>
              <dd data-testid="title-after"><DiffText parts={change.title.parts} show="after" /></dd>
            </div>
          </dl>
        </Field>
      )}
      {change.brand && (
        <Field label={t("brand")}>
          <p className="flex flex-wrap items-center gap-2">
            <span className="line-through text-muted-foreground">{change.brand.before ?? t("none")}</span>
            <ArrowRight className="h-4 w-4" aria-label="→" />
            <span className="font-medium">{change.brand.after ?? t("none")}</span>
          </p>
        </Field>
      )}
      {change.bullets && (
        <Field label={t("bullets")}>
          <ul className="grid gap-1">
            {change.bullets.map((line, i) => (
              <BulletRow key={i} line={line} t={t} />
            ))}
          </ul>
        </Field>
      )}
      {change.images && (
        <Field label={t("images")}>
          <div className="grid gap-2">
            {(["added", "removed"] as const).map((side) =>
              change.images![side].length ? (
                <div key={side} className="grid gap-1">
                  <p className={cn("text-xs", side === "added" ? "text-success" : "text-destructive")}>
                    {t(side === "added" ? "imagesAdded" : "imagesRemoved", { count: change.images![side].length })}
                  </p>
                  <div className="flex flex-wrap gap-2">
                    {change.images![side].map((src) => (
                      <ProductImage key={src} src={src} alt={t(side)} fallbackLabel={src} className={cn("h-16 w-16", side === "removed" && "opacity-60")} />
                    ))}
                  </div>
                </div>
              ) : null,
            )}
          </div>
        </Field>
      )}
    </div>
  );
}

function BulletRow({ line, t }: { line: BulletLine; t: T }) {
  if (line.kind === "changed") {
    return (
      <li className="grid gap-0.5 border-l-2 border-amber-500 pl-2" data-line="changed">
        <span className="text-xs text-muted-foreground">{t("changed")}</span>
        <span><DiffText parts={line.parts} show="before" /></span>
        <span><DiffText parts={line.parts} show="after" /></span>
      </li>
    );
  }
  const tone = { same: "border-transparent text-muted-foreground", added: "border-success bg-success/10", removed: "border-destructive bg-destructive/10 line-through" }[line.kind];
  return (
    <li className={cn("border-l-2 pl-2", tone)} data-line={line.kind}>
      {line.kind !== "same" && <span className="sr-only">{t(line.kind)}: </span>}
      {line.text}
    </li>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <h4 className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</h4>
      {children}
    </div>
  );
}
