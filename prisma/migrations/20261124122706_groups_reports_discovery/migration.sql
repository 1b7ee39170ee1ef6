-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('completed', 'failed');

-- CreateEnum
CREATE TYPE "SuggestionType" AS ENUM ('price', 'title', 'bullets', 'images', 'keywords', 'reviews', 'stock');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('pending', 'implemented', 'dismissed');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AnomalyKind" ADD VALUE 'competitor_undercut';
ALTER TYPE "AnomalyKind" ADD VALUE 'competitor_bsr_overtake';
ALTER TYPE "AnomalyKind" ADD VALUE 'competitor_review_surge';

-- AlterTable
ALTER TABLE "Anomaly" ADD COLUMN     "groupId" TEXT;

-- CreateTable
CREATE TABLE "CompetitorGroup" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "marketplace" TEXT NOT NULL,
    "mainProductId" TEXT NOT NULL,
    "dailyAnalysis" BOOLEAN NOT NULL DEFAULT false,
    "alertSettings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetitorGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitorGroupMember" (
    "groupId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CompetitorGroupMember_pkey" PRIMARY KEY ("groupId","productId")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "trigger" TEXT NOT NULL DEFAULT 'manual',
    "locale" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "inputTokens" INTEGER,
    "outputTokens" INTEGER,
    "totalTokens" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "output" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "reportId" TEXT,
    "type" "SuggestionType" NOT NULL,
    "priority" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "expectedImpact" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "dataPoints" JSONB NOT NULL DEFAULT '[]',
    "status" "SuggestionStatus" NOT NULL DEFAULT 'pending',
    "implementedAt" TIMESTAMP(3),
    "dismissedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeywordCategory" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "marketplace" TEXT NOT NULL,
    "keywords" TEXT[],
    "scheduled" BOOLEAN NOT NULL DEFAULT false,
    "lastSearchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeywordCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeywordCandidate" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "categoryId" TEXT,
    "marketplace" TEXT NOT NULL,
    "keyword" TEXT NOT NULL,
    "asin" TEXT NOT NULL,
    "title" TEXT,
    "brand" TEXT,
    "imageUrl" TEXT,
    "currency" TEXT,
    "price" DECIMAL(14,2),
    "bsr" INTEGER,
    "rating" DECIMAL(2,1),
    "reviewCount" INTEGER,
    "position" INTEGER NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KeywordCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompetitorGroup_workspaceId_idx" ON "CompetitorGroup"("workspaceId");

-- CreateIndex
CREATE INDEX "CompetitorGroupMember_productId_idx" ON "CompetitorGroupMember"("productId");

-- CreateIndex
CREATE INDEX "Report_workspaceId_createdAt_idx" ON "Report"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Report_groupId_createdAt_idx" ON "Report"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_workspaceId_productId_idx" ON "Suggestion"("workspaceId", "productId");

-- CreateIndex
CREATE INDEX "KeywordCategory_workspaceId_idx" ON "KeywordCategory"("workspaceId");

-- CreateIndex
CREATE INDEX "KeywordCandidate_workspaceId_categoryId_idx" ON "KeywordCandidate"("workspaceId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "KeywordCandidate_workspaceId_marketplace_keyword_asin_key" ON "KeywordCandidate"("workspaceId", "marketplace", "keyword", "asin");

-- AddForeignKey
ALTER TABLE "CompetitorGroup" ADD CONSTRAINT "CompetitorGroup_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitorGroup" ADD CONSTRAINT "CompetitorGroup_mainProductId_fkey" FOREIGN KEY ("mainProductId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitorGroupMember" ADD CONSTRAINT "CompetitorGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CompetitorGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitorGroupMember" ADD CONSTRAINT "CompetitorGroupMember_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CompetitorGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
