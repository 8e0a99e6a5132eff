-- CreateTable
CREATE TABLE "VipRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "tierName" TEXT NOT NULL,
    "tierKey" TEXT NOT NULL,
    "precedence" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CustomerTier" (
    "shop" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "ruleId" TEXT,
    "tierName" TEXT,
    "appliedTags" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '[]',
    "factsUpdatedAt" DATETIME NOT NULL,
    "evaluatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "customerId")
);

-- CreateTable
CREATE TABLE "TierChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromTier" TEXT,
    "toTier" TEXT,
    "reason" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "VipBackfill" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "bulkOperationId" TEXT,
    "trigger" TEXT NOT NULL,
    "customersTotal" INTEGER NOT NULL DEFAULT 0,
    "customersProcessed" INTEGER NOT NULL DEFAULT 0,
    "customersChanged" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Agent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "team" TEXT,
    "timeZone" TEXT NOT NULL,
    "workingHours" TEXT NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "monthlyBudgetMinor" BIGINT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "staffUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AgentCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "codeKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "discountNodeId" TEXT,
    "valueKind" TEXT NOT NULL,
    "valueBasisPoints" INTEGER,
    "valueAmountMinor" BIGINT,
    "costMinor" BIGINT NOT NULL DEFAULT 0,
    "currencyCode" TEXT NOT NULL,
    "customerId" TEXT,
    "expiresAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Attribution" (
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
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "orderId")
);

-- CreateTable
CREATE TABLE "ChatEventDaily" (
    "shop" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "day", "event")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Shop" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" DATETIME,
    "scopes" TEXT,
    "currencyCode" TEXT,
    "ianaTimezone" TEXT,
    "defaultCommissionBps" INTEGER NOT NULL DEFAULT 750,
    "defaultDelightBudgetMinor" BIGINT NOT NULL DEFAULT 50000,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Shop" ("currencyCode", "ianaTimezone", "installedAt", "scopes", "shop", "uninstalledAt", "updatedAt") SELECT "currencyCode", "ianaTimezone", "installedAt", "scopes", "shop", "uninstalledAt", "updatedAt" FROM "Shop";
DROP TABLE "Shop";
ALTER TABLE "new_Shop" RENAME TO "Shop";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
CREATE UNIQUE INDEX "AgentCode_shop_codeKey_key" ON "AgentCode"("shop", "codeKey");

-- CreateIndex
CREATE INDEX "Attribution_shop_agentId_processedAt_idx" ON "Attribution"("shop", "agentId", "processedAt");

-- CreateIndex
CREATE INDEX "Attribution_shop_source_processedAt_idx" ON "Attribution"("shop", "source", "processedAt");

