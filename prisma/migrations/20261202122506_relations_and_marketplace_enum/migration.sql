-- Marketplace becomes an enum. The columns change type in place (USING a cast), so every
-- row keeps its value and the indexes on them are rebuilt, not dropped. A value outside the
-- enum would stop the migration here instead of being lost.
CREATE TYPE "Marketplace" AS ENUM ('US', 'CA', 'MX', 'BR', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'TR', 'AE', 'SA', 'EG', 'IN', 'JP', 'AU', 'SG');

ALTER TABLE "CompetitorGroup" ALTER COLUMN "marketplace" TYPE "Marketplace" USING "marketplace"::"Marketplace";
ALTER TABLE "CrawlRun" ALTER COLUMN "marketplace" TYPE "Marketplace" USING "marketplace"::"Marketplace";
ALTER TABLE "KeywordCandidate" ALTER COLUMN "marketplace" TYPE "Marketplace" USING "marketplace"::"Marketplace";
ALTER TABLE "KeywordCategory" ALTER COLUMN "marketplace" TYPE "Marketplace" USING "marketplace"::"Marketplace";
ALTER TABLE "Product" ALTER COLUMN "marketplace" TYPE "Marketplace" USING "marketplace"::"Marketplace";

-- Rows left behind by deletes before these relations existed: their workspace, category or
-- group is gone. Removed or detached as each relation's rule says, so the keys can be added.
DELETE FROM "KeywordCandidate" c WHERE NOT EXISTS (SELECT 1 FROM "Workspace" w WHERE w.id = c."workspaceId");
DELETE FROM "KeywordCategory" c WHERE NOT EXISTS (SELECT 1 FROM "Workspace" w WHERE w.id = c."workspaceId");
UPDATE "KeywordCandidate" c SET "categoryId" = NULL
WHERE c."categoryId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "KeywordCategory" k WHERE k.id = c."categoryId");
UPDATE "Anomaly" a SET "groupId" = NULL
WHERE a."groupId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CompetitorGroup" g WHERE g.id = a."groupId");

-- AddForeignKey
ALTER TABLE "Anomaly" ADD CONSTRAINT "Anomaly_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CompetitorGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeywordCategory" ADD CONSTRAINT "KeywordCategory_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeywordCandidate" ADD CONSTRAINT "KeywordCandidate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeywordCandidate" ADD CONSTRAINT "KeywordCandidate_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "KeywordCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
