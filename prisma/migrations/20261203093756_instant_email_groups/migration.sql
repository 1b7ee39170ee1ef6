-- AlterTable
ALTER TABLE "AlertDelivery" ADD COLUMN     "foldedAt" TIMESTAMP(3),
ADD COLUMN     "groupKey" TEXT;

-- CreateIndex
CREATE INDEX "AlertDelivery_userId_sentAt_idx" ON "AlertDelivery"("userId", "sentAt");
