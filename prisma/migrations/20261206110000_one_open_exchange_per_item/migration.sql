-- An item of an order has at most one exchange under way: one shopper's
-- request, or one agent's answer being made in Shopify. Two taps on the
-- tracking page's button, or two agents answering at once, each checked that
-- none was there, then each wrote one; this index lets only the first write.
-- Prisma cannot describe a partial index (prisma/prisma#3076): it is kept in
-- prisma/beyond-prisma.sql too, which the migrations check adds to schema.prisma.
-- See docs/decisions/053-one-open-exchange-per-item.md.

-- Requests written twice before the index: the first stays, with its reason;
-- the copies and the contact reasons written with them go. An answer being
-- made in Shopify ("deciding") stays over a request.
WITH "ranked" AS (
  SELECT "id", row_number() OVER (
    PARTITION BY "shop", "orderId", "lineItemId"
    ORDER BY ("status" = 'deciding') DESC, "createdAt", "id"
  ) AS "rank"
  FROM "ExchangeOutcome"
  WHERE "status" IN ('requested', 'deciding')
), "copies" AS (
  DELETE FROM "ExchangeOutcome" WHERE "id" IN (SELECT "id" FROM "ranked" WHERE "rank" > 1) RETURNING "shop", "id"
)
DELETE FROM "ContactReason" AS "reason"
USING "copies"
WHERE "reason"."shop" = "copies"."shop" AND "reason"."source" IN ('tracking_page', 'agent_desk') AND "reason"."sourceId" = "copies"."id";

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeOutcome_open_item_key" ON "ExchangeOutcome"("shop", "orderId", "lineItemId") WHERE "status" IN ('requested', 'deciding');
