-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('own', 'competitor');

-- CreateEnum
CREATE TYPE "CrawlFrequency" AS ENUM ('hourly', 'daily', 'weekly');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('apify', 'demo');

-- CreateEnum
CREATE TYPE "CrawlTrigger" AS ENUM ('manual', 'scheduled', 'new_product');

-- CreateEnum
CREATE TYPE "CrawlStatus" AS ENUM ('running', 'succeeded', 'partial', 'failed');

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "asin" TEXT NOT NULL,
    "marketplace" TEXT NOT NULL,
    "kind" "ProductKind" NOT NULL DEFAULT 'competitor',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "frequency" "CrawlFrequency" NOT NULL DEFAULT 'daily',
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT,
    "brand" TEXT,
    "imageUrl" TEXT,
    "currency" TEXT,
    "price" DECIMAL(14,2),
    "listPrice" DECIMAL(14,2),
    "buyBoxPrice" DECIMAL(14,2),
    "bsr" INTEGER,
    "bsrCategory" TEXT,
    "rating" DECIMAL(2,1),
    "reviewCount" INTEGER,
    "inStock" BOOLEAN,
    "availabilityText" TEXT,
    "buyBoxSellerId" TEXT,
    "buyBoxSellerName" TEXT,
    "listingHash" TEXT,
    "listingVersionId" TEXT,
    "lastReadingAt" TIMESTAMP(3),
    "lastFailedAt" TIMESTAMP(3),
    "lastFailureReason" TEXT,
    "failureStreak" INTEGER NOT NULL DEFAULT 0,
    "lastCrawledAt" TIMESTAMP(3),

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" BIGSERIAL NOT NULL,
    "productId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL,
    "crawlRunId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "currency" TEXT NOT NULL,
    "price" DECIMAL(14,2),
    "listPrice" DECIMAL(14,2),
    "buyBoxPrice" DECIMAL(14,2),
    "bsr" INTEGER,
    "bsrCategory" TEXT,
    "bsrRanks" JSONB,
    "rating" DECIMAL(2,1),
    "reviewCount" INTEGER,
    "inStock" BOOLEAN,
    "availabilityText" TEXT,
    "buyBoxSellerId" TEXT,
    "buyBoxSellerName" TEXT,
    "listingVersionId" TEXT,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingVersion" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT,
    "brand" TEXT,
    "bullets" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "images" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "categoryPath" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "ListingVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrawlRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "marketplace" TEXT NOT NULL,
    "trigger" "CrawlTrigger" NOT NULL,
    "source" "SourceKind" NOT NULL,
    "status" "CrawlStatus" NOT NULL DEFAULT 'running',
    "key" TEXT,
    "asinsAsked" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "readingsStored" INTEGER NOT NULL DEFAULT 0,
    "failures" JSONB NOT NULL DEFAULT '[]',
    "sourceRunIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "costUsd" DECIMAL(12,4),
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CrawlRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Product_workspaceId_createdAt_idx" ON "Product"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Product_paused_lastCrawledAt_idx" ON "Product"("paused", "lastCrawledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product_workspaceId_marketplace_asin_key" ON "Product"("workspaceId", "marketplace", "asin");

-- CreateIndex
CREATE INDEX "Snapshot_workspaceId_capturedAt_idx" ON "Snapshot"("workspaceId", "capturedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Snapshot_productId_capturedAt_key" ON "Snapshot"("productId", "capturedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ListingVersion_productId_firstSeenAt_key" ON "ListingVersion"("productId", "firstSeenAt");

-- CreateIndex
CREATE INDEX "CrawlRun_workspaceId_startedAt_idx" ON "CrawlRun"("workspaceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CrawlRun_workspaceId_key_key" ON "CrawlRun"("workspaceId", "key");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingVersion" ADD CONSTRAINT "ListingVersion_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrawlRun" ADD CONSTRAINT "CrawlRun_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
