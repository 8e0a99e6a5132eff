-- CreateTable
CREATE TABLE "InstantRefundSettings" (
    "shop" TEXT NOT NULL,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "excludedSkus" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InstantRefundSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "InstantRefund" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "returnId" TEXT NOT NULL,
    "returnName" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderName" TEXT NOT NULL,
    "customerId" TEXT,
    "customerName" TEXT,
    "tierName" TEXT,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "shopifyError" TEXT,
    "amountMinor" BIGINT NOT NULL DEFAULT 0,
    "currencyCode" TEXT NOT NULL,
    "refundId" TEXT,
    "trackingNumber" TEXT,
    "reverseDeliveryId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InstantRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstantRefund_shop_decidedAt_idx" ON "InstantRefund"("shop", "decidedAt");

-- CreateIndex
CREATE INDEX "InstantRefund_shop_customerId_status_decidedAt_idx" ON "InstantRefund"("shop", "customerId", "status", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InstantRefund_shop_returnId_key" ON "InstantRefund"("shop", "returnId");
