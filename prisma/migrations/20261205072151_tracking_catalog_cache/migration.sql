-- AlterTable
ALTER TABLE "TrackingSnapshot" ADD COLUMN     "contactKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "exchangeData" JSONB,
ADD COLUMN     "invalidatedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "CatalogProduct" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "variantIds" TEXT[],
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CatalogProduct_pkey" PRIMARY KEY ("shop","productId")
);

-- CreateTable
CREATE TABLE "CatalogVariant" (
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "productTitle" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "priceMinor" BIGINT NOT NULL,
    "unitCostMinor" BIGINT,
    "inventoryQuantity" INTEGER,
    "availableForSale" BOOLEAN NOT NULL,
    "selectedOptions" JSONB NOT NULL,
    "inventoryItemId" TEXT,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CatalogVariant_pkey" PRIMARY KEY ("shop","variantId")
);

-- CreateIndex
CREATE INDEX "CatalogVariant_shop_productId_idx" ON "CatalogVariant"("shop", "productId");

-- CreateIndex
CREATE INDEX "CatalogVariant_shop_inventoryItemId_idx" ON "CatalogVariant"("shop", "inventoryItemId");

-- CreateIndex
CREATE INDEX "CatalogVariant_refreshedAt_idx" ON "CatalogVariant"("refreshedAt");
