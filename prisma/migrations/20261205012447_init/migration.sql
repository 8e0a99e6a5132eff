-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TierChangeKind" AS ENUM ('entered', 'left', 'changed');

-- CreateEnum
CREATE TYPE "VipBackfillStatus" AS ENUM ('running', 'processing', 'completed', 'failed', 'superseded');

-- CreateEnum
CREATE TYPE "AgentCodeKind" AS ENUM ('personal', 'delight');

-- CreateEnum
CREATE TYPE "AgentCodeStatus" AS ENUM ('pending', 'active', 'deactivated');

-- CreateEnum
CREATE TYPE "DiscountValueKind" AS ENUM ('percentage', 'fixed_amount');

-- CreateEnum
CREATE TYPE "AttributionSource" AS ENUM ('agent_code', 'chat', 'tracking_page');

-- CreateEnum
CREATE TYPE "ChatEvent" AS ENUM ('prompt_shown', 'chat_opened', 'dismissed', 'concierge_contacted');

-- CreateEnum
CREATE TYPE "ExchangeChannel" AS ENUM ('agent', 'self_service');

-- CreateEnum
CREATE TYPE "ExchangeOutcomeStatus" AS ENUM ('shown', 'accepted', 'refused', 'requested', 'deciding');

-- CreateEnum
CREATE TYPE "WebhookEventStatus" AS ENUM ('queued', 'processed', 'failed');

-- CreateEnum
CREATE TYPE "StoreImportStatus" AS ENUM ('running', 'processing', 'completed', 'failed');

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT,
    "expires" TIMESTAMPTZ(3),
    "accessToken" TEXT NOT NULL,
    "userId" BIGINT,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "accountOwner" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT,
    "collaborator" BOOLEAN DEFAULT false,
    "emailVerified" BOOLEAN DEFAULT false,
    "refreshToken" TEXT,
    "refreshTokenExpires" TIMESTAMPTZ(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shop" (
    "shop" TEXT NOT NULL,
    "installedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" TIMESTAMPTZ(3),
    "scopes" TEXT,
    "currencyCode" TEXT,
    "ianaTimezone" TEXT,
    "defaultCommissionBps" INTEGER NOT NULL DEFAULT 750,
    "defaultDelightBudgetMinor" BIGINT NOT NULL DEFAULT 50000,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Shop_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "status" "WebhookEventStatus" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "payload" JSONB,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),
    "failedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreImport" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "status" "StoreImportStatus" NOT NULL,
    "trigger" TEXT NOT NULL,
    "bulkOperationId" TEXT,
    "allOrders" BOOLEAN NOT NULL DEFAULT false,
    "ordersSince" TIMESTAMPTZ(3),
    "ordersImported" INTEGER NOT NULL DEFAULT 0,
    "refundsImported" INTEGER NOT NULL DEFAULT 0,
    "customersImported" INTEGER NOT NULL DEFAULT 0,
    "objectsRead" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StoreImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "shop" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "shopifyUpdatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("shop","customerId")
);

-- CreateTable
CREATE TABLE "Order" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "customerId" TEXT,
    "email" TEXT,
    "currencyCode" TEXT NOT NULL,
    "totalPriceMinor" BIGINT NOT NULL,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "financialStatus" TEXT,
    "fulfillmentStatus" TEXT,
    "discountCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "cartAttributes" JSONB NOT NULL DEFAULT '{}',
    "cancelledAt" TIMESTAMPTZ(3),
    "processedAt" TIMESTAMPTZ(3) NOT NULL,
    "shopifyUpdatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("shop","orderId")
);

-- CreateTable
CREATE TABLE "OrderRefund" (
    "shop" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrderRefund_pkey" PRIMARY KEY ("shop","refundId")
);

-- CreateTable
CREATE TABLE "CustomerDataRequest" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "customerId" TEXT,
    "customerEmail" TEXT,
    "dataRequestId" TEXT,
    "ordersRequested" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerDataRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "shop" TEXT NOT NULL,
    "bucketKey" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("shop","bucketKey","windowStart")
);

-- CreateTable
CREATE TABLE "VipRule" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "tierName" TEXT NOT NULL,
    "tierKey" TEXT NOT NULL,
    "precedence" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VipRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerTier" (
    "shop" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "ruleId" TEXT,
    "tierName" TEXT,
    "appliedTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reason" JSONB NOT NULL DEFAULT '[]',
    "factsUpdatedAt" TIMESTAMPTZ(3) NOT NULL,
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CustomerTier_pkey" PRIMARY KEY ("shop","customerId")
);

-- CreateTable
CREATE TABLE "TierChange" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "kind" "TierChangeKind" NOT NULL,
    "fromTier" TEXT,
    "toTier" TEXT,
    "reason" JSONB NOT NULL,
    "trigger" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TierChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VipBackfill" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "status" "VipBackfillStatus" NOT NULL,
    "bulkOperationId" TEXT,
    "trigger" TEXT NOT NULL,
    "customersTotal" INTEGER NOT NULL DEFAULT 0,
    "customersProcessed" INTEGER NOT NULL DEFAULT 0,
    "customersChanged" INTEGER NOT NULL DEFAULT 0,
    "mutations" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "heartbeatAt" TIMESTAMPTZ(3),

    CONSTRAINT "VipBackfill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agent" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "team" TEXT,
    "timeZone" TEXT NOT NULL,
    "workingHours" JSONB NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "monthlyBudgetMinor" BIGINT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "staffUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentCode" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "codeKey" TEXT NOT NULL,
    "kind" "AgentCodeKind" NOT NULL,
    "discountNodeId" TEXT,
    "valueKind" "DiscountValueKind" NOT NULL,
    "valueBasisPoints" INTEGER,
    "valueAmountMinor" BIGINT,
    "costMinor" BIGINT NOT NULL DEFAULT 0,
    "currencyCode" TEXT NOT NULL,
    "customerId" TEXT,
    "expiresAt" TIMESTAMPTZ(3),
    "status" "AgentCodeStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attribution" (
    "shop" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "source" "AttributionSource" NOT NULL,
    "agentId" TEXT,
    "code" TEXT,
    "currencyCode" TEXT NOT NULL,
    "grossMinor" BIGINT NOT NULL,
    "refundedMinor" BIGINT NOT NULL DEFAULT 0,
    "netMinor" BIGINT NOT NULL,
    "commissionBps" INTEGER NOT NULL DEFAULT 0,
    "commissionMinor" BIGINT NOT NULL DEFAULT 0,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "processedAt" TIMESTAMPTZ(3) NOT NULL,
    "month" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attribution_pkey" PRIMARY KEY ("shop","orderId")
);

-- CreateTable
CREATE TABLE "ChatEventDaily" (
    "shop" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "event" "ChatEvent" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChatEventDaily_pkey" PRIMARY KEY ("shop","day","event")
);

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
    "faqLinks" JSONB NOT NULL DEFAULT '[]',
    "pinnedCollection" TEXT,
    "costPerTicketMinor" BIGINT NOT NULL DEFAULT 500,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

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
    "data" JSONB NOT NULL,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrackingSnapshot_pkey" PRIMARY KEY ("shop","orderId")
);

-- CreateTable
CREATE TABLE "ExchangeOffer" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "precedence" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

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
    "channel" "ExchangeChannel" NOT NULL,
    "status" "ExchangeOutcomeStatus" NOT NULL,
    "returnReason" TEXT,
    "exchangeVariantId" TEXT,
    "returnId" TEXT,
    "draftOrderId" TEXT,
    "upsellOrderId" TEXT,
    "upsellPaidAt" TIMESTAMPTZ(3),
    "currencyCode" TEXT NOT NULL,
    "keptMinor" BIGINT NOT NULL DEFAULT 0,
    "upsellMinor" BIGINT NOT NULL DEFAULT 0,
    "bonusCostMinor" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ExchangeOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributionMonthly" (
    "shop" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "source" "AttributionSource" NOT NULL,
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
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

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
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

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
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

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
CREATE INDEX "Session_shop_idx" ON "Session"("shop");

-- CreateIndex
CREATE INDEX "WebhookEvent_shop_status_receivedAt_idx" ON "WebhookEvent"("shop", "status", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_idx" ON "WebhookEvent"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_shop_eventId_key" ON "WebhookEvent"("shop", "eventId");

-- CreateIndex
CREATE INDEX "StoreImport_shop_startedAt_idx" ON "StoreImport"("shop", "startedAt");

-- CreateIndex
CREATE INDEX "Customer_shop_email_idx" ON "Customer"("shop", "email");

-- CreateIndex
CREATE INDEX "Order_shop_customerId_idx" ON "Order"("shop", "customerId");

-- CreateIndex
CREATE INDEX "Order_shop_processedAt_idx" ON "Order"("shop", "processedAt");

-- CreateIndex
CREATE INDEX "OrderRefund_shop_orderId_idx" ON "OrderRefund"("shop", "orderId");

-- CreateIndex
CREATE INDEX "CustomerDataRequest_shop_createdAt_idx" ON "CustomerDataRequest"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE INDEX "VipRule_shop_precedence_idx" ON "VipRule"("shop", "precedence");

-- CreateIndex
CREATE UNIQUE INDEX "VipRule_shop_tierKey_key" ON "VipRule"("shop", "tierKey");

-- CreateIndex
CREATE INDEX "CustomerTier_shop_ruleId_idx" ON "CustomerTier"("shop", "ruleId");

-- CreateIndex
CREATE INDEX "TierChange_shop_customerId_createdAt_idx" ON "TierChange"("shop", "customerId", "createdAt");

-- CreateIndex
CREATE INDEX "TierChange_shop_createdAt_idx" ON "TierChange"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "VipBackfill_shop_startedAt_idx" ON "VipBackfill"("shop", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_shop_email_key" ON "Agent"("shop", "email");

-- CreateIndex
CREATE INDEX "AgentCode_shop_agentId_createdAt_idx" ON "AgentCode"("shop", "agentId", "createdAt");

-- CreateIndex
CREATE INDEX "AgentCode_shop_kind_createdAt_idx" ON "AgentCode"("shop", "kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgentCode_shop_codeKey_key" ON "AgentCode"("shop", "codeKey");

-- CreateIndex
CREATE INDEX "Attribution_shop_agentId_processedAt_idx" ON "Attribution"("shop", "agentId", "processedAt");

-- CreateIndex
CREATE INDEX "Attribution_shop_source_processedAt_idx" ON "Attribution"("shop", "source", "processedAt");

-- CreateIndex
CREATE INDEX "Attribution_shop_month_source_agentId_idx" ON "Attribution"("shop", "month", "source", "agentId");

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

