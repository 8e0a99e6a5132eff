// Helpdesk touches: verified per shop, stored once, and the orders they
// credit to the agent who last handled the customer, from real signed
// requests and real signed webhooks.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as touchAction } from "../app/routes/helpdesk.$shop.touches";
import { action as ordersCreate } from "../app/routes/webhooks.orders.create";
import { helpdeskSettingsFor, rotateHelpdeskSecret, unknownTouchAgents, updateHelpdeskOptions } from "../app/data/support-touches.server";
import { orderPayload } from "./factories/webhook-payloads";
import { deliver, installShop } from "./factories/webhooks";
import { touchRequest, type Signing, type TouchFields } from "./factories/helpdesk";
import { runQueuedJobs } from "./factories/jobs";
import { vipRule } from "./factories/vip";
import { loader as cardLoader } from "../app/routes/helpdesk.$shop.card";
import { conciergeSignature } from "../app/domain/helpdesk/touches";
import { formatMoneyIn } from "../app/domain/money";
import { loadHelpdeskSetup, mapHelpdeskAgent, saveHelpdeskOptions, sendHelpdeskTest } from "../app/services/helpdesk-setup.server";
import { helpdeskOptionsSchema } from "../app/domain/helpdesk/forms";
import { parseFields } from "./factories/forms";
import { agentWithCodes } from "./factories/agents";

const shop = "amira-boutique.myshopify.com";
const otherShop = "north-wind.myshopify.com";
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);

beforeEach(async () => {
  await installShop(shop);
  await installShop(otherShop);
});

async function agent(owner: string, name: string, email: string, commissionBps = 750, code?: string) {
  return agentWithCodes(db, owner, name, { email, commissionBps, codes: code ? [code] : [], timeZone: "UTC" });
}

async function send(owner: string, fields: TouchFields, signing?: Signing) {
  const secret = (await helpdeskSettingsFor(db, owner)).secret;
  const request = touchRequest(owner, fields, signing ?? { scheme: "signature", secret });
  return touchAction({ request, params: { shop: owner }, context: {} });
}

const touch = (overrides: TouchFields = {}): TouchFields => ({
  helpdesk: "gorgias",
  customerEmail: "amira@example.com",
  agentEmail: "chloe@amira.test",
  channel: "email",
  conversationId: `T-${Math.random().toString(36).slice(2, 8)}`,
  time: ago(2 * HOUR).toISOString(),
  ...overrides,
});

async function order(id: number, processedAt: Date, overrides: Record<string, unknown> = {}) {
  const at = processedAt.toISOString();
  await deliver(
    ordersCreate,
    "orders/create",
    orderPayload({ id, total_price: "200.00", processed_at: at, created_at: at, updated_at: at, ...overrides }),
  );
  return db.attribution.findUnique({ where: { shop_orderId: { shop, orderId: String(id) } } });
}

describe("helpdesk touches", () => {
  it("credits the agent who touched the customer, at the agent's rate, when the order comes within the window", async () => {
    const chloe = await agent(shop, "Chloe", "chloe@amira.test", 1000);
    const response = await send(shop, touch({ agentEmail: "Chloe@Amira.test" }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ stored: true, agent: "known" });
    expect(await order(5001, ago(HOUR))).toMatchObject({
      source: "support_touch",
      agentId: chloe.id,
      netMinor: 20000n,
      commissionBps: 1000,
      commissionMinor: 2000n,
    });
  });

  it("credits nothing for a touch older than the window, and follows the window the merchant sets", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    await send(shop, touch({ time: ago(4 * 24 * HOUR).toISOString() }));
    expect(await order(5002, ago(HOUR))).toBeNull();
    await updateHelpdeskOptions(db, shop, { windowDays: 7 });
    expect(await order(5003, ago(HOUR))).toMatchObject({ source: "support_touch" });
  });

  it("credits nothing for a touch after the order", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    await send(shop, touch({ time: ago(HOUR).toISOString() }));
    expect(await order(5004, ago(2 * HOUR))).toBeNull();
  });

  it("lets an agent's code win over another agent's touch", async () => {
    const marcus = await agent(shop, "Marcus", "marcus@amira.test", 500, "MARCUS10");
    await agent(shop, "Chloe", "chloe@amira.test");
    await send(shop, touch());
    expect(await order(5005, ago(HOUR), { discount_codes: [{ code: "MARCUS10" }] })).toMatchObject({
      source: "agent_code",
      agentId: marcus.id,
      commissionMinor: 1000n,
    });
  });

  it("credits the last of two touches, matched by email or by the Shopify customer", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    const marcus = await agent(shop, "Marcus", "marcus@amira.test");
    await db.customer.create({
      data: { shop, customerId: "7001", email: "amira@example.com", phone: "+971501110346", shopifyUpdatedAt: new Date() },
    });
    await send(shop, touch({ time: ago(5 * HOUR).toISOString() }));
    await send(
      shop,
      touch({
        customerEmail: undefined,
        customerPhone: "+971 50 111 0346",
        agentEmail: "marcus@amira.test",
        channel: "phone",
        time: ago(3 * HOUR).toISOString(),
      }),
    );
    expect(await order(5006, ago(HOUR), { email: "someone-else@example.com" })).toMatchObject({
      source: "support_touch",
      agentId: marcus.id,
    });
  });

  it("gives a chat-assisted order to the agent who handled the chat", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    const marcus = await agent(shop, "Marcus", "marcus@amira.test");
    await send(shop, touch({ agentEmail: "marcus@amira.test", channel: "chat", time: ago(5 * HOUR).toISOString() }));
    await send(shop, touch({ channel: "email", time: ago(3 * HOUR).toISOString() }));
    expect(await order(5007, ago(HOUR), { note_attributes: [{ name: "_concierge_chat", value: "1" }] })).toMatchObject({
      source: "chat",
      agentId: marcus.id,
    });
  });

  it("refuses a forged, replayed, stale or other shop's touch, and stores nothing", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    const secret = (await helpdeskSettingsFor(db, shop)).secret;
    const otherSecret = (await helpdeskSettingsFor(db, otherShop)).secret;
    const fields = touch({ time: ago(10 * 60 * 1000).toISOString() });

    expect((await send(shop, fields, { scheme: "signature", secret: "f".repeat(64) })).status).toBe(401);
    expect((await send(shop, fields, { scheme: "token", secret: "forged" })).status).toBe(401);
    expect((await send(shop, fields, { scheme: "none" })).status).toBe(401);
    // Signed for another shop, sent to this shop's address (and the reverse).
    expect((await send(shop, fields, { scheme: "signature", secret: otherSecret })).status).toBe(401);
    expect((await send(otherShop, fields, { scheme: "signature", secret })).status).toBe(401);
    // A captured request sent again later than five minutes.
    expect((await send(shop, fields, { scheme: "signature", secret, timestamp: ago(10 * 60 * 1000) })).status).toBe(401);
    expect(await db.supportTouch.count()).toBe(0);

    expect((await send(shop, fields)).status).toBe(201);
    // The same touch again, however signed: refused, still one row.
    expect((await send(shop, fields)).status).toBe(409);
    expect((await send(shop, fields, { scheme: "token", secret })).status).toBe(409);
    expect(await db.supportTouch.count()).toBe(1);
  });

  it("answers bad input with the field at fault, a test touch without storing it, and an unknown shop with 404", async () => {
    const bad = await send(shop, touch({ agentEmail: "", customerEmail: "not an email" }));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).fields)).toEqual(expect.arrayContaining(["agentEmail", "customerEmail"]));
    const test = await send(shop, touch({ test: true }));
    expect(test.status).toBe(200);
    expect(await test.json()).toMatchObject({ stored: false, agent: "unknown" });
    const unknownShop = touchRequest("nobody.myshopify.com", touch(), { scheme: "token", secret: "x" });
    expect((await touchAction({ request: unknownShop, params: { shop: "nobody.myshopify.com" }, context: {} })).status).toBe(404);
    expect(await db.supportTouch.count()).toBe(0);
  });

  it("keeps an unknown agent's touches and lists them for the merchant to map", async () => {
    await send(shop, touch({ agentEmail: "new.hire@amira.test" }));
    await send(shop, touch({ agentEmail: "new.hire@amira.test" }));
    expect(await unknownTouchAgents(db, shop)).toEqual([
      { agentEmail: "new.hire@amira.test", touches: 2, lastTouchedAt: expect.any(Date) },
    ]);
    expect(await unknownTouchAgents(db, otherShop)).toEqual([]);
  });

  it("accepts the previous secret for a day after a rotation, and Zendesk's own signature", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    const old = (await helpdeskSettingsFor(db, shop)).secret;
    const rotated = await rotateHelpdeskSecret(db, shop, new Date());
    expect(rotated.secret).not.toBe(old);
    const recent = () => touch({ time: ago(60_000).toISOString() });
    expect((await send(shop, recent(), { scheme: "token", secret: old })).status).toBe(201);
    await db.helpdeskSettings.update({ where: { shop }, data: { previousExpiresAt: ago(1000) } });
    expect((await send(shop, recent(), { scheme: "token", secret: old })).status).toBe(401);
    await updateHelpdeskOptions(db, shop, { zendeskSigningSecret: "zendesk-signing-secret" });
    expect((await send(shop, touch({ helpdesk: "zendesk" }), { scheme: "zendesk", secret: "zendesk-signing-secret" })).status).toBe(201);
  });
});

describe("the reason a touch carries", () => {
  const reasons = (owner: string) =>
    db.contactReason.findMany({
      where: { shop: owner },
      orderBy: { occurredAt: "asc" },
      select: { source: true, reasonKey: true, reasonText: true },
    });

  it("lands on the shop's list once per touch: a known word on its reason, the merchant's own words on theirs, unknown words on Other kept as sent", async () => {
    await db.customReason.create({
      data: { shop, key: "zipper-broke", labelEn: "Zipper broke", labelAr: "انكسر السحاب", helpdeskAliases: ["zip"] },
    });
    const late = touch({ reason: "Late delivery", time: ago(3 * HOUR).toISOString() });
    expect((await send(shop, late)).status).toBe(201);
    // The helpdesk sends the same touch again: nothing more is counted.
    expect((await send(shop, late)).status).toBe(409);
    expect((await send(shop, touch({ reason: "ZIP", time: ago(2 * HOUR).toISOString() }))).status).toBe(201);
    expect((await send(shop, touch({ reason: "Wants it gift-wrapped", time: ago(HOUR).toISOString() }))).status).toBe(201);
    // A touch without a reason carries none.
    expect((await send(shop, touch())).status).toBe(201);
    expect(await reasons(shop)).toEqual([
      { source: "helpdesk", reasonKey: "arrived-late", reasonText: null },
      { source: "helpdesk", reasonKey: "zipper-broke", reasonText: null },
      { source: "helpdesk", reasonKey: "other", reasonText: "Wants it gift-wrapped" },
    ]);
    // Another shop's words are its own: "zip" means nothing there.
    expect((await send(otherShop, touch({ reason: "zip" }))).status).toBe(201);
    expect(await reasons(otherShop)).toEqual([{ source: "helpdesk", reasonKey: "other", reasonText: "zip" }]);
  });

  it("stores a touch whose conversation and reason hold a NUL or half a character, without them", async () => {
    // JSON may escape U+0000 and a lone surrogate, which PostgreSQL cannot store: the touch used to answer 500.
    const body = touch({ conversationId: "T-\u0000nul", reason: "Wants it gift-wrapped\ud800" });
    expect((await send(shop, body)).status).toBe(201);
    expect(await reasons(shop)).toEqual([{ source: "helpdesk", reasonKey: "other", reasonText: "Wants it gift-wrapped\ufffd" }]);
    expect(await db.supportTouch.findFirstOrThrow({ where: { shop } })).toMatchObject({ conversationId: "T-nul" });
  });

  it("refuses a reason longer than 120 characters, next to the field", async () => {
    const response = await send(shop, touch({ reason: "x".repeat(121) }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fields: { reason: expect.any(String) } });
    expect(await db.contactReason.count()).toBe(0);
  });
});

describe("touches that come after the order", () => {
  it("credit the order when the helpdesk reports the conversation late, through the job queue", async () => {
    const chloe = await agent(shop, "Chloe", "chloe@amira.test");
    expect(await order(5101, ago(HOUR), { note_attributes: [{ name: "_concierge_track", value: "1" }] })).toMatchObject({
      source: "tracking_page",
      agentId: null,
    });
    await send(shop, touch({ time: ago(3 * HOUR).toISOString() }));
    await runQueuedJobs();
    expect(await db.attribution.findUnique({ where: { shop_orderId: { shop, orderId: "5101" } } })).toMatchObject({
      source: "support_touch",
      agentId: chloe.id,
      commissionMinor: 1500n,
    });
    const sums = await db.attributionMonthly.findMany({ where: { shop } });
    expect(sums.filter((sum) => sum.orders > 0)).toEqual([
      expect.objectContaining({ source: "support_touch", agentKey: chloe.id, orders: 1, netMinor: 20000n, commissionMinor: 1500n }),
    ]);
  });

  it("credit the mapped agent once the merchant maps an unknown helpdesk email", async () => {
    const marcus = await agent(shop, "Marcus", "marcus@amira.test");
    await send(shop, touch({ agentEmail: "m.helpdesk@amira.test", time: ago(3 * HOUR).toISOString() }));
    await runQueuedJobs();
    expect(await order(5102, ago(HOUR))).toBeNull();
    const result = await mapHelpdeskAgent(
      { db, shop, now: new Date(), staff: null },
      { agentEmail: "m.helpdesk@amira.test", agentId: marcus.id },
    );
    expect(result).toMatchObject({ ok: true });
    await runQueuedJobs();
    expect(await db.attribution.findUnique({ where: { shop_orderId: { shop, orderId: "5102" } } })).toMatchObject({
      source: "support_touch",
      agentId: marcus.id,
    });
    expect(await unknownTouchAgents(db, shop)).toEqual([]);
    // Another shop's agent can't be chosen.
    const stranger = await agent(otherShop, "Stranger", "s@north.test");
    expect(
      await mapHelpdeskAgent({ db, shop, now: new Date(), staff: null }, { agentEmail: "x@amira.test", agentId: stranger.id }),
    ).toMatchObject({ ok: false, fieldErrors: { agentId: expect.any(String) } });
  });
});

describe("the Helpdesks page", () => {
  it("tests each setup as its helpdesk would send it, storing nothing, and checks the window", async () => {
    await agent(shop, "Chloe", "chloe@amira.test");
    const context = { db, shop, now: new Date(), staff: { userId: "1", email: "chloe@amira.test", name: "Chloe" } };
    const page = await loadHelpdeskSetup(context, "https://concierge.test", "ar");
    // The card Gorgias will show is asked for in the language of whoever copies its URL.
    expect(page.card.gorgias.url).toBe(
      `https://concierge.test/helpdesk/${shop}/card?email={{ticket.customer.email}}&agent={{current_user.email}}&ui=ar`,
    );
    expect(page.endpoint).toBe(`https://concierge.test/helpdesk/${shop}/touches`);
    expect(page.setups.map((setup) => setup.id)).toEqual(["gorgias", "zendesk", "generic"]);
    expect(page.setups[0].body).toContain("{{ticket.assignee_user.email}}");
    expect(await sendHelpdeskTest(context, "gorgias")).toMatchObject({ ok: true, tone: "success" });
    expect(await sendHelpdeskTest(context, "generic")).toMatchObject({ ok: true, tone: "success" });
    expect(await sendHelpdeskTest(context, "zendesk")).toMatchObject({ ok: false, tone: "critical" });
    const options = parseFields({ windowDays: "5", zendeskSigningSecret: "zendesk-signing-secret" }, helpdeskOptionsSchema);
    if (!options.ok) throw new Error(JSON.stringify(options.fieldErrors));
    await saveHelpdeskOptions(context, options.value);
    expect(await sendHelpdeskTest(context, "zendesk")).toMatchObject({ ok: true, tone: "success" });
    expect(await db.supportTouch.count()).toBe(0);
    // A window out of range never reaches the service (the route answers 400: helpdesks-page.db.test.ts).
    expect(parseFields({ windowDays: "45" }, helpdeskOptionsSchema)).toEqual({
      ok: false,
      fieldErrors: { windowDays: expect.stringContaining("from 1 to 30") },
    });
    expect((await db.helpdeskSettings.findUnique({ where: { shop } }))?.windowDays).toBe(5);
  });
});

describe("the customer card", () => {
  /** Customer 7001 holds the Gold tier of `ruleId`. */
  const holdsGold = (ruleId: string) =>
    db.customerTier.create({
      data: { shop, customerId: "7001", ruleId, tierName: "Gold", factsUpdatedAt: new Date(), evaluatedAt: new Date() },
    });
  /** Customer 7001 asked, from the tracking page, for an exchange on order 6001 under an offer named `name`. */
  const requestExchange = async (name: string) => {
    const offer = await db.exchangeOffer.create({ data: { shop, name, precedence: 1, definition: {} } });
    const request = { offerId: offer.id, orderId: "6001", lineItemId: "1", customerId: "7001" };
    await db.exchangeOutcome.create({ data: { shop, ...request, channel: "self_service", status: "requested", currencyCode: "USD" } });
    return offer;
  };

  async function cardOf(owner: string, query: Record<string, string>, signing: Signing | "own" = "own") {
    const url = `https://concierge.test/helpdesk/${owner}/card?${new URLSearchParams(query).toString()}`;
    const headers = new Headers();
    const secret = (await helpdeskSettingsFor(db, owner)).secret;
    const how = signing === "own" ? ({ scheme: "token", secret } as const) : signing;
    if (how.scheme === "token") headers.set("X-Concierge-Token", how.secret);
    if (how.scheme === "signature") {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const parsed = new URL(url);
      headers.set("X-Concierge-Timestamp", timestamp);
      headers.set("X-Concierge-Signature", conciergeSignature(how.secret, timestamp, `GET ${parsed.pathname}${parsed.search}`));
    }
    return cardLoader({ request: new Request(url, { headers }), params: { shop: owner }, context: {} });
  }

  it("shows the asking shop's customer: tier and what it gives, spend, recent orders with their tracking page, exchange requests, the agent's budget, the desk", async () => {
    const chloe = await agent(shop, "Chloe", "chloe@amira.test");
    await db.customer.create({
      data: { shop, customerId: "7001", email: "amira@example.com", firstName: "Amira", lastName: "Haddad", shopifyUpdatedAt: new Date() },
    });
    const rule = await vipRule(
      {
        tierName: "Gold",
        conditions: [{ kind: "tag_contains", value: "VIP" }],
        skipQueue: true,
        instantRefunds: true,
        concierge: { name: "Chloe", email: "chloe@amira.test" },
      },
      shop,
    );
    await holdsGold(rule.id);
    await order(6001, ago(3 * 24 * HOUR));
    await order(6002, ago(HOUR));
    await requestExchange("New cut + free belt");
    // The same customer in another shop: never on this shop's card.
    await db.customer.create({ data: { shop: otherShop, customerId: "7001", email: "amira@example.com", shopifyUpdatedAt: new Date() } });
    await deliver(ordersCreate, "orders/create", orderPayload({ id: 6999, total_price: "999.00" }), { shop: otherShop });

    const response = await cardOf(shop, { email: "Amira@Example.com", agent: "chloe@amira.test" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const card = await response.json();
    expect(card).toMatchObject({
      customer: { id: "7001", name: "Amira Haddad", email: "amira@example.com" },
      tier: { name: "Gold", gives: ["Skips the queue", "Concierge: Chloe", "Instant refunds"] },
      lifetime: { orders: 2, spent: "$400.00" },
      exchangeRequests: [{ order: "#6001", offer: "New cut + free belt" }],
      askingAgent: { name: "Chloe", delightBudgetLeft: "$500.00" },
    });
    expect(card.recentOrders.map((row: { name: string }) => row.name)).toEqual(["#6002", "#6001"]);
    expect(card.recentOrders[0]).toMatchObject({ total: "$200.00", status: "paid · unfulfilled" });
    expect(card.writtenIn).toBe("en");
    expect(card.recentOrders[0].trackingPage).toBe(`https://${shop}/apps/concierge/track?order=6002&contact=amira%40example.com`);
    expect(card.agentDesk).toContain(`https://${shop}/admin/apps/`);
    expect(card.suggestedAgent).toBeNull();
    expect(card.agentDesk).toContain("/app/agent-desk?q=amira%40example.com");
    expect(chloe.id).toBeTruthy();

    // Signed over the method, path and query works too; the other shop's secret, or a customer only there, doesn't.
    expect(
      (await cardOf(shop, { email: "amira@example.com" }, { scheme: "signature", secret: (await helpdeskSettingsFor(db, shop)).secret }))
        .status,
    ).toBe(200);
    expect(
      (await cardOf(shop, { email: "amira@example.com" }, { scheme: "token", secret: (await helpdeskSettingsFor(db, otherShop)).secret }))
        .status,
    ).toBe(401);
    await db.customer.create({
      data: { shop: otherShop, customerId: "7002", email: "only-there@example.com", shopifyUpdatedAt: new Date() },
    });
    expect((await cardOf(shop, { email: "only-there@example.com" })).status).toBe(404);
    expect((await cardOf(shop, { email: "not an email" })).status).toBe(400);
  });

  it("is written in the language the URL asks for, else the asking agent's first, else English", async () => {
    await agent(shop, "Nadia", "nadia@amira.test");
    await db.agent.update({ where: { shop_email: { shop, email: "nadia@amira.test" } }, data: { languages: ["ar", "en"] } });
    await db.customer.create({ data: { shop, customerId: "7001", email: "amira@example.com", shopifyUpdatedAt: new Date() } });
    const rule = await vipRule(
      {
        tierName: "Gold",
        conditions: [{ kind: "tag_contains", value: "VIP" }],
        skipBot: true,
        concierge: { name: "Nadia", email: "nadia@amira.test" },
      },
      shop,
    );
    await holdsGold(rule.id);
    await order(6001, ago(HOUR), { customer: { id: 7001, email: "amira@example.com" }, financial_status: "partially_refunded" });
    await order(6002, ago(2 * HOUR), { customer: { id: 7001, email: "amira@example.com" }, cancelled_at: ago(HOUR).toISOString() });
    const removed = await requestExchange("Gone soon");
    await db.exchangeOffer.delete({ where: { id: removed.id } });
    // Amounts as the admin writes them in Arabic (app/domain/money: Intl's format, isolated in right-to-left text).
    const arabicDollars = (minor: bigint) => formatMoneyIn("ar", { minor, currencyCode: "USD" });

    // Nadia asks; her first language is Arabic.
    const arabic = await (await cardOf(shop, { email: "amira@example.com", agent: "nadia@amira.test" })).json();
    expect(arabic).toMatchObject({
      writtenIn: "ar",
      tier: { name: "Gold", gives: ["يتجاوز الرد الآلي", "المسؤول الخاص: Nadia"] },
      exchangeRequests: [{ order: "#6001", offer: "عرض حُذف منذ ذلك الحين" }],
      askingAgent: { name: "Nadia", delightBudgetLeft: arabicDollars(50000n) },
    });
    expect(arabic.recentOrders.map((row: { status: string; total: string }) => [row.status, row.total])).toEqual([
      ["مُسترد جزئيًا · لم يتم التنفيذ", arabicDollars(20000n)],
      ["ملغى", arabicDollars(20000n)],
    ]);

    // The URL names French: the card is French whoever asks.
    const french = await (await cardOf(shop, { email: "amira@example.com", agent: "nadia@amira.test", ui: "fr-CA" })).json();
    expect(french).toMatchObject({ writtenIn: "fr", tier: { gives: ["Passe le bot", "Concierge : Nadia"] } });
    expect(french.recentOrders[1].status).toBe("annulée");

    // No language asked for and no agent known: English.
    const english = await (await cardOf(shop, { email: "amira@example.com", ui: "ja" })).json();
    expect(english).toMatchObject({ writtenIn: "en", exchangeRequests: [{ offer: "An offer since removed" }] });
  });
});

describe("languages on the card", () => {
  it("suggests the agent on shift who speaks the customer's language", async () => {
    const allDay = Object.fromEntries(
      ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map((day) => [day, { start: "00:00", end: "24:00" }]),
    );
    for (const [name, languages] of [
      ["Chloe", ["en", "fr"]],
      ["Nadia", ["ar", "en"]],
      ["Off Duty", ["ar"]],
    ] as const) {
      await db.agent.create({
        data: {
          shop,
          name,
          email: `${name.split(" ")[0].toLowerCase()}@amira.test`,
          languages: [...languages],
          timeZone: "UTC",
          workingHours: name === "Off Duty" ? {} : allDay,
          commissionBps: 500,
          monthlyBudgetMinor: 0n,
          currencyCode: "USD",
        },
      });
    }
    await db.customer.create({ data: { shop, customerId: "7001", email: "amira@example.com", shopifyUpdatedAt: new Date() } });
    const secret = (await helpdeskSettingsFor(db, shop)).secret;
    const ask = async (language: string) => {
      const request = new Request(`https://concierge.test/helpdesk/${shop}/card?email=amira%40example.com&language=${language}`, {
        headers: { "X-Concierge-Token": secret },
      });
      return (await cardLoader({ request, params: { shop }, context: {} })).json();
    };
    const arabic = await ask("ar-AE");
    expect(arabic).toMatchObject({ language: "ar", suggestedAgent: "Nadia" });
    expect(arabic.onShift.map((agent: { name: string }) => agent.name)).toEqual(["Nadia", "Chloe"]);
    expect(await ask("fr")).toMatchObject({ language: "fr", suggestedAgent: "Chloe" });
    expect(await ask("ja")).toMatchObject({ language: null, suggestedAgent: null });
  });
});
