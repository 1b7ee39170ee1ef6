-- CreateEnum
CREATE TYPE "FailedReadReason" AS ENUM ('blocked', 'not_found', 'invalid', 'missing', 'run_failed');

-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('running', 'succeeded', 'failed', 'interrupted');

-- AlterEnum
ALTER TYPE "CrawlStatus" ADD VALUE 'interrupted';

-- AlterTable
ALTER TABLE "CrawlRun" ADD COLUMN     "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "lastFailureKind" "FailedReadReason";

-- CreateTable
CREATE TABLE "JobLease" (
    "job" TEXT NOT NULL,
    "holder" TEXT,
    "expiresAt" TIMESTAMP(3),
    "lastTick" TIMESTAMP(3),

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("job")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "runner" TEXT NOT NULL,
    "tick" TIMESTAMP(3),
    "holder" TEXT,
    "status" "JobRunStatus" NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "summary" JSONB,
    "error" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_tick_key" ON "JobRun"("job", "tick");

-- CreateIndex
CREATE INDEX "CrawlRun_status_idx" ON "CrawlRun"("status");

-- Backfill: the failure kind used to be the prefix of lastFailureReason ("not_found: …").
UPDATE "Product"
SET "lastFailureKind" = (CASE split_part("lastFailureReason", ':', 1)
      WHEN 'invalid_item' THEN 'invalid'
      WHEN 'not_found' THEN 'not_found'
      WHEN 'missing' THEN 'missing'
      WHEN 'blocked' THEN 'blocked'
      ELSE 'run_failed' END)::"FailedReadReason",
    "lastFailureReason" = NULLIF(btrim(substr("lastFailureReason", strpos("lastFailureReason", ':') + 1)), '')
WHERE "lastFailureReason" IS NOT NULL;
