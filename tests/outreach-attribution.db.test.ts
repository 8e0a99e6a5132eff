// Outreach attribution (decision 026): an order that follows a click on a
// Concierge email's signed link, within the attribution window, is credited
// to that email and the agent who signs it, once however often Shopify
// delivers the order, after an agent's code, a chat and a helpdesk
// conversation, before the tracking page.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { loader as clickLoader } from "../app/routes/links.$shop.click.$messageId";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { action as ordersPaid } from "../app/routes/webhooks.orders.paid";
import { messageLinks } from "../app/services/outreach-links.server";
import { loader as profitLoader } from "../app/routes/app.profit";
import { rememberShopSettings } from "../app/data/shops.server";
import type { ProfitDashboard } from "../app/services/profit-dashboard.server";
import { phraseText } from "../app/domain/phrase";
import { serverTranslate } from "../app/i18n/resources.server";
import { adminRequest, storeSessions } from "./factories/admin-requests";
import { seedAgent } from "./factories/profit";
import { orderPayload } from "./factories/webhook-payloads";
import { deliver, installShop } from "./factories/webhooks";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";
const HOUR = 60 * 60 * 1000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs);

beforeEach(async () => {
  await installShop(shop);
  await installShop(otherShop);
});

/** An email Concierge sent Amira (customer 7001), signed by an agent or not. */
async function sentEmail(owner = shop, agentId: string | null = null) {
  return db.outreachMessage.create({
    data: {
      shop: owner,
      kind: "shipment_delay",
      dedupeKey: `late:${Math.random()}`,
      orderId: "1",
      status: "sent",
      toEmail: "amira@example.com",
      customerId: "7001",
      agentId,
      sentAt: new Date(),
    },
  });
}

/** Amira follows the email's button, as her browser would. */
async function click(messageId: string, owner = shop) {
  const link = new URL(messageLinks(owner, messageId).click(`https://${owner}/apps/concierge/track?order=1001`));
  const response = (await clickLoader({
    request: new Request(link),
    params: { shop: owner, messageId },
    context: {},
  })) as Response;
  expect(response.status).toBe(302);
}

async function order(id: number, processedAt: Date, overrides: Record<string, unknown> = {}) {
  const time = processedAt.toISOString();
  const payload = orderPayload({ id, total_price: "200.00", processed_at: time, created_at: time, updated_at: time, ...overrides });
  await deliver(ordersCreate, "orders/create", payload);
  return payload;
}

const attributionOf = (id: number, owner = shop) =>
  db.attribution.findUnique({ where: { shop_orderId: { shop: owner, orderId: String(id) } } });

describe("outreach attribution", () => {
  it("credits an order after a click to the email and its signing agent, once however often it is delivered", async () => {
    const chloe = await seedAgent(shop, "Chloe", { commissionBps: 500 });
    const email = await sentEmail(shop, chloe.id);
    await click(email.id);
    await click(email.id); // she clicks twice: still one order, one credit
    const payload = await order(6001, at(HOUR));
    await deliver(ordersCreate, "orders/create", payload);
    await deliver(ordersPaid, "orders/paid", payload);

    expect(await db.attribution.findMany({ where: { shop } })).toEqual([
      expect.objectContaining({
        orderId: "6001",
        source: "outreach",
        messageId: email.id,
        agentId: chloe.id,
        netMinor: 20000n,
        commissionBps: 500,
        commissionMinor: 1000n,
      }),
    ]);
    expect(await db.attributionMonthly.findMany({ where: { shop, source: "outreach" } })).toEqual([
      expect.objectContaining({ agentKey: chloe.id, orders: 1, netMinor: 20000n, commissionMinor: 1000n }),
    ]);
  });

  it("credits a delay email without an agent, and nothing for a click after the order, outside the window or in another shop", async () => {
    await click((await sentEmail(otherShop)).id, otherShop);
    await order(6010, at(HOUR)); // another shop's click credits nothing here
    expect(await attributionOf(6010)).toBeNull();

    const email = await sentEmail();
    await order(6002, at(-HOUR)); // before the click
    await click(email.id);
    await order(6003, at(4 * 24 * HOUR)); // past the 3-day window
    await order(6004, at(HOUR), { customer: { id: 7002 }, email: "someone@example.com" }); // another shopper
    await order(6005, at(HOUR));
    expect(await attributionOf(6002)).toBeNull();
    expect(await attributionOf(6003)).toBeNull();
    expect(await attributionOf(6004)).toBeNull();
    expect(await attributionOf(6005)).toMatchObject({ source: "outreach", messageId: email.id, agentId: null, commissionMinor: 0n });
  });

  it("comes after an agent's code and before the tracking page", async () => {
    const marcus = await seedAgent(shop, "Marcus", { commissionBps: 1000, codes: ["MARCUS10"] });
    await click((await sentEmail()).id);
    await order(6007, at(HOUR), { discount_codes: [{ code: "MARCUS10" }] });
    expect(await attributionOf(6007)).toMatchObject({ source: "agent_code", agentId: marcus.id, messageId: null });
    await order(6008, at(HOUR), { note_attributes: [{ name: "_concierge_track", value: "1" }] });
    expect(await attributionOf(6008)).toMatchObject({ source: "outreach" });
  });

  it("is printed in the rule and as its own line on the Profit page", async () => {
    await storeSessions(shop);
    await rememberShopSettings(db, shop, { currencyCode: "USD", ianaTimezone: "UTC" });
    await click((await sentEmail()).id);
    await order(6009, at(1000)); // a second after the click
    const page: ProfitDashboard = await profitLoader({ request: adminRequest("/app/profit", { shop }), params: {}, context: {} });
    const rule = page.attributionRule.map((line) => phraseText(line, serverTranslate("en"))).join("\n");
    expect(rule).toContain("4. Email from Concierge: the customer (same email or Shopify customer) clicked a link");
    const lines = page.months.flatMap((month) => month.figures.filter((figure) => figure.key === "revenue.outreach"));
    expect(lines.map((line) => line.label)).toContain("Emails from Concierge");
    expect(lines.map((line) => line.amount).filter((value) => value !== "0.00")).toEqual(["200.00"]);
  });
});
