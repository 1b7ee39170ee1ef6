"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { plainText } from "@/lib/validation/text";
import { workspaceAction } from "@/lib/auth/action";
import { refreshProducts } from "@/lib/crawl/refresh-products";
import { requestCrawls } from "@/lib/jobs/request-crawls";
import { requestDelivery } from "@/lib/jobs/request-delivery";
import { addProducts, type AddProductsResult } from "@/lib/products/add-products";
import { checkUploadSize } from "@/lib/products/check-upload-size";
import { buildAddReport, type ParsedInput } from "@/lib/products/add-products-report";
import { removeProducts, setProductsPaused, tagProducts, updateProductSettings } from "@/lib/products/manage-products";
import { parseProductCsv } from "@/lib/products/parse-product-csv";
import { parseProductLines } from "@/lib/products/parse-product-lines";
import { addFromCsvSchema, addFromTextSchema, productIdsSchema, splitTagInput } from "@/lib/products/schemas";
import { getConfiguredSource } from "@/lib/sources/get-source";
import { AppError } from "@/lib/errors/app-error";
import { canEdit } from "@/lib/workspaces/roles";
import type { DbClient } from "@/lib/db/client";

// New products are read at once, in the background: the form answers right away and the list
// shows them as being read until their first readings land.
async function finishAdd(db: DbClient, workspaceId: string, parsed: ParsedInput, result: AddProductsResult) {
  const requested = await requestCrawls({ db, source: getConfiguredSource(), workspaceId, targets: result.added, trigger: "new_product", requestedAt: new Date() });
  revalidatePath("/products");
  return buildAddReport(parsed, result, requested, await getTranslations("products"));
}

export const addProductsFromText = workspaceAction({ schema: addFromTextSchema, roles: canEdit }, async (input, { db, workspaceId }) => {
  const parsed = parseProductLines(input.text, input.marketplace);
  const tags = splitTagInput(input.tags);
  const items = parsed.items.map((i) => ({ ...i, kind: input.kind, tags }));
  return finishAdd(db, workspaceId, parsed, await addProducts({ db, workspaceId, items }));
});

export const addProductsFromCsv = workspaceAction({ schema: addFromCsvSchema, roles: canEdit }, async (input, { db, workspaceId }) => {
  checkUploadSize(new TextEncoder().encode(input.csv).byteLength);
  const parsed = parseProductCsv(input.csv, { defaultMarketplace: input.marketplace });
  if (!parsed.ok) {
    const t = await getTranslations("products");
    return { added: 0, firstCrawl: "manual" as const, problems: [t(`lineErrors.${parsed.error}`)] };
  }
  const items = parsed.items.map((i) => ({ line: i.line, asin: i.asin, marketplace: i.marketplace, kind: i.type, tags: i.tags }));
  return finishAdd(db, workspaceId, parsed, await addProducts({ db, workspaceId, items }));
});

export const refreshProductsNow = workspaceAction(
  { schema: z.object({ ids: productIdsSchema }), roles: canEdit },
  async ({ ids }, { db, workspaceId }) => {
    const { source, batchSize } = getConfiguredSource();
    const summary = await refreshProducts({ db, source, batchSize, workspaceId, productIds: ids });
    // The alerts it found go out from the delivery worker; this answers without waiting for them.
    await requestDelivery({ workspaceId });
    revalidatePath("/products");
    revalidatePath("/alerts");
    const t = await getTranslations("products");
    return {
      ...summary,
      failures: summary.failures.map((f) => t("table.refreshFailure", { asin: f.asin, marketplace: f.marketplace, reason: t(`failureReasons.${f.reason}`) })),
    };
  },
);

// "Refresh all": every active product of the workspace, batched like the schedule, in the
// background (a large workspace takes minutes on Apify; nobody should wait on a button).
export const refreshAllProducts = workspaceAction({ schema: z.object({}), roles: canEdit }, async (_input, { db, workspaceId }) => {
  const targets = await db.product.findMany({ where: { workspaceId, paused: false }, select: { asin: true, marketplace: true } });
  const started = await requestCrawls({
    db,
    source: getConfiguredSource(),
    workspaceId,
    targets: targets.map((p) => ({ asin: p.asin, marketplace: p.marketplace })),
    trigger: "manual",
    requestedAt: new Date(),
  });
  if (!started) throw new AppError("UPSTREAM", "The scheduler did not accept the crawl; try again in a minute.");
  revalidatePath("/products");
  return { products: targets.length };
});

export const setPaused = workspaceAction(
  { schema: z.object({ ids: productIdsSchema, paused: z.boolean() }), roles: canEdit },
  async ({ ids, paused }, { db, workspaceId }) => {
    const result = await setProductsPaused({ db, workspaceId, ids, paused });
    revalidatePath("/products");
    return result;
  },
);

export const removeSelected = workspaceAction(
  { schema: z.object({ ids: productIdsSchema }), roles: canEdit },
  async ({ ids }, { db, workspaceId }) => {
    const result = await removeProducts({ db, workspaceId, ids });
    revalidatePath("/products");
    return result;
  },
);

export const setFrequency = workspaceAction(
  { schema: z.object({ ids: productIdsSchema, frequency: z.enum(["hourly", "daily", "weekly"]) }), roles: canEdit },
  async ({ ids, frequency }, { db, workspaceId }) => {
    const result = await updateProductSettings({ db, workspaceId, ids, settings: { frequency } });
    revalidatePath("/products");
    return result;
  },
);

export const tagSelected = workspaceAction(
  {
    schema: z.object({ ids: productIdsSchema, tag: plainText().trim().min(1).max(50), action: z.enum(["add", "remove"]) }),
    roles: canEdit,
  },
  async ({ ids, tag, action }, { db, workspaceId }) => {
    const result = await tagProducts({ db, workspaceId, ids, tag, action });
    revalidatePath("/products");
    return result;
  },
);
