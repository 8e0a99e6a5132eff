-- DropIndex
DROP INDEX "ExchangeOutcome_shop_createdAt_status_currencyCode_keptMino_idx";

-- AlterTable
ALTER TABLE "ExchangeOutcome" ADD COLUMN     "exchangeOnDraftOrder" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ExchangeOutcome_shop_createdAt_status_currencyCode_keptMino_idx" ON "ExchangeOutcome"("shop", "createdAt", "status", "currencyCode", "keptMinor", "upsellMinor", "bonusCostMinor", "orderId", "draftOrderId", "upsellPaidAt", "exchangeOnDraftOrder");

-- CreateIndex
CREATE INDEX "ExchangeOutcome_shop_upsellPaidAt_status_currencyCode_keptM_idx" ON "ExchangeOutcome"("shop", "upsellPaidAt", "status", "currencyCode", "keptMinor", "upsellMinor", "bonusCostMinor", "orderId", "upsellOrderId", "exchangeOnDraftOrder");


-- Exchanges accepted before this migration counted their draft order at
-- acceptance. Those whose order Concierge has already seen paid (the order's
-- note_attributes carry the outcome's id, kept in "Order"."cartAttributes")
-- are marked paid as of that order's last update Concierge saw; the others
-- now wait for orders/paid. Which of them had the exchange itself on the
-- draft order is not known: their refund avoided stays counted at acceptance.
UPDATE "ExchangeOutcome" AS "e"
SET "upsellOrderId" = "o"."orderId", "upsellPaidAt" = "o"."shopifyUpdatedAt"
FROM "Order" AS "o"
WHERE "o"."shop" = "e"."shop"
  AND "o"."cartAttributes" ->> '_concierge_exchange' = "e"."id"
  AND "o"."financialStatus" IN ('paid', 'partially_refunded', 'refunded')
  AND "o"."cancelledAt" IS NULL
  AND "e"."status" = 'accepted'
  AND "e"."draftOrderId" IS NOT NULL
  AND "e"."upsellPaidAt" IS NULL;
