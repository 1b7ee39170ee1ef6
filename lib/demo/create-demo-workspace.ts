import type { DbClient } from "@/lib/db/client";
import { ingestReadings } from "@/lib/crawl/complete-crawl-run";
import type { MarketplaceCode } from "@/lib/marketplaces/marketplaces";
import { addProducts } from "@/lib/products/add-products";
import { demoCatalog, type DemoProduct } from "@/lib/sources/demo/demo-catalog";
import { simulateHistory } from "@/lib/sources/demo/simulate-reading";

const DAY = 86_400_000;

/** The ~24 demo products: every marketplace of the catalogue, own products first. */
function pickDemoProducts(count = 24): DemoProduct[] {
  const own = demoCatalog.filter((p) => p.suggestedOwn);
  const rest = demoCatalog.filter((p) => !p.suggestedOwn);
  return [...own, ...rest].slice(0, count);
}

// A workspace full of simulated history so every screen has something to show before any
// API key is set. It belongs to the user who opened it and is labelled demo (isDemo, and
// every reading's isDemo) everywhere. Opening it twice returns the same workspace.
export async function createDemoWorkspace({
  db,
  userId,
  name,
  now = new Date(),
  days = 180,
}: {
  db: DbClient;
  userId: string;
  name: string;
  now?: Date;
  days?: number;
}): Promise<{ workspaceId: string; created: boolean }> {
  const existing = await db.membership.findFirst({ where: { userId, workspace: { isDemo: true } }, select: { workspaceId: true } });
  if (existing) return { workspaceId: existing.workspaceId, created: false };

  const workspace = await db.workspace.create({
    data: { name, isDemo: true, memberships: { create: { userId, role: "owner" } } },
    select: { id: true },
  });
  const products = pickDemoProducts();
  await addProducts({
    db,
    workspaceId: workspace.id,
    items: products.map((p, line) => ({
      line,
      asin: p.asin,
      marketplace: p.marketplace,
      kind: p.suggestedOwn ? "own" : "competitor",
      tags: [p.category.replace("_", " ")],
    })),
  });

  const from = new Date(now.getTime() - days * DAY);
  const byMarketplace = new Map<MarketplaceCode, DemoProduct[]>();
  for (const p of products) byMarketplace.set(p.marketplace, [...(byMarketplace.get(p.marketplace) ?? []), p]);
  for (const [marketplace, group] of byMarketplace) {
    // Readings must not be in the future: today's may be scheduled later in the day.
    const readings = group.flatMap((p) => simulateHistory(p, from, now)).filter((r) => r.capturedAt <= now);
    // Past events are history, not news: nobody is emailed about six months of them.
    await ingestReadings({ db, workspaceId: workspace.id, marketplace, readings, notify: false });
  }
  return { workspaceId: workspace.id, created: true };
}

/** Deletes a demo workspace of this user (never a real one). */
export async function deleteDemoWorkspace({ db, userId, workspaceId }: { db: DbClient; userId: string; workspaceId: string }) {
  const { count } = await db.workspace.deleteMany({
    where: { id: workspaceId, isDemo: true, memberships: { some: { userId, role: "owner" } } },
  });
  return { deleted: count > 0 };
}
