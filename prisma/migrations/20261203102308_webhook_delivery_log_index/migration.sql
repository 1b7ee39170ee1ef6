-- CreateIndex
CREATE INDEX "AlertDelivery_webhookId_createdAt_idx" ON "AlertDelivery"("webhookId", "createdAt");
