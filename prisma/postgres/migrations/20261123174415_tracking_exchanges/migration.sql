-- AlterTable
ALTER TABLE "VipBackfill" ADD COLUMN     "heartbeatAt" TIMESTAMP(3),
ADD COLUMN     "mutations" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Attribution" ADD COLUMN     "month" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "TrackingSettings" (
    "shop" TEXT NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "TrackingLookupDaily" (
    "shop" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "lookups" INTEGER NOT NULL DEFAULT 0,
    "misses" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TrackingLookupDaily_pkey" PRIMARY KEY ("shop","day")
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
    "fetchedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackingSnapshot_pkey" PRIMARY KEY ("shop","orderId")
);

-- CreateTable
CREATE TABLE "ExchangeOffer" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "precedence" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeOutcome" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ExchangeOutcome_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "AttributionMonthly_pkey" PRIMARY KEY ("shop","month","source","agentKey")
);

-- CreateTable
CREATE TABLE "ProfitSettings" (
    "shop" TEXT NOT NULL,
    "fallbackMarginBps" INTEGER,
    "teamShareBps" INTEGER NOT NULL DEFAULT 1000,
    "storeConversionBps" INTEGER NOT NULL DEFAULT 200,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfitSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "SupportCost" (
    "shop" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "salariesMinor" BIGINT NOT NULL DEFAULT 0,
    "toolsMinor" BIGINT NOT NULL DEFAULT 0,
    "otherMinor" BIGINT NOT NULL DEFAULT 0,
    "currencyCode" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportCost_pkey" PRIMARY KEY ("shop","month")
);

-- CreateTable
CREATE TABLE "SupportCampaign" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "contacted" INTEGER NOT NULL,
    "replied" INTEGER NOT NULL,
    "code" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelightSpendMonthly" (
    "shop" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "agentKey" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "codes" INTEGER NOT NULL DEFAULT 0,
    "costMinor" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DelightSpendMonthly_pkey" PRIMARY KEY ("shop","month","agentKey","currencyCode")
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

    CONSTRAINT "OrderDaily_pkey" PRIMARY KEY ("shop","day","currencyCode")
);

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
CREATE INDEX "ExchangeOutcome_shop_createdAt_status_currencyCode_keptMino_idx" ON "ExchangeOutcome"("shop", "createdAt", "status", "currencyCode", "keptMinor", "upsellMinor", "bonusCostMinor", "orderId");

-- CreateIndex
CREATE INDEX "SupportCampaign_shop_month_idx" ON "SupportCampaign"("shop", "month");

-- CreateIndex
CREATE UNIQUE INDEX "SupportCampaign_shop_month_code_key" ON "SupportCampaign"("shop", "month", "code");

-- CreateIndex
CREATE INDEX "AgentCode_shop_kind_createdAt_idx" ON "AgentCode"("shop", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "Attribution_shop_month_source_agentId_idx" ON "Attribution"("shop", "month", "source", "agentId");

