-- AlterEnum
ALTER TYPE "AttributionSource" ADD VALUE 'support_touch';

-- CreateTable
CREATE TABLE "HelpdeskSettings" (
    "shop" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "previousSecret" TEXT,
    "previousExpiresAt" TIMESTAMPTZ(3),
    "zendeskSigningSecret" TEXT,
    "windowDays" INTEGER NOT NULL DEFAULT 3,
    "rotatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HelpdeskSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "SupportTouch" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "helpdesk" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "agentEmail" TEXT NOT NULL,
    "agentId" TEXT,
    "customerEmail" TEXT,
    "customerPhone" TEXT,
    "customerId" TEXT,
    "touchedAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportTouch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupportTouch_shop_customerEmail_touchedAt_idx" ON "SupportTouch"("shop", "customerEmail", "touchedAt");

-- CreateIndex
CREATE INDEX "SupportTouch_shop_customerId_touchedAt_idx" ON "SupportTouch"("shop", "customerId", "touchedAt");

-- CreateIndex
CREATE INDEX "SupportTouch_shop_agentEmail_idx" ON "SupportTouch"("shop", "agentEmail");

-- CreateIndex
CREATE UNIQUE INDEX "SupportTouch_shop_helpdesk_conversationId_touchedAt_key" ON "SupportTouch"("shop", "helpdesk", "conversationId", "touchedAt");

