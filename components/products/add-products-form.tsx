"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { addProductsFromCsv, addProductsFromText } from "@/lib/actions/products";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toMegabytes, uploadLimitBytes, uploadLimitMb } from "@/lib/config/upload-limit";
import type { ActionResult } from "@/lib/errors/to-action-error";
import { marketplaceCodes, marketplaces, type MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import type { AddProductsReport } from "@/lib/products/add-products-report";

const textareaClass =
  "min-h-32 w-full rounded-md border border-input bg-background px-3 py-2 font-mono text-sm shadow-sm placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

export function AddProductsForm() {
  const t = useTranslations("products.add");
  const tKinds = useTranslations("products.kinds");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<AddProductsReport>>();
  const fileRef = useRef<HTMLInputElement>(null);

  function run(action: () => Promise<ActionResult<AddProductsReport>>) {
    setResult(undefined);
    startTransition(async () => {
      // A refused request (the body over Next.js's limit, the network) is a message, not a broken page.
      const res = await action().catch((): ActionResult<AddProductsReport> => ({ ok: false, error: { code: "INTERNAL", message: tErrors("codes.INTERNAL") } }));
      setResult(res);
      if (res.ok) router.refresh();
    });
  }

  function onPaste(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    run(() =>
      addProductsFromText({
        text: String(form.get("lines") ?? ""),
        marketplace: (String(form.get("marketplace")) || undefined) as MarketplaceCode | undefined,
        kind: form.get("kind") === "own" ? "own" : "competitor",
        tags: String(form.get("tags") ?? ""),
      }),
    );
  }

  function onCsv() {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    // The same limit the server checks, before the upload starts.
    if (file.size > uploadLimitBytes) {
      const message = tErrors("fileTooLarge", { size: toMegabytes(file.size), limit: uploadLimitMb });
      setResult({ ok: false, error: { code: "VALIDATION", message, fields: { file: message } } });
      return;
    }
    const marketplace = (document.getElementById("marketplace") as HTMLSelectElement | null)?.value;
    run(async () => addProductsFromCsv({ csv: await file.text(), marketplace: (marketplace || undefined) as MarketplaceCode | undefined }));
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={onPaste} className="grid gap-4" aria-describedby="add-products-result">
        <FormField id="lines" label={t("lines")}>
          <textarea id="lines" name="lines" className={textareaClass} placeholder={t("linesPlaceholder")} rows={5} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField id="marketplace" label={t("marketplace")}>
            <Select id="marketplace" name="marketplace" defaultValue="US">
              {marketplaceCodes.map((code) => (
                <option key={code} value={code}>
                  {code} · {marketplaces[code].domain}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="kind" label={t("kind")}>
            <Select id="kind" name="kind" defaultValue="competitor">
              <option value="competitor">{tKinds("competitor")}</option>
              <option value="own">{tKinds("own")}</option>
            </Select>
          </FormField>
          <FormField id="tags" label={t("tags")} hint={t("tagsHint")}>
            <Input id="tags" name="tags" />
          </FormField>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
          <div className="flex flex-wrap items-end gap-2">
            <FormField id="csv" label={t("csv")} hint={t("csvHint")}>
              <Input id="csv" ref={fileRef} type="file" accept=".csv,text/csv" className="max-w-xs" />
            </FormField>
            <Button type="button" variant="outline" disabled={pending} onClick={onCsv}>
              {pending ? t("importing") : t("importCsv")}
            </Button>
          </div>
        </div>
      </form>
      <div id="add-products-result" aria-live="polite">
        {result && !result.ok && <FormMessage tone="error">{result.error.message}</FormMessage>}
        {result?.ok && <AddReport report={result.data} />}
      </div>
    </div>
  );
}

function AddReport({ report }: { report: AddProductsReport }) {
  const t = useTranslations("products.add");
  return (
    <div className="grid gap-2" data-testid="add-report">
      <FormMessage tone="success">
        {t("added", { count: report.added })}{" "}
        {report.added > 0 && (report.firstCrawl === "scheduled" ? t("firstCrawlScheduled") : t("firstCrawlManual"))}
      </FormMessage>
      {report.problems.length > 0 && (
        <div role="alert" className="rounded-md bg-destructive/10 px-3 py-2 text-sm text-destructive">
          <p className="font-medium">{t("problems", { count: report.problems.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
