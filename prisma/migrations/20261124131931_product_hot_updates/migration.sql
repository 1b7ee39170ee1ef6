-- DropIndex
DROP INDEX "Product_paused_lastCrawledAt_idx";

-- Leave room in each page so the latest-state update of every crawl stays on the same page
-- (a heap-only update that rewrites no index). Prisma does not model storage parameters.
ALTER TABLE "Product" SET (fillfactor = 70);
