// Agents and their codes against the local Shopify: the personal code is
// created in Shopify, an order using it is credited once however often its
// webhook comes, a refund lowers the agent's figures exactly, deactivating an
// agent stops their codes in Shopify, and one shop never sees another's agents.
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import { phraseText, type Phrase } from "../app/domain/phrase";
import { serverTranslate } from "../app/i18n/resources.server";
import { action as agentAction, loader as agentLoader } from "../app/routes/app.agents.$id";
import { loader as rosterLoader } from "../app/routes/app.agents._index";
import { action as settingsAction, loader as settingsLoader } from "../app/routes/app.settings";
import { delightCodeFormSchema } from "../app/domain/agents/desk";
import { issueDelightCode } from "../app/services/delight-code-issue.server";
import { DEMO_SHOP, OTHER_SHOP } from "../local-shopify/demo-store";
import { discountStatus, findDiscountByCode, type OrderRecord } from "../local-shopify/store";
import { orderPayload, refundPayload } from "../local-shopify/webhooks";
import { adminRequest } from "./factories/admin-requests";
import { agentForm, answeredFieldErrors, parseFields } from "./factories/forms";
import { webhookDispatcher, withSignedInStaff } from "./factories/local-shopify";
import { routeAnswer } from "./factories/routes";

const CHLOE = "chloe@concierge-demo.example";

const { local, staffId, admin } = withSignedInStaff(CHLOE);

type RouteFunction = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;

/** Calls a loader or action as Remix would, with the staff member's session token; a thrown Response is the answer. */
async function call(route: RouteFunction, path: string, params: Record<string, string>, form?: Record<string, string>) {
  const request = adminRequest(path, {
    shop: DEMO_SHOP,
    userId: staffId(),
    ...(form ? { method: "POST", body: new URLSearchParams(form) } : {}),
  });
  return routeAnswer(route, request, params);
}

async function addAgent(overrides: Record<string, string> = {}) {
  const response = await call(agentAction, "/app/agents/new", { id: "new" }, agentForm(overrides));
  expect(response.status, await response.clone().text()).toBeLessThan(400);
  const agent = await db.agent.findFirstOrThrow({ where: { shop: DEMO_SHOP, email: agentForm(overrides).email } });
  return agent;
}

/** A shopper checks out with the code on the local Shopify. */
async function checkout(input: { email: string; discountCode: string; quantity?: number }) {
  const data = local().store.getShop(DEMO_SHOP);
  const variant =
    [...data.variants.values()].find((candidate) => candidate.sku === "CHINO-RELAXED-STONE-32") ??
    [...data.variants.values()].find((candidate) => candidate.sku !== null && candidate.priceCents >= 5000)!;
  const response = await fetch(`${local().url}/_local/orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      shop: DEMO_SHOP,
      email: input.email,
      discountCode: input.discountCode,
      lines: [{ variantId: variant.id, quantity: input.quantity ?? 2 }],
    }),
  });
  const body = (await response.json()) as { order?: { id: number }; errors?: string };
  if (!response.ok) return { ok: false as const, status: response.status, error: body.errors };
  return { ok: true as const, order: data.orders.get(body.order!.id)! };
}

const halfUp = (numerator: bigint, denominator: bigint) => (numerator * 2n + denominator) / (denominator * 2n);
const totalCentsOf = (order: OrderRecord) =>
  BigInt(
    order.lineItems.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0) -
      order.totalDiscountsCents +
      order.shippingCents +
      order.taxCents,
  );

function someCustomer(index = 3) {
  return [...local().store.getShop(DEMO_SHOP).customers.values()].filter((customer) => customer.email)[index]!;
}

describe("an agent's personal code", () => {
  it("is created in Shopify from the merchant's value and rules", async () => {
    const response = await call(
      agentAction,
      "/app/agents/new",
      { id: "new" },
      agentForm({
        "personalCode.code": "amira12_5",
        "personalCode.discount.value": "12.5",
        "personalCode.minimumSubtotal": "50",
        "personalCode.usageLimit": "100",
        "personalCode.appliesOncePerCustomer": "true",
      }),
    );
    expect(response.status).toBe(302);
    const agent = await db.agent.findFirstOrThrow({ where: { shop: DEMO_SHOP } });
    expect(response.headers.get("Location")).toContain(`/app/agents/${agent.id}`);
    expect(agent).toMatchObject({
      name: "Amira Haddad",
      email: "amira@concierge-demo.example",
      team: "Senior Concierge",
      commissionBps: 750,
      monthlyBudgetMinor: 50000n,
      currencyCode: "USD",
    });

    const code = await db.agentCode.findFirstOrThrow({ where: { shop: DEMO_SHOP, agentId: agent.id } });
    expect(code).toMatchObject({
      code: "AMIRA12_5",
      codeKey: "AMIRA12_5",
      kind: "personal",
      status: "active",
      valueKind: "percentage",
      valueBasisPoints: 1250,
    });
    const inShopify = findDiscountByCode(local().store.getShop(DEMO_SHOP), "AMIRA12_5")!;
    expect(code.discountNodeId).toBe(`gid://shopify/DiscountCodeNode/${inShopify.id}`);
    expect(inShopify).toMatchObject({
      valueType: "PERCENTAGE",
      value: 12.5,
      minimumSubtotalCents: 5000,
      usageLimit: 100,
      appliesOncePerCustomer: true,
      customerIds: null,
      endsAt: null,
    });
    expect(discountStatus(inShopify, new Date())).toBe("ACTIVE");
  });

  it("credits an order that uses it once, even when the webhook arrives twice, and a refund lowers revenue and commission exactly", async () => {
    const agent = await addAgent({ "personalCode.code": "AMIRA10B" });
    const placed = await checkout({ email: someCustomer().email!, discountCode: "amira10b" });
    if (!placed.ok) throw new Error(placed.error);
    const { order } = placed;
    const data = local().store.getShop(DEMO_SHOP);
    const webhooks = webhookDispatcher();

    const paid = orderPayload(data, order);
    const deliveries = [
      ...(await webhooks.deliver("orders/create", DEMO_SHOP, paid)),
      ...(await webhooks.deliver("orders/paid", DEMO_SHOP, paid, { eventId: "orders-paid-once" })),
      ...(await webhooks.deliver("orders/paid", DEMO_SHOP, paid, { eventId: "orders-paid-once" })),
    ];
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200]);

    const gross = totalCentsOf(order);
    expect(await db.attribution.count({ where: { shop: DEMO_SHOP } })).toBe(1);
    expect(
      await db.attribution.findUniqueOrThrow({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(order.id) } } }),
    ).toMatchObject({
      source: "agent_code",
      agentId: agent.id,
      code: "AMIRA10B",
      grossMinor: gross,
      netMinor: gross,
      commissionBps: 750,
      commissionMinor: halfUp(gross * 750n, 10_000n),
    });

    // One of the two items comes back.
    const refundResponse = await fetch(`${local().url}/_local/orders/${order.id}/refund`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ shop: DEMO_SHOP, lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1 }] }),
    });
    expect(refundResponse.status).toBe(201);
    const refund = order.refunds.at(-1)!;
    await webhooks.deliver("refunds/create", DEMO_SHOP, refundPayload(data, order, refund));
    await webhooks.deliver("orders/updated", DEMO_SHOP, orderPayload(data, order));
    await webhooks.deliver("refunds/create", DEMO_SHOP, refundPayload(data, order, refund)); // a retry of the refund

    const refunded = BigInt(refund.totalCents);
    expect(refunded).toBeGreaterThan(0n);
    const net = gross - refunded;
    const attribution = await db.attribution.findUniqueOrThrow({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(order.id) } } });
    expect(attribution).toMatchObject({
      grossMinor: gross,
      refundedMinor: refunded,
      netMinor: net,
      commissionMinor: halfUp(net * 750n, 10_000n),
    });

    // The leaderboard shows the same figures, with the rule they follow.
    const roster = (await (await call(rosterLoader, "/app/agents", {})).json()) as Awaited<
      ReturnType<typeof import("../app/services/agent-pages.server").loadRoster>
    >;
    const row = roster.leaderboard.rows.find((candidate) => candidate.agentId === agent.id)!;
    expect(row).toMatchObject({
      attributedOrders: 1,
      netRevenue: { minor: net.toString() },
      commission: { minor: halfUp(net * 750n, 10_000n).toString() },
    });
    expect(roster.leaderboard.totals.netRevenue.minor).toBe(net.toString());
    // The rule as the page prints it, with the shop's window, in the staff member's language.
    const rule = (locale: "en" | "ar" | "fr") =>
      (roster.attributionRule as Phrase[]).map((line) => phraseText(line, serverTranslate(locale)));
    expect(rule("en")).toHaveLength(8);
    expect(rule("en")[3]).toContain("The window is 3 days, set in Settings.");
    expect(rule("ar")[3]).toContain("الفترة 3 أيام");
    expect(rule("fr")[0]).toBe("Chaque commande est attribuée à une source au plus, la première des suivantes qui s'applique :");
  });

  it("refuses a code Shopify already has (TAKEN) with a clear error, and keeps nothing", async () => {
    // CHLOE10 is one of the demo store's discounts.
    const response = await call(
      agentAction,
      "/app/agents/new",
      { id: "new" },
      agentForm({ name: "Chloe Martin", email: CHLOE, "personalCode.code": "chloe10" }),
    );
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toEqual({
      "personalCode.code": "CHLOE10 is already a discount code in your Shopify store. Choose another, like CHLOEM10.",
    });
    expect(await db.agent.count()).toBe(0);
    expect(await db.agentCode.count()).toBe(0);
  });

  it("takes back the code an earlier save made when Shopify's answer to it was lost, with the form's rules", async () => {
    const discounts = () => [...local().store.getShop(DEMO_SHOP).discounts.values()].filter((discount) => discount.code === "AMIRA10");
    // Shopify makes the code; its answer never reaches Concierge, which keeps no agent and asks to try again.
    const answerLost = local().loseAdminAnswers("DiscountCodeBasicCreate", { calls: 1 });
    const lost = await call(agentAction, "/app/agents/new", { id: "new" }, agentForm({ "personalCode.discount.value": "10" }));
    answerLost();
    expect(lost.status).toBe(503);
    expect(await db.agent.count()).toBe(0);
    expect(discounts()).toHaveLength(1);

    // Saved again, with another value: the code Shopify holds is this agent's, not "already a discount code".
    const saved = await call(agentAction, "/app/agents/new", { id: "new" }, agentForm({ "personalCode.discount.value": "15" }));
    expect(saved.status, await saved.clone().text()).toBe(302);
    const [code] = await db.agentCode.findMany({ where: { shop: DEMO_SHOP } });
    expect(discounts()).toEqual([expect.objectContaining({ value: 15, valueType: "PERCENTAGE" })]);
    expect(code).toMatchObject({
      code: "AMIRA10",
      status: "active",
      discountNodeId: `gid://shopify/DiscountCodeNode/${discounts()[0]!.id}`,
    });
  });

  it("shows field errors next to the fields, from the same schema the form uses", async () => {
    const response = await call(
      agentAction,
      "/app/agents/new",
      { id: "new" },
      agentForm({ email: "not-an-email", "personalCode.discount.value": "0" }),
    );
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toEqual({
      email: "Enter a valid email address",
      "personalCode.discount.value": "The discount must be from 1% to 100%",
    });
    expect(await db.agent.count()).toBe(0);
  });
});

describe("deactivating an agent", () => {
  it("stops their personal and delight codes in Shopify, and re-activating starts them again", async () => {
    const agent = await addAgent({ name: "Chloe Martin", email: CHLOE, "personalCode.code": "CHLOEDEACT" });
    const issued = await issueDelightCode(
      {
        db,
        admin: admin(),
        shop: DEMO_SHOP,
        now: new Date(),
        staff: { userId: String(staffId()), email: CHLOE, name: "Chloe Martin" },
      },
      delightCodeRequest({ "discount.kind": "fixed_amount", "discount.value": "15" }),
    );
    if (!issued.ok) throw new Error(JSON.stringify(issued.fieldErrors));
    const data = local().store.getShop(DEMO_SHOP);
    const codes = ["CHLOEDEACT", issued.issued.code];
    for (const code of codes) expect(discountStatus(findDiscountByCode(data, code)!, new Date())).toBe("ACTIVE");

    const off = await call(
      agentAction,
      `/app/agents/${agent.id}`,
      { id: agent.id },
      agentForm({ name: "Chloe Martin", email: CHLOE, "personalCode.code": "CHLOEDEACT", active: "false" }),
    );
    expect(off.status).toBe(200);
    for (const code of codes) expect(discountStatus(findDiscountByCode(data, code)!, new Date())).not.toBe("ACTIVE");
    expect((await db.agentCode.findMany({ where: { agentId: agent.id } })).map((row) => row.status)).toEqual([
      "deactivated",
      "deactivated",
    ]);
    const refused = await checkout({ email: someCustomer(5).email!, discountCode: "CHLOEDEACT" });
    expect(refused).toMatchObject({ ok: false, status: 422, error: "Discount code CHLOEDEACT is not active (EXPIRED)" });

    const on = await call(
      agentAction,
      `/app/agents/${agent.id}`,
      { id: agent.id },
      agentForm({ name: "Chloe Martin", email: CHLOE, "personalCode.code": "CHLOEDEACT", active: "true" }),
    );
    expect(on.status).toBe(200);
    for (const code of codes) expect(discountStatus(findDiscountByCode(data, code)!, new Date())).toBe("ACTIVE");
    // The delight code keeps its own end date.
    expect(Date.parse(findDiscountByCode(data, issued.issued.code)!.endsAt!)).toBe(Date.parse(issued.issued.expiresAt));
    expect(findDiscountByCode(data, "CHLOEDEACT")!.endsAt).toBeNull();
  });

  it("changes the personal code's value and rules in Shopify, but never its text", async () => {
    const agent = await addAgent({ "personalCode.code": "AMIRAEDIT" });
    const renamed = await call(agentAction, `/app/agents/${agent.id}`, { id: agent.id }, agentForm({ "personalCode.code": "AMIRA99" }));
    expect(renamed.status).toBe(400);
    expect(answeredFieldErrors(await renamed.json())["personalCode.code"]).toMatch(/can't be renamed/);

    const changed = await call(
      agentAction,
      `/app/agents/${agent.id}`,
      { id: agent.id },
      agentForm({
        "personalCode.code": "AMIRAEDIT",
        "personalCode.discount.kind": "fixed_amount",
        "personalCode.discount.value": "15",
        "personalCode.usageLimit": "20",
        commissionPercent: "9",
      }),
    );
    expect(changed.status).toBe(200);
    expect(findDiscountByCode(local().store.getShop(DEMO_SHOP), "AMIRAEDIT")).toMatchObject({
      valueType: "FIXED_AMOUNT",
      value: 1500,
      usageLimit: 20,
    });
    expect(await db.agent.findUniqueOrThrow({ where: { id: agent.id } })).toMatchObject({ commissionBps: 900 });
    const page = (await (await call(agentLoader, `/app/agents/${agent.id}`, { id: agent.id })).json()) as {
      values: unknown;
      codes: { shopifyStatus: string }[];
    };
    expect(page.values).toMatchObject({
      personalCode: { discount: { kind: "fixed_amount", value: "15.00" }, usageLimit: "20" },
      commissionPercent: "9",
    });
    expect(page.codes[0]!.shopifyStatus).toBe("ACTIVE");
  });
});

describe("the agent's page and the roster in the staff member's language", () => {
  type Page = { codes: { value: Phrase; cost: string }[]; budget: { budget: string; remaining: string } };
  type Roster = { agents: { personalCode: { value: Phrase } | null; monthlyBudget: string }[] };

  it("write what a code takes off and the delight budget as Arabic and French write them", async () => {
    const agent = await addAgent({ "personalCode.code": "AMIRALOCALE", monthlyDelightBudget: "1500" });
    const english = (await (await call(agentLoader, `/app/agents/${agent.id}`, { id: agent.id })).json()) as Page;
    expect(phraseText(english.codes[0]!.value, serverTranslate("en"))).toBe("10% off");
    expect(english.budget.budget).toBe("$1,500.00");
    for (const locale of ["ar", "fr"] as const) {
      const page = (await (await call(agentLoader, `/app/agents/${agent.id}?locale=${locale}`, { id: agent.id })).json()) as Page;
      const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(0.1);
      const budget = new Intl.NumberFormat(locale, { style: "currency", currency: "USD" }).format(1500);
      expect(phraseText(page.codes[0]!.value, serverTranslate(locale))).toBe(
        locale === "ar" ? `خصم ${percent}` : `${percent} de réduction`,
      );
      expect(page.budget.budget).toBe(budget);
      const roster = (await (await call(rosterLoader, `/app/agents?locale=${locale}`, {})).json()) as Roster;
      const listed = roster.agents.find((row) => row.monthlyBudget === budget)!;
      expect(phraseText(listed.personalCode!.value, serverTranslate(locale))).toContain(percent);
    }
  });
});

describe("shops", () => {
  it("never show one shop's agents to another: another shop's agent id is a 404", async () => {
    const theirs = await db.agent.create({
      data: {
        shop: OTHER_SHOP,
        name: "Sophie Leroy",
        email: "sophie@other-shop.example",
        timeZone: "Europe/Paris",
        workingHours: "{}",
        commissionBps: 500,
        monthlyBudgetMinor: 10_000n,
        currencyCode: "EUR",
      },
    });
    await addAgent({ "personalCode.code": "AMIRASHOP" });

    expect((await call(agentLoader, `/app/agents/${theirs.id}`, { id: theirs.id })).status).toBe(404);
    const edit = await call(agentAction, `/app/agents/${theirs.id}`, { id: theirs.id }, agentForm({ active: "false" }));
    expect(edit.status).toBe(404);
    expect(await db.agent.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Sophie Leroy", active: true });

    const roster = (await (await call(rosterLoader, "/app/agents", {})).json()) as {
      agents: { id: string }[];
      leaderboard: { rows: { agentId: string }[] };
    };
    expect(roster.agents.map((agent) => agent.id)).not.toContain(theirs.id);
    expect(roster.leaderboard.rows.map((row) => row.agentId)).not.toContain(theirs.id);
  });
});

describe("follow the sun", () => {
  type Roster = Awaited<ReturnType<typeof import("../app/services/agent-pages.server").loadRoster>>;

  it("shows the week hour by hour on the shop's clock, with the hours nobody covers", async () => {
    // Dubai (UTC+4) works 09:00–17:00 Monday to Friday; the shop is in New York.
    await addAgent({ "personalCode.code": "AMIRASUN" });
    const roster = (await (await call(rosterLoader, "/app/agents", {})).json()) as Roster;
    const { coverage } = roster;
    expect(coverage.timeZone).toBe("America/New_York");
    expect(coverage.days.map((day) => day.weekday)).toEqual(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
    expect(coverage.coveredHours).toBe(40);
    expect(coverage.gapHours + coverage.coveredHours + coverage.partialHours).toBe(
      168 - coverage.days.flatMap((day) => day.hours).filter((hour) => hour.status === "skipped").length,
    );
    const covered = coverage.days[1]!.hours.filter((hour) => hour.status === "covered");
    expect(covered[0]!.agents).toEqual(["Amira Haddad"]);
    // Saturday and Sunday nobody is on shift.
    expect(coverage.gaps.filter((gap) => gap.weekday === "saturday")).toEqual([
      { weekday: "saturday", from: "00:00", to: "24:00", hours: 24 },
    ]);
  });

  it("adds the hours a second agent in another time zone covers", async () => {
    await addAgent({ "personalCode.code": "AMIRASUN2", languages: "ar" });
    await addAgent({
      name: "Paolo Reyes",
      email: "paolo@concierge-demo.example",
      timeZone: "Asia/Manila",
      "personalCode.code": "PAOLO10",
      languages: "en",
    });
    const roster = (await (await call(rosterLoader, "/app/agents", {})).json()) as Roster;
    // Manila's 09:00–17:00 and Dubai's overlap by four hours.
    expect(roster.coverage.coveredHours).toBe(40 + 5 * 4);
    // The languages each hour covers: English from Manila, Arabic from Dubai, both in the overlap; French never.
    const tuesday = roster.coverage.days[1]!.hours.filter((hour) => hour.status === "covered");
    const count = (languages: string) => tuesday.filter((hour) => hour.languages.join("+") === languages).length;
    expect([count("en"), count("en+ar"), count("ar"), count("")]).toEqual([4, 4, 4, 0]);
    expect(roster.coverage.languageHours).toEqual({ en: 40, ar: 40, fr: 0 });
    expect(roster.coverage.days[2]!.hours.some((hour) => hour.agents.length === 2)).toBe(true);
  });
});

describe("settings", () => {
  it("sets what a new agent starts with", async () => {
    const saved = await call(settingsAction, "/app/settings", {}, { defaultCommissionPercent: "5.25", defaultMonthlyDelightBudget: "250" });
    expect(saved.status).toBe(200);
    expect(await db.shop.findUniqueOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({
      defaultCommissionBps: 525,
      defaultDelightBudgetMinor: 25_000n,
    });
    expect(await (await call(settingsLoader, "/app/settings", {})).json()).toMatchObject({
      values: { defaultCommissionPercent: "5.25", defaultMonthlyDelightBudget: "250.00" },
    });

    const agent = await addAgent({ "personalCode.code": "AMIRADEF", commissionPercent: "", monthlyDelightBudget: "" });
    expect(agent).toMatchObject({ commissionBps: 525, monthlyBudgetMinor: 25_000n });

    const refused = await call(
      settingsAction,
      "/app/settings",
      {},
      { defaultCommissionPercent: "45", defaultMonthlyDelightBudget: "lots" },
    );
    expect(refused.status).toBe(400);
    expect(answeredFieldErrors(await refused.json())).toEqual({
      defaultCommissionPercent: "The default commission must be from 0% to 30%",
      defaultMonthlyDelightBudget: "Enter the default monthly delight budget like 500.00",
    });
  });
});

/** The agent desk's issue-a-code form, parsed as its action parses it. */
function delightCodeRequest(fields: Record<string, string>) {
  const parsed = parseFields(fields, delightCodeFormSchema("USD"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.value;
}
