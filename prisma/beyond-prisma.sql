-- What the database holds that schema.prisma cannot say: Prisma 6 describes no
-- partial index (prisma/prisma#3076). Each is made by a migration, written by
-- hand. The migrations check (`node scripts/prisma.mjs check`, which `npm test`
-- runs) adds this file to what schema.prisma builds before comparing it with
-- what the migrations build: a statement here that no migration makes, or one a
-- migration makes that is missing here, fails the check.

-- One exchange under way per item of an order (decision 053).
CREATE UNIQUE INDEX "ExchangeOutcome_open_item_key" ON "ExchangeOutcome"("shop", "orderId", "lineItemId") WHERE "status" IN ('requested', 'deciding');
