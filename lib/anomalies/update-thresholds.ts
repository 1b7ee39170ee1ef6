import type { z } from "zod";
import { plainText } from "@/lib/validation/text";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { overridesSchema, readOverrides, readWorkspaceSettings, type workspaceSettingsSchema, type WorkspaceAlertSettings } from "@/lib/anomalies/thresholds";

export async function getWorkspaceAlertSettings({ db, workspaceId }: { db: Db; workspaceId: string }): Promise<WorkspaceAlertSettings> {
  const ws = await db.workspace.findFirst({ where: { id: workspaceId }, select: { alertThresholds: true } });
  if (!ws) throw new AppError("NOT_FOUND");
  return readWorkspaceSettings(ws.alertThresholds);
}

export async function updateWorkspaceAlertSettings({ db, workspaceId, settings }: { db: Db; workspaceId: string; settings: z.output<typeof workspaceSettingsSchema> }) {
  const { count } = await db.workspace.updateMany({ where: { id: workspaceId }, data: { alertThresholds: settings } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return settings;
}

export async function getProductAlertThresholds({ db, workspaceId, productId }: { db: Db; workspaceId: string; productId: string }) {
  const product = await db.product.findFirst({
    where: { id: productId, workspaceId },
    select: { id: true, asin: true, marketplace: true, title: true, alertThresholds: true },
  });
  if (!product) throw new AppError("NOT_FOUND");
  return { ...product, overrides: readOverrides(product.alertThresholds) };
}

export const productOverridesInputSchema = overridesSchema.extend({ productId: plainText().min(1).max(64) });

/** Stores only the fields that are set: an empty field means "use the workspace default". */
export async function updateProductAlertThresholds({
  db,
  workspaceId,
  productId,
  overrides,
}: {
  db: Db;
  workspaceId: string;
  productId: string;
  overrides: z.output<typeof overridesSchema>;
}) {
  const stored = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== null));
  const { count } = await db.product.updateMany({ where: { id: productId, workspaceId }, data: { alertThresholds: stored } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return stored;
}
