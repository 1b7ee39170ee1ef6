-- CreateEnum
CREATE TYPE "EmailMode" AS ENUM ('instant', 'digest', 'none');

-- CreateEnum
CREATE TYPE "AnomalyKind" AS ENUM ('price_change', 'buy_box_price_change', 'bsr_change', 'rating_drop', 'review_count_drop', 'out_of_stock', 'back_in_stock', 'buy_box_seller_change', 'title_change', 'bullets_change', 'images_change', 'brand_change');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('info', 'warning', 'critical');

-- CreateEnum
CREATE TYPE "DeliveryChannel" AS ENUM ('email', 'email_digest', 'webhook');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "alertKinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "emailMode" "EmailMode" NOT NULL DEFAULT 'instant';

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "alertThresholds" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "alertThresholds" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "Anomaly" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "kind" "AnomalyKind" NOT NULL,
    "severity" "Severity" NOT NULL,
    "fromSnapshotId" BIGINT,
    "toSnapshotId" BIGINT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "change" DOUBLE PRECISION,
    "reason" JSONB NOT NULL,
    "detectedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Anomaly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnomalyReceipt" (
    "anomalyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "AnomalyReceipt_pkey" PRIMARY KEY ("anomalyId","userId")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "kinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "anomalyId" TEXT NOT NULL,
    "channel" "DeliveryChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "userId" TEXT,
    "webhookId" TEXT,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "statusCode" INTEGER,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Anomaly_workspaceId_detectedAt_idx" ON "Anomaly"("workspaceId", "detectedAt");

-- CreateIndex
CREATE INDEX "Anomaly_productId_kind_detectedAt_idx" ON "Anomaly"("productId", "kind", "detectedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Anomaly_productId_kind_toSnapshotId_key" ON "Anomaly"("productId", "kind", "toSnapshotId");

-- CreateIndex
CREATE INDEX "AnomalyReceipt_userId_idx" ON "AnomalyReceipt"("userId");

-- CreateIndex
CREATE INDEX "Webhook_workspaceId_idx" ON "Webhook"("workspaceId");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_nextAttemptAt_idx" ON "AlertDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_workspaceId_createdAt_idx" ON "AlertDelivery"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_anomalyId_channel_recipient_key" ON "AlertDelivery"("anomalyId", "channel", "recipient");

-- AddForeignKey
ALTER TABLE "Anomaly" ADD CONSTRAINT "Anomaly_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Anomaly" ADD CONSTRAINT "Anomaly_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnomalyReceipt" ADD CONSTRAINT "AnomalyReceipt_anomalyId_fkey" FOREIGN KEY ("anomalyId") REFERENCES "Anomaly"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_anomalyId_fkey" FOREIGN KEY ("anomalyId") REFERENCES "Anomaly"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;
