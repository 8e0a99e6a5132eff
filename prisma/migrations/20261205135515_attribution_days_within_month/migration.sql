-- CreateIndex
CREATE INDEX "Attribution_shop_month_processedAt_agentId_currencyCode_can_idx" ON "Attribution"("shop", "month", "processedAt", "agentId", "currencyCode", "cancelled", "netMinor", "commissionMinor");

