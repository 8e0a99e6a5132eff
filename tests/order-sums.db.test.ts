// The pre-summed figures the dashboard reads (the store's daily sums, the
// monthly sums of credits) are moved by each event's difference, never
// re-summed on the webhook path (app/services/order-sums.server.ts). Here
// 10,000 events about 2,000 orders — created, changed, paid, refunded,
// cancelled, a code added, in random order, some delivered twice, in batches
// run side by side as workers do — must leave exactly the sums a full re-sum
// of the same orders gives.
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import { refreshMonthlySums, creditOrders } from "../app/services/attribution.server";
import { recordOrderDays } from "../app/services/order-days.server";
import { handleEvents, type WebhookTopic } from "../app/services/shopify-events.server";
import { mulberry32 } from "../local-shopify/demo-store";
import { orderPayload, refundPayload } from "./factories/webhook-payloads";
import { installShop } from "./factories/webhooks";
import { agentWithCodes } from "./factories/agents";

const shop = "amira-boutique.myshopify.com";
const ORDERS = 2_000;

type Event = { topic: WebhookTopic; payload: unknown };

function orderHistory(index: number, random: () => number): Event[] {
  const id = 500_000 + index;
  // Orders over three months around month ends, so time zones move some across days and months.
  const placed = new Date(Date.UTC(2026, 8, 1) + Math.floor(random() * 90 * 24 * 60) * 60_000);
  const at = (minutes: number) => new Date(placed.getTime() + minutes * 60_000).toISOString();
  const total = (10 + Math.floor(random() * 490)).toFixed(2);
  const code = random() < 0.35 ? [{ code: random() < 0.5 ? "chloe10" : "MARCUS15" }] : [];
  const chat = random() < 0.2 ? [{ name: "_concierge_chat", value: "1" }] : [];
  const base = {
    id,
    name: `#${id}`,
    total_price: total,
    processed_at: placed.toISOString(),
    created_at: placed.toISOString(),
    note_attributes: chat,
    discount_codes: code,
    customer: { id: 9_000 + (index % 300) },
  };
  const events: Event[] = [
    { topic: "ORDERS_CREATE", payload: orderPayload({ ...base, updated_at: at(0), financial_status: "pending" }) },
    { topic: "ORDERS_PAID", payload: orderPayload({ ...base, updated_at: at(1), financial_status: "paid" }) },
  ];
  // A code entered afterwards (an agent's, at the second try).
  if (code.length === 0 && random() < 0.1) {
    events.push({
      topic: "ORDERS_UPDATED",
      payload: orderPayload({ ...base, discount_codes: [{ code: "MARCUS15" }], updated_at: at(2), financial_status: "paid" }),
    });
  }
  const refunds = random() < 0.3 ? 1 + Math.floor(random() * 2) : 0;
  for (let n = 0; n < refunds; n++) {
    const refund = refundPayload(id, (Number(total) / 4).toFixed(2), { id: id * 10 + n, created_at: at(60 * (n + 1)) });
    events.push({ topic: "REFUNDS_CREATE", payload: refund });
    // orders/updated carries the order's refunds too, the newest ones included.
    events.push({
      topic: "ORDERS_UPDATED",
      payload: orderPayload({ ...base, updated_at: at(60 * (n + 1) + 1), financial_status: "partially_refunded", refunds: [refund] }),
    });
  }
  if (random() < 0.08) {
    events.push({
      topic: "ORDERS_UPDATED",
      payload: orderPayload({ ...base, updated_at: at(3_000), cancelled_at: at(3_000), financial_status: "voided" }),
    });
  }
  return events;
}

describe("the pre-summed figures", () => {
  it("equal a full re-sum after 10,000 events in random order, with duplicates, applied by concurrent batches", async () => {
    await installShop(shop, { currencyCode: "USD", ianaTimezone: "America/New_York" });
    for (const [name, code, rate] of [
      ["Chloe", "CHLOE10", 750],
      ["Marcus", "MARCUS15", 1000],
    ] as const) {
      await agentWithCodes(db, shop, name, { commissionBps: rate, codes: [code], timeZone: "UTC", monthlyBudgetMinor: 0n });
    }
    const random = mulberry32(20261205);
    const events: Event[] = [];
    for (let index = 0; events.length < 10_000 || index < ORDERS; index++) events.push(...orderHistory(index, random));
    // Shopify delivers some events twice; the ledger stops those, but the sums must not depend on it.
    const deliveries = [...events, ...events.filter(() => random() < 0.1)];
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j], deliveries[i]];
    }
    const batches: Event[][] = [];
    for (let start = 0; start < deliveries.length;) {
      const size = 1 + Math.floor(random() * 40);
      batches.push(deliveries.slice(start, start + size));
      start += size;
    }
    // Four workers' worth of transactions at once.
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          await db.$transaction((tx) => handleEvents({ db: tx, shop, receivedAt: new Date() }, batch), {
            timeout: 60_000,
            maxWait: 60_000,
          });
        }
      }),
    );
    expect(events.length).toBeGreaterThanOrEqual(10_000);

    const read = async () => ({
      days: await db.orderDaily.findMany({ where: { shop }, orderBy: [{ day: "asc" }, { currencyCode: "asc" }], omit: { shop: true } }),
      months: await db.attributionMonthly.findMany({
        where: { shop },
        orderBy: [{ month: "asc" }, { source: "asc" }, { agentKey: "asc" }],
        omit: { shop: true },
      }),
    });
    const incremental = await read();
    expect(incremental.days.reduce((sum, day) => sum + day.orders + day.cancelledOrders, 0)).toBe(
      await db.order.count({ where: { shop } }),
    );
    expect(incremental.months.length).toBeGreaterThan(6);

    // The same sums, re-summed from the orders and credits they count.
    const orders = await db.order.findMany({ where: { shop } });
    await db.$transaction(
      async (tx) => {
        await recordOrderDays(tx, shop, orders);
        await refreshMonthlySums(tx, shop, await creditOrders(tx, shop, orders));
      },
      { timeout: 120_000 },
    );
    const resummed = await read();
    // Sums whose every order moved elsewhere stay as zero rows on the incremental side.
    const nonZero = <T extends { orders: number; cancelledOrders: number }>(rows: T[]) =>
      rows.filter((row) => row.orders !== 0 || row.cancelledOrders !== 0);
    expect(nonZero(incremental.days)).toEqual(nonZero(resummed.days));
    expect(nonZero(incremental.months)).toEqual(nonZero(resummed.months));
  }, 240_000);
});
