-- AlterTable
ALTER TABLE "TrackingSettings" ADD COLUMN     "stalledAfterDays" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "Shipment" (
    "shop" TEXT NOT NULL,
    "fulfillmentId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderName" TEXT,
    "email" TEXT,
    "status" TEXT,
    "shipmentStatus" TEXT,
    "statusChangedAt" TIMESTAMPTZ(3),
    "shippedAt" TIMESTAMPTZ(3),
    "estimatedDeliveryAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "lastMovementAt" TIMESTAMPTZ(3),
    "trackingCompany" TEXT,
    "trackingNumber" TEXT,
    "trackingUrl" TEXT,
    "events" JSONB NOT NULL DEFAULT '[]',
    "open" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("shop","fulfillmentId")
);

-- CreateTable
CREATE TABLE "ShipmentRisk" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "fulfillmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "detectedAt" TIMESTAMPTZ(3) NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),
    "handledAt" TIMESTAMPTZ(3),
    "handledBy" TEXT,
    "episode" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ShipmentRisk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Shipment_shop_orderId_idx" ON "Shipment"("shop", "orderId");

-- CreateIndex
CREATE INDEX "Shipment_open_lastMovementAt_idx" ON "Shipment"("open", "lastMovementAt");

-- CreateIndex
CREATE INDEX "ShipmentRisk_shop_resolvedAt_handledAt_detectedAt_idx" ON "ShipmentRisk"("shop", "resolvedAt", "handledAt", "detectedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentRisk_shop_fulfillmentId_kind_key" ON "ShipmentRisk"("shop", "fulfillmentId", "kind");

