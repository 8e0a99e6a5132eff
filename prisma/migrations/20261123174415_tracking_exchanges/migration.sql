-- CreateTable
CREATE TABLE "TrackingSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "headline" TEXT,
    "logoUrl" TEXT,
    "primaryColor" TEXT,
    "accentColor" TEXT,
    "supportEmail" TEXT,
    "supportPhone" TEXT,
    "supportWhatsApp" TEXT,
    "faqLinks" TEXT NOT NULL DEFAULT '[]',
    "pinnedCollection" TEXT,
    "costPerTicketMinor" BIGINT NOT NULL DEFAULT 500,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TrackingLookupDaily" (
    "shop" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "lookups" INTEGER NOT NULL DEFAULT 0,
    "misses" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "day")
);

-- CreateTable
CREATE TABLE "TrackingSnapshot" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "customerId" TEXT,
    "data" TEXT NOT NULL,
    "fetchedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "orderId")
);

-- CreateTable
CREATE TABLE "ExchangeOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "precedence" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ExchangeOutcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "lineItemId" TEXT NOT NULL,
    "customerId" TEXT,
    "agentId" TEXT,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "returnReason" TEXT,
    "exchangeVariantId" TEXT,
    "returnId" TEXT,
    "draftOrderId" TEXT,
    "currencyCode" TEXT NOT NULL,
    "keptMinor" BIGINT NOT NULL DEFAULT 0,
    "upsellMinor" BIGINT NOT NULL DEFAULT 0,
    "bonusCostMinor" BIGINT NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AttributionMonthly" (
    "shop" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "agentKey" TEXT NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "cancelledOrders" INTEGER NOT NULL DEFAULT 0,
    "grossMinor" BIGINT NOT NULL DEFAULT 0,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "netMinor" BIGINT NOT NULL DEFAULT 0,
    "commissionMinor" BIGINT NOT NULL DEFAULT 0,
    "currencyCode" TEXT NOT NULL,

    PRIMARY KEY ("shop", "month", "source", "agentKey")
);

-- CreateTable
CREATE TABLE "ProfitSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "fallbackMarginBps" INTEGER,
    "teamShareBps" INTEGER NOT NULL DEFAULT 1000,
    "storeConversionBps" INTEGER NOT NULL DEFAULT 200,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SupportCost" (
    "shop" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "salariesMinor" BIGINT NOT NULL DEFAULT 0,
    "toolsMinor" BIGINT NOT NULL DEFAULT 0,
    "otherMinor" BIGINT NOT NULL DEFAULT 0,
    "currencyCode" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "month")
);

-- CreateTable
CREATE TABLE "SupportCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "contacted" INTEGER NOT NULL,
    "replied" INTEGER NOT NULL,
    "code" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DelightSpendMonthly" (
    "shop" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "agentKey" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "codes" INTEGER NOT NULL DEFAULT 0,
    "costMinor" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "month", "agentKey", "currencyCode")
);

-- CreateTable
CREATE TABLE "OrderDaily" (
    "shop" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "cancelledOrders" INTEGER NOT NULL DEFAULT 0,
    "grossMinor" BIGINT NOT NULL DEFAULT 0,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "day", "currencyCode")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_VipBackfill" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "bulkOperationId" TEXT,
    "trigger" TEXT NOT NULL,
    "customersTotal" INTEGER NOT NULL DEFAULT 0,
    "customersProcessed" INTEGER NOT NULL DEFAULT 0,
    "customersChanged" INTEGER NOT NULL DEFAULT 0,
    "mutations" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "heartbeatAt" DATETIME
);
INSERT INTO "new_VipBackfill" ("bulkOperationId", "customersChanged", "customersProcessed", "customersTotal", "error", "finishedAt", "id", "shop", "startedAt", "status", "trigger") SELECT "bulkOperationId", "customersChanged", "customersProcessed", "customersTotal", "error", "finishedAt", "id", "shop", "startedAt", "status", "trigger" FROM "VipBackfill";
DROP TABLE "VipBackfill";
ALTER TABLE "new_VipBackfill" RENAME TO "VipBackfill";
CREATE INDEX "VipBackfill_shop_startedAt_idx" ON "VipBackfill"("shop", "startedAt");
CREATE TABLE "new_Attribution" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "agentId" TEXT,
    "code" TEXT,
    "currencyCode" TEXT NOT NULL,
    "grossMinor" BIGINT NOT NULL,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "netMinor" BIGINT NOT NULL,
    "commissionBps" INTEGER NOT NULL DEFAULT 0,
    "commissionMinor" BIGINT NOT NULL DEFAULT 0,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "processedAt" DATETIME NOT NULL,
    "month" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "orderId")
);
INSERT INTO "new_Attribution" ("agentId", "cancelled", "code", "commissionBps", "commissionMinor", "currencyCode", "grossMinor", "netMinor", "orderId", "processedAt", "refundedMinor", "shop", "source", "updatedAt") SELECT "agentId", "cancelled", "code", "commissionBps", "commissionMinor", "currencyCode", "grossMinor", "netMinor", "orderId", "processedAt", "refundedMinor", "shop", "source", "updatedAt" FROM "Attribution";
DROP TABLE "Attribution";
ALTER TABLE "new_Attribution" RENAME TO "Attribution";
CREATE INDEX "Attribution_shop_agentId_processedAt_idx" ON "Attribution"("shop", "agentId", "processedAt");
CREATE INDEX "Attribution_shop_source_processedAt_idx" ON "Attribution"("shop", "source", "processedAt");
CREATE INDEX "Attribution_shop_month_source_agentId_idx" ON "Attribution"("shop", "month", "source", "agentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TrackingSnapshot_shop_orderName_idx" ON "TrackingSnapshot"("shop", "orderName");

-- CreateIndex
CREATE INDEX "ExchangeOffer_shop_precedence_idx" ON "ExchangeOffer"("shop", "precedence");

-- CreateIndex
CREATE INDEX "ExchangeOutcome_shop_offerId_createdAt_idx" ON "ExchangeOutcome"("shop", "offerId", "createdAt");

-- CreateIndex
CREATE INDEX "ExchangeOutcome_shop_agentId_createdAt_idx" ON "ExchangeOutcome"("shop", "agentId", "createdAt");

-- CreateIndex
CREATE INDEX "ExchangeOutcome_shop_orderId_idx" ON "ExchangeOutcome"("shop", "orderId");

-- CreateIndex
CREATE INDEX "ExchangeOutcome_shop_createdAt_status_currencyCode_keptMinor_upsellMinor_bonusCostMinor_orderId_idx" ON "ExchangeOutcome"("shop", "createdAt", "status", "currencyCode", "keptMinor", "upsellMinor", "bonusCostMinor", "orderId");

-- CreateIndex
CREATE INDEX "SupportCampaign_shop_month_idx" ON "SupportCampaign"("shop", "month");

-- CreateIndex
CREATE UNIQUE INDEX "SupportCampaign_shop_month_code_key" ON "SupportCampaign"("shop", "month", "code");

-- CreateIndex
CREATE INDEX "AgentCode_shop_kind_createdAt_idx" ON "AgentCode"("shop", "kind", "createdAt");

