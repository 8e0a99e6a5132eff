-- CreateTable
CREATE TABLE "ContactReason" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "reasonKey" TEXT NOT NULL,
    "reasonText" TEXT,
    "productId" TEXT,
    "variantId" TEXT,
    "orderId" TEXT,
    "currencyCode" TEXT,
    "refundMinor" BIGINT NOT NULL DEFAULT 0,
    "exchangeMinor" BIGINT NOT NULL DEFAULT 0,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactReason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomReason" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelAr" TEXT,
    "labelFr" TEXT,
    "helpdeskAliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomReason_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactReason_shop_occurredAt_reasonKey_productId_currencyC_idx" ON "ContactReason"("shop", "occurredAt", "reasonKey", "productId", "currencyCode", "refundMinor", "exchangeMinor");

-- CreateIndex
CREATE UNIQUE INDEX "ContactReason_shop_source_sourceId_key" ON "ContactReason"("shop", "source", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomReason_shop_key_key" ON "CustomReason"("shop", "key");

