// Each order credited to one source, with exact money, from real signed
// webhooks, however often Shopify delivers them.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { action as ordersPaid } from "../app/routes/webhooks.orders.paid";
import { action as ordersUpdated } from "../app/routes/webhooks.orders.updated";
import { action as refundsCreate } from "../app/routes/webhooks.refunds.create";
import { orderPayload, refundPayload } from "./factories/webhook-payloads";
import { deliver, installShop } from "./factories/webhooks";
import { agentWithCodes } from "./factories/agents";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";

// The app is installed on the shops these webhooks come from (Shop rows), as Shopify only sends them then.
beforeEach(async () => {
  await installShop(shop);
  await installShop(otherShop);
});

async function agentWithCode(owner: string, code: string, commissionBps = 750) {
  return agentWithCodes(db, owner, "Chloe Martin", { codes: [code], commissionBps, email: `chloe@${owner}`, timeZone: "Europe/Paris" });
}

const attributionOf = (orderId: number, owner = shop) =>
  db.attribution.findUnique({ where: { shop_orderId: { shop: owner, orderId: String(orderId) } } });

describe("attribution", () => {
  it("credits an order using an agent's code, in any case, once however often it is delivered", async () => {
    const agent = await agentWithCode(shop, "CHLOE10");
    const payload = orderPayload({ id: 3001, total_price: "100.00", discount_codes: [{ code: "chloe10" }] });
    await deliver(ordersCreate, "orders/create", payload, { eventId: "evt-create" });
    await deliver(ordersCreate, "orders/create", payload, { eventId: "evt-create" });
    await deliver(ordersPaid, "orders/paid", payload, { eventId: "evt-paid" });
    expect(await db.attribution.count({ where: { shop } })).toBe(1);
    expect(await attributionOf(3001)).toMatchObject({
      source: "agent_code",
      agentId: agent.id,
      code: "CHLOE10",
      grossMinor: 10000n,
      netMinor: 10000n,
      commissionBps: 750,
      commissionMinor: 750n,
    });
  });

  it("reduces revenue and commission exactly when the order is refunded, and voids both on cancellation", async () => {
    await agentWithCode(shop, "CHLOE10");
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 3002, total_price: "100.00", discount_codes: [{ code: "CHLOE10" }] }));
    await deliver(refundsCreate, "refunds/create", refundPayload(3002, "30.00"));
    expect(await attributionOf(3002)).toMatchObject({ refundedMinor: 3000n, netMinor: 7000n, commissionMinor: 525n });
    await deliver(
      ordersUpdated,
      "orders/updated",
      orderPayload({
        id: 3002,
        total_price: "100.00",
        discount_codes: [{ code: "CHLOE10" }],
        cancelled_at: "2026-11-06T10:00:00Z",
        updated_at: "2026-11-06T10:00:00Z",
      }),
    );
    expect(await attributionOf(3002)).toMatchObject({ cancelled: true, netMinor: 0n, commissionMinor: 0n });
  });

  it("keeps the rate the order was credited at when the agent's rate changes later", async () => {
    const agent = await agentWithCode(shop, "CHLOE10", 500);
    const payload = orderPayload({ id: 3003, total_price: "80.00", discount_codes: [{ code: "CHLOE10" }] });
    await deliver(ordersCreate, "orders/create", payload);
    await db.agent.update({ where: { id: agent.id }, data: { commissionBps: 1000 } });
    await deliver(refundsCreate, "refunds/create", refundPayload(3003, "20.00"));
    expect(await attributionOf(3003)).toMatchObject({ commissionBps: 500, netMinor: 6000n, commissionMinor: 300n });
  });

  it("credits a chat when no agent code is on the order, and only the agent when both are", async () => {
    await agentWithCode(shop, "CHLOE10");
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 3004, note_attributes: [{ name: "_concierge_chat", value: "1" }] }));
    await deliver(
      ordersCreate,
      "orders/create",
      orderPayload({ id: 3005, discount_codes: [{ code: "CHLOE10" }], note_attributes: [{ name: "_concierge_chat", value: "1" }] }),
    );
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 3006, note_attributes: [{ name: "_concierge_track", value: "1" }] }));
    expect((await attributionOf(3004))?.source).toBe("chat");
    expect((await attributionOf(3005))?.source).toBe("agent_code");
    expect((await attributionOf(3006))?.source).toBe("tracking_page");
    expect(await db.attribution.count({ where: { shop } })).toBe(3);
  });

  it("credits nothing for an order Concierge had no part in", async () => {
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 3007, discount_codes: [{ code: "WELCOME10" }] }));
    expect(await attributionOf(3007)).toBeNull();
  });

  it("never credits one shop's agent for another shop's order", async () => {
    await agentWithCode(otherShop, "CHLOE10");
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 3008, discount_codes: [{ code: "CHLOE10" }] }), { shop });
    expect(await attributionOf(3008)).toBeNull();
  });

  it("keeps the monthly sums equal to the orders they sum, as credits change", async () => {
    await installShop(shop, { currencyCode: "USD", ianaTimezone: "Asia/Riyadh" });
    const agent = await agentWithCode(shop, "CHLOE10");
    // 23:30 on 31 January in Riyadh is still January there (20:30 UTC).
    await deliver(
      ordersCreate,
      "orders/create",
      orderPayload({ id: 3101, total_price: "100.00", processed_at: "2026-01-31T20:30:00Z", discount_codes: [{ code: "CHLOE10" }] }),
    );
    await deliver(
      ordersCreate,
      "orders/create",
      orderPayload({
        id: 3102,
        total_price: "50.00",
        processed_at: "2026-01-10T10:00:00Z",
        updated_at: "2026-01-10T10:00:00Z",
        discount_codes: [{ code: "CHLOE10" }],
      }),
    );
    await deliver(
      ordersCreate,
      "orders/create",
      orderPayload({
        id: 3103,
        total_price: "40.00",
        processed_at: "2026-01-31T21:30:00Z",
        note_attributes: [{ name: "_concierge_chat", value: "1" }],
      }),
    );
    await deliver(refundsCreate, "refunds/create", refundPayload(3101, "30.00"));
    await deliver(
      ordersUpdated,
      "orders/updated",
      orderPayload({
        id: 3102,
        total_price: "50.00",
        processed_at: "2026-01-10T10:00:00Z",
        discount_codes: [{ code: "CHLOE10" }],
        cancelled_at: "2026-01-12T00:00:00Z",
        updated_at: "2026-01-12T00:00:00Z",
      }),
    );

    const sums = await db.attributionMonthly.findMany({ where: { shop }, orderBy: [{ month: "asc" }, { source: "asc" }] });
    expect(
      sums.map(({ month, source, agentKey, orders, cancelledOrders, grossMinor, refundedMinor, netMinor, commissionMinor }) => ({
        month,
        source,
        agentKey,
        orders,
        cancelledOrders,
        grossMinor,
        refundedMinor,
        netMinor,
        commissionMinor,
      })),
    ).toEqual([
      {
        month: "2026-01",
        source: "agent_code",
        agentKey: agent.id,
        orders: 1,
        cancelledOrders: 1,
        grossMinor: 10000n,
        refundedMinor: 3000n,
        netMinor: 7000n,
        commissionMinor: 525n,
      },
      {
        month: "2026-02",
        source: "chat",
        agentKey: "",
        orders: 1,
        cancelledOrders: 0,
        grossMinor: 4000n,
        refundedMinor: 0n,
        netMinor: 4000n,
        commissionMinor: 0n,
      },
    ]);
  });
});
