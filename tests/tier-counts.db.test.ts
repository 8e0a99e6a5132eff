// How many customers each VIP tier holds is kept beside CustomerTier, by the
// statement that writes a customer's tier (decision 042), so the Profit and
// VIP pages read a few counts instead of the customers. Here 1,200 tier
// writes through the evaluation's compare-and-set — customers entering,
// moving between and leaving tiers, some writes repeated, in batches run side
// by side as workers do — then a customer's redaction and another shop's
// customers, must leave exactly the counts a full re-count gives.
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import { vipTierMembers } from "../app/data/profit-sums.server";
import { compareAndSetCustomerTier, countTierMembers, findCustomerTier } from "../app/data/vip.server";
import { mulberry32 } from "../local-shopify/demo-store";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";
const TIERS = [
  { ruleId: "gold", tierName: "Gold" },
  { ruleId: "platinum", tierName: "Platinum" },
  { ruleId: "diamond", tierName: "Diamond" },
  { ruleId: null, tierName: null },
] as const;

/** Re-reads the customer's record and writes the next tier on it, as an evaluation does; retried when another write came first. */
async function evaluate(customerShop: string, customerId: string, tier: (typeof TIERS)[number], at: Date) {
  for (;;) {
    const expected = await findCustomerTier(db, customerShop, customerId);
    const written = await compareAndSetCustomerTier(db, customerShop, customerId, expected, {
      ruleId: tier.ruleId,
      tierName: tier.tierName,
      appliedTags: tier.tierName ? [`VIP ${tier.tierName}`] : [],
      reason: [],
      factsUpdatedAt: at,
      evaluatedAt: at,
    });
    if (written) return;
  }
}

/** The counts as a full re-count of the customers gives them, by shop, rule and tier. */
async function recount() {
  const rows = await db.customerTier.groupBy({
    by: ["shop", "ruleId", "tierName"],
    where: { ruleId: { not: null }, tierName: { not: null } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [`${row.shop}|${row.ruleId}|${row.tierName}`, row._count._all]));
}

async function keptCounts() {
  const rows = await db.customerTierCount.findMany({ where: { members: { not: 0 } } });
  return Object.fromEntries(rows.map((row) => [`${row.shop}|${row.ruleId}|${row.tierName}`, row.members]));
}

describe("the customers in each VIP tier", () => {
  it("are kept equal to a full re-count through entries, moves, exits, repeats and redactions, shop by shop", async () => {
    const random = mulberry32(42);
    const writes = Array.from({ length: 1_200 }, (_, index) => ({
      customerShop: random() < 0.9 ? shop : otherShop,
      customerId: String(7_000 + Math.floor(random() * 300)),
      tier: TIERS[Math.floor(random() * TIERS.length)],
      at: new Date(Date.UTC(2026, 10, 1) + index * 1_000),
    }));
    // Some writes arrive twice.
    const delivered = writes.flatMap((write) => (random() < 0.1 ? [write, write] : [write]));
    const batches = Array.from({ length: 4 }, (_, batch) => delivered.filter((_, index) => index % 4 === batch));
    await Promise.all(
      batches.map(async (batch) => {
        for (const write of batch) await evaluate(write.customerShop, write.customerId, write.tier, write.at);
      }),
    );
    // A customer's data erased (customers/redact) and one customer's record removed in a transaction.
    await db.customerTier.deleteMany({ where: { shop, customerId: { in: ["7001", "7002", "7003"] } } });
    await db.$transaction(async (tx) => {
      await tx.customerTier.deleteMany({ where: { shop, customerId: "7004" } });
    });

    const expected = await recount();
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    expect(await keptCounts()).toEqual(expected);

    // What the pages read: each shop's own customers only.
    const byRule = await countTierMembers(db, shop);
    expect(Object.fromEntries(byRule)).toEqual(
      Object.fromEntries(
        Object.entries(expected)
          .filter(([key]) => key.startsWith(`${shop}|`))
          .map(([key, members]) => [key.split("|")[1], members]),
      ),
    );
    const named = await vipTierMembers(db, otherShop);
    expect(Object.fromEntries(named.map((tier) => [tier.tierName, tier.members]))).toEqual(
      Object.fromEntries(
        Object.entries(expected)
          .filter(([key]) => key.startsWith(`${otherShop}|`))
          .map(([key, members]) => [key.split("|")[2], members]),
      ),
    );
  }, 120_000);

  it("follow customers written, cleared and deleted in bulk (an import, an uninstall)", async () => {
    await db.customerTier.createMany({
      data: ["1", "2", "3"].map((customerId) => ({
        shop,
        customerId,
        ruleId: "gold",
        tierName: "Gold",
        factsUpdatedAt: new Date(),
        evaluatedAt: new Date(),
      })),
    });
    expect(await vipTierMembers(db, shop)).toEqual([{ tierName: "Gold", members: 3 }]);
    await db.customerTier.updateMany({ where: { shop, customerId: "1" }, data: { ruleId: null, tierName: null } });
    expect(await vipTierMembers(db, shop)).toEqual([{ tierName: "Gold", members: 2 }]);
    await db.customerTier.deleteMany({ where: { shop } });
    expect(await vipTierMembers(db, shop)).toEqual([]);
  });
});
