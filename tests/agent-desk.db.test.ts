// The agent desk against the local Shopify: the signed-in staff member is the
// agent, finds a customer, and issues single-use delight codes within their
// month's budget; what Shopify refuses costs nothing.
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as deskAction, loader as deskLoader } from "../app/routes/app.agent-desk";
import { loader as agentLoader } from "../app/routes/app.agents.$id";
import { upsertCustomerIdentity } from "../app/data/customers.server";
import { delightCodeFormSchema } from "../app/domain/agents/desk";
import { issueDelightCode } from "../app/services/delight-code-issue.server";
import type { StaffMember } from "../app/services/context";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { discountStatus, findDiscountByCode, gid, type CustomerRecord } from "../local-shopify/store";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { answeredFieldErrors, parseFields } from "./factories/forms";
import { messageText } from "../app/domain/form-message";
import { phraseText, type Phrase } from "../app/domain/phrase";
import { serverTranslate } from "../app/i18n/resources.server";

/** A service's refusal as an English-speaking staff member reads it. */
const english = (message: string | undefined) => messageText(message ?? "", serverTranslate("en"));
import { withSignedInStaff } from "./factories/local-shopify";
import { routeAnswer, type RouteFunction } from "./factories/routes";

const CHLOE = "chloe@concierge-demo.example";

const { local, staffId, admin } = withSignedInStaff(CHLOE);

async function call(route: RouteFunction, path: string, form?: Record<string, string>, userId = staffId()) {
  return routeAnswer(
    route,
    adminRequest(path, { shop: DEMO_SHOP, userId, ...(form ? { method: "POST", body: new URLSearchParams(form) } : {}) }),
  );
}

type Desk = {
  agent: { id: string; name: string } | null;
  budget: { remaining: string; remainingMinor: string } | null;
  lookup: {
    error: string | null;
    customer: {
      id: string;
      name: string;
      tier: string | null;
      totalSpent: string;
      orderCount: number;
      recentOrders: { name: string; fulfillmentStatus: string }[];
    } | null;
    order?: { id: string; name: string };
  } | null;
};
type Issued = { result: unknown; issued: { code: string; reply: string; expiresAt: string; cost: string; remaining: string } | null };

/** The issue-a-code form's fields, parsed as the desk's action parses them. */
function delightCode(fields: Record<string, string>) {
  const parsed = parseFields(fields, delightCodeFormSchema("USD"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.value;
}

async function desk(query = "") {
  const response = await call(deskLoader, `/app/agent-desk${query ? `?q=${encodeURIComponent(query)}` : ""}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Desk;
}

async function issue(form: Record<string, string>, userId = staffId()) {
  const response = await call(deskAction, "/app/agent-desk", form, userId);
  return { status: response.status, body: (await response.json()) as Issued };
}

async function chloeAgent(budget = 50_00n) {
  return db.agent.create({
    data: {
      shop: DEMO_SHOP,
      name: "Chloé Martin",
      email: CHLOE,
      team: "Senior Concierge",
      timeZone: "America/New_York",
      workingHours: "{}",
      commissionBps: 750,
      monthlyBudgetMinor: budget,
      currencyCode: "USD",
    },
  });
}

/** A demo customer with an email, a phone and a few orders. */
function regular(): CustomerRecord {
  const data = local().store.getShop(DEMO_SHOP);
  return [...data.customers.values()].find(
    (customer) => customer.email && customer.phone && customer.numberOfOrders >= 2 && customer.amountSpentCents > 0,
  )!;
}

const chloe = (): StaffMember => ({ userId: String(staffId()), email: CHLOE, name: "Chloe Martin" });

describe("the signed-in staff member", () => {
  it("is the agent with their Shopify email, linked to their staff account from then on", async () => {
    const agent = await chloeAgent();
    expect((await desk()).agent).toMatchObject({ id: agent.id, name: "Chloé Martin" });
    expect(await db.agent.findUniqueOrThrow({ where: { id: agent.id } })).toMatchObject({ staffUserId: String(staffId()) });
  });

  it("can't issue codes without being on the roster, and is told how to get there", async () => {
    await chloeAgent();
    const youssef = await signInStaff(local(), DEMO_SHOP, "youssef@concierge-demo.example");
    const { status, body } = await issue({ "discount.kind": "fixed_amount", "discount.value": "10" }, youssef);
    expect(status).toBe(400);
    // Youssef reads the admin in Arabic (his Shopify profile's language).
    expect(answeredFieldErrors(body)[""]).toMatch(/^يستطيع الوكلاء فقط إصدار أكواد الإسعاد/);
    expect(await db.agentCode.count()).toBe(0);
  });
});

describe("finding a customer", () => {
  it("by email, phone or order number, with their profile at a glance and their VIP tier", async () => {
    await chloeAgent();
    const customer = regular();
    const data = local().store.getShop(DEMO_SHOP);
    const lastOrder = data.orders.get(customer.lastOrderId!)!;
    await db.customerTier.create({
      data: { shop: DEMO_SHOP, customerId: String(customer.id), tierName: "Gold", factsUpdatedAt: new Date(), evaluatedAt: new Date() },
    });

    for (const query of [customer.email!.toUpperCase(), customer.phone!, lastOrder.name, lastOrder.name.slice(1)]) {
      const { lookup } = await desk(query);
      expect(lookup?.error, query).toBeNull();
      expect(lookup?.customer, query).toMatchObject({
        id: String(customer.id),
        tier: "Gold",
        orderCount: customer.numberOfOrders,
        totalSpent: new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(customer.amountSpentCents / 100),
      });
      expect(lookup!.customer!.recentOrders[0]!.name).toBe(lastOrder.name);
    }
  });

  it("by an order number, shows that order first with its exchange page, even when it is older than the latest five", async () => {
    await chloeAgent();
    const data = local().store.getShop(DEMO_SHOP);
    const orders = [...data.orders.values()];
    const customer = [...data.customers.values()].find((someone) => orders.filter((order) => order.customerId === someone.id).length > 5)!;
    const oldest = orders
      .filter((order) => order.customerId === customer.id)
      .sort((a, b) => a.processedAt.localeCompare(b.processedAt))[0]!;
    for (const query of [oldest.name, oldest.name.slice(1)]) {
      const { lookup } = await desk(query);
      expect(lookup?.customer?.id, query).toBe(String(customer.id));
      expect(lookup?.order, query).toMatchObject({ id: String(oldest.id), name: oldest.name });
      expect(lookup!.customer!.recentOrders.map((order) => order.name)).not.toContain(oldest.name);
    }
    // An email search names no order.
    expect((await desk(customer.email!)).lookup?.order).toBeUndefined();
  });

  it("says what it didn't find, or what it couldn't read, in the staff member's language", async () => {
    const said = async (query: string, locale: "en" | "ar" | "fr" = "en") => {
      const { lookup } = await desk(query);
      expect(lookup?.customer).toBeNull();
      return phraseText(lookup?.error as unknown as Phrase, serverTranslate(locale));
    };
    expect(await said("nobody@example.com")).toBe("No customer with the email nobody@example.com");
    expect(await said("#999999")).toBe("No order #999999 in this store");
    expect(await said("Emma")).toMatch(/Enter the customer's email, phone number/);
    expect(await said("#999999", "ar")).toBe("لا يوجد طلب #999999 في هذا المتجر");
    expect(await said("nobody@example.com", "fr")).toBe("Aucun client avec l'e-mail nobody@example.com");
  });
});

describe("issuing a delight code", () => {
  it("creates a single-use code in Shopify for that customer only, ending after the chosen days, with a ready reply", async () => {
    const agent = await chloeAgent();
    const customer = regular();
    const before = Date.now();
    const { status, body } = await issue({
      "discount.kind": "fixed_amount",
      "discount.value": "20",
      expiresInDays: "14",
      customerId: String(customer.id),
    });
    expect(status).toBe(200);
    const issued = body.issued!;
    expect(issued.code).toMatch(/^CHLOE-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(issued).toMatchObject({ cost: "$20.00", remaining: "$30.00" });

    const inShopify = findDiscountByCode(local().store.getShop(DEMO_SHOP), issued.code)!;
    expect(inShopify).toMatchObject({
      valueType: "FIXED_AMOUNT",
      value: 2000,
      usageLimit: 1,
      appliesOncePerCustomer: true,
      customerIds: [customer.id],
    });
    expect(discountStatus(inShopify, new Date())).toBe("ACTIVE");
    const endsAt = Date.parse(inShopify.endsAt!);
    expect(endsAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 14 * 86_400_000);
    expect(endsAt).toBe(Date.parse(issued.expiresAt));

    expect(await db.agentCode.findFirstOrThrow({ where: { code: issued.code } })).toMatchObject({
      shop: DEMO_SHOP,
      agentId: agent.id,
      kind: "delight",
      status: "active",
      costMinor: 2000n,
      customerId: String(customer.id),
      discountNodeId: gid("DiscountCodeNode", inShopify.id),
    });
    // The reply is in the customer's language (their Shopify locale): Arabic, the code kept left to right.
    expect(customer.locale).toBe("ar");
    expect(issued.reply).toContain(`مرحباً ${customer.firstName}، شكراً لتواصلك معنا. إليك رمزاً خاصاً بك: \u2066${issued.code}\u2069`);
    expect(issued.reply).toContain("يمنحك خصماً بقيمة");
    expect((await desk()).budget).toMatchObject({ remaining: "$30.00", remainingMinor: "3000" });
  });

  it("names the customer on the agent's page, where Concierge knows them", async () => {
    const agent = await chloeAgent();
    const customer = regular();
    const { status, body } = await issue({ "discount.kind": "fixed_amount", "discount.value": "5", customerId: String(customer.id) });
    expect(status).toBe(200);
    const ledger = async () => {
      const page = await routeAnswer(agentLoader, adminRequest(`/app/agents/${agent.id}`, { shop: DEMO_SHOP, userId: staffId() }), {
        id: agent.id,
      });
      return ((await page.json()) as { codes: { code: string; customerId: string; customerName: string | null }[] }).codes;
    };
    // A customer Concierge never met is shown by id; once customers/update (or the import) has told it, by name.
    expect((await ledger()).find((code) => code.code === body.issued!.code)).toMatchObject({ customerName: null });
    await upsertCustomerIdentity(db, DEMO_SHOP, {
      id: String(customer.id),
      email: customer.email,
      phone: null,
      first_name: customer.firstName,
      last_name: customer.lastName,
      updated_at: new Date(),
    });
    expect((await ledger()).find((code) => code.code === body.issued!.code)).toMatchObject({
      customerId: String(customer.id),
      customerName: `${customer.firstName} ${customer.lastName}`,
    });
  });

  it("costs a percentage code as that share of the customer's average order", async () => {
    await chloeAgent();
    const customer = regular();
    const average = (BigInt(customer.amountSpentCents) * 2n + BigInt(customer.numberOfOrders)) / (BigInt(customer.numberOfOrders) * 2n);
    const expected = (average * 1000n * 2n + 10_000n) / 20_000n; // 10%, half-up
    const { status } = await issue({ "discount.kind": "percentage", "discount.value": "10", customerId: String(customer.id) });
    expect(status).toBe(200);
    expect((await db.agentCode.findFirstOrThrow({ where: { kind: "delight" } })).costMinor).toBe(expected);
  });

  it("is refused to an agent over budget, who is told why, and nothing reaches Shopify", async () => {
    await chloeAgent(25_00n);
    const first = await issue({ "discount.kind": "fixed_amount", "discount.value": "20" });
    expect(first.status).toBe(200);
    const discountsBefore = local().store.getShop(DEMO_SHOP).discounts.size;

    const second = await issue({ "discount.kind": "fixed_amount", "discount.value": "10" });
    expect(second.status).toBe(400);
    expect(answeredFieldErrors(second.body)).toEqual({ "": "Over budget: $5.00 left this month, this code would cost $10.00" });
    expect(local().store.getShop(DEMO_SHOP).discounts.size).toBe(discountsBefore);
    expect(await db.agentCode.count({ where: { kind: "delight" } })).toBe(1);

    // Exactly what is left still fits.
    expect((await issue({ "discount.kind": "fixed_amount", "discount.value": "5" })).status).toBe(200);
  });

  it("never lets two codes issued at once spend the same budget twice", async () => {
    await chloeAgent(20_00n);
    const form = delightCode({ "discount.kind": "fixed_amount", "discount.value": "15" });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => issueDelightCode({ db, admin: admin(), shop: DEMO_SHOP, now: new Date(), staff: chloe() }, form)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && english(result.fieldErrors.form))).toEqual(
      Array(3).fill("Over budget: $5.00 left this month, this code would cost $15.00"),
    );
    expect(await db.agentCode.count({ where: { kind: "delight" } })).toBe(1);
  });

  it("draws another code when Shopify already has the one drawn (TAKEN), and spends nothing when Shopify keeps refusing", async () => {
    await chloeAgent();
    // CHLOE-222222 is what an all-zero random source draws; make it taken in Shopify.
    const taken = await issueDelightCode(
      { db, admin: admin(), shop: DEMO_SHOP, now: new Date(), staff: chloe(), randomBytes: (size) => new Uint8Array(size) },
      delightCode({ "discount.kind": "fixed_amount", "discount.value": "5" }),
    );
    expect(taken.ok && taken.issued.code).toBe("CHLOE-222222");
    await db.agentCode.deleteMany(); // Concierge forgets it; Shopify still has it

    const zeros = () => new Uint8Array(16);
    const refused = await issueDelightCode(
      { db, admin: admin(), shop: DEMO_SHOP, now: new Date(), staff: chloe(), randomBytes: zeros },
      delightCode({ "discount.kind": "fixed_amount", "discount.value": "10" }),
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && english(refused.fieldErrors.form)).toBe(
      "Shopify refused every code tried (Shopify already has a discount code CHLOE-222222). Nothing was spent; try again.",
    );
    expect(await db.agentCode.count()).toBe(0);
    expect((await desk()).budget).toMatchObject({ remaining: "$50.00" });

    // The first draw is taken, the second is free: the second is issued.
    let call = 0;
    const secondDrawFree = (size: number) => new Uint8Array(size).fill(call++ === 0 ? 0 : 1);
    const issued = await issueDelightCode(
      { db, admin: admin(), shop: DEMO_SHOP, now: new Date(), staff: chloe(), randomBytes: secondDrawFree },
      delightCode({ "discount.kind": "fixed_amount", "discount.value": "10" }),
    );
    expect(issued.ok && issued.issued.code).toBe("CHLOE-333333");
    expect(await db.agentCode.count()).toBe(1);
  });

  it("gives the agent the code Shopify made when its answer was lost, spending the budget once", async () => {
    const agent = await chloeAgent();
    const customer = regular();
    const answerLost = local().loseAdminAnswers("DiscountCodeBasicCreate", { calls: 1 });
    const { status, body } = await issue({ "discount.kind": "fixed_amount", "discount.value": "20", customerId: String(customer.id) });
    answerLost();
    expect(status).toBe(200);
    const issued = body.issued!;
    expect(issued).toMatchObject({ cost: "$20.00", remaining: "$30.00" });
    const data = local().store.getShop(DEMO_SHOP);
    const inShopify = [...data.discounts.values()].filter((discount) => discount.code === issued.code);
    expect(inShopify).toHaveLength(1);
    expect(await db.agentCode.findMany({ where: { shop: DEMO_SHOP } })).toEqual([
      expect.objectContaining({
        agentId: agent.id,
        code: issued.code,
        status: "active",
        discountNodeId: gid("DiscountCodeNode", inShopify[0]!.id),
      }),
    ]);
  });

  it("never has Shopify make a second code when its answer to the first was lost, even for a client that retries", async () => {
    await chloeAgent();
    // A client that would try a call again after waiting half a second for it (a job's, not a page's).
    const retrying = { ...admin(), retryPolicy: { timeoutMs: 500, totalTimeoutMs: Number.POSITIVE_INFINITY, maxAttempts: 3 } };
    const delightCodes = () =>
      [...local().store.getShop(DEMO_SHOP).discounts.values()]
        .filter((discount) => discount.title.includes("delight code"))
        .map((d) => d.code);
    const before = delightCodes();
    const answerLost = local().loseAdminAnswers("DiscountCodeBasicCreate", { calls: 1 });
    const result = await issueDelightCode(
      { db, admin: retrying, shop: DEMO_SHOP, now: new Date(), staff: chloe() },
      delightCode({ "discount.kind": "fixed_amount", "discount.value": "10" }),
    );
    answerLost();
    expect(result.ok).toBe(true);
    const code = result.ok ? result.issued.code : "";
    // Shopify holds the one new code the agent was given, and no other.
    expect(delightCodes().filter((made) => !before.includes(made))).toEqual([code]);
    expect(await db.agentCode.count({ where: { shop: DEMO_SHOP, kind: "delight" } })).toBe(1);
  });

  it("reports a refusal from Shopify in words and keeps nothing", async () => {
    await chloeAgent();
    const { status, body } = await issue({ "discount.kind": "fixed_amount", "discount.value": "10", customerId: "999999999" });
    expect(status).toBe(400);
    expect(answeredFieldErrors(body)).toEqual({ customerId: "That customer no longer exists in Shopify; look them up again" });
    expect(await db.agentCode.count()).toBe(0);
  });

  it("is refused to an inactive agent", async () => {
    const agent = await chloeAgent();
    await db.agent.update({ where: { id: agent.id }, data: { active: false } });
    const { status, body } = await issue({ "discount.kind": "fixed_amount", "discount.value": "10" });
    expect(status).toBe(400);
    expect(answeredFieldErrors(body)[""]).toBe("Your agent profile is inactive, so you can't issue codes");
  });
});
