// The VIP rules pages, called as App Bridge calls them (a staff member's
// session token), against the local Shopify: invalid rules save nothing and
// say why next to the field; a saved rule re-evaluates every customer in the
// background; the preview reads the store's customers; rules are reordered
// and deleted; each customer's tier history is one click from the preview.
import { formatMoneyIn } from "../app/domain/money";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as listAction, loader as listLoader } from "../app/routes/app.vip-rules._index";
import { action as newAction, loader as newLoader } from "../app/routes/app.vip-rules.new";
import { action as editAction, loader as editLoader } from "../app/routes/app.vip-rules.$id";
import { action as customerAction, loader as customerLoader } from "../app/routes/app.vip-rules.customers.$id";
import { runQueuedJobs } from "./factories/jobs";
import { seniorConciergeForm } from "./factories/vip";
import { DEMO_SHOP, OTHER_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { answeredFieldErrors } from "./factories/forms";
import { startLocalShopifyForApp } from "./factories/local-shopify";
import { demoCustomer, reasonsIn, tierMetafieldOf, vipRule } from "./factories/vip";
import { routeAnswer } from "./factories/routes";

const CHLOE = "chloe@concierge-demo.example";

let local: LocalShopify;
let staffId: number;
beforeEach(async () => {
  local = await startLocalShopifyForApp();
  staffId = await signInStaff(local, DEMO_SHOP, CHLOE);
});
afterEach(async () => {
  await runQueuedJobs();
  await local.close();
});

type RouteFunction = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;

/** Calls a loader or action as Remix would; a thrown Response is the answer. */
async function call(route: RouteFunction, path: string, params: Record<string, string> = {}, form?: Record<string, string>) {
  const request = adminRequest(path, {
    shop: DEMO_SHOP,
    userId: staffId,
    ...(form ? { method: "POST", body: new URLSearchParams(form) } : {}),
  });
  return routeAnswer(route, request, params);
}

async function expectNothingSaved() {
  expect(await db.vipRule.count()).toBe(0);
  expect(await db.vipBackfill.count()).toBe(0);
}

describe("invalid rules", () => {
  it("without a condition: 400, the error next to the conditions, nothing saved", async () => {
    const response = await call(
      newAction,
      "/app/vip-rules/new",
      {},
      seniorConciergeForm({ "conditions[0].kind": undefined, "conditions[0].value": undefined }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ intent: "save", preview: null });
    expect(answeredFieldErrors(body)).toEqual({ conditions: "Add at least one condition" });
    await expectNothingSaved();
  });

  it("with a negative amount: 400, the error on that condition's value", async () => {
    const response = await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ "conditions[0].value": "-10000" }));
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toEqual({ "conditions[0].value": "Amount must be zero or more" });
    await expectNothingSaved();
  });

  it("with a tier name the shop already has (case and spaces ignored): 400 on the name", async () => {
    await vipRule({ tierName: "Senior Concierge", conditions: [{ kind: "orders_count_at_least", value: 10 }] });
    const response = await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ tierName: "  senior CONCIERGE " }));
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toEqual({ tierName: "A tier named “Senior Concierge” already exists" });
    expect(await db.vipRule.count()).toBe(1);
    expect(await db.vipBackfill.count()).toBe(0);
  });

  it("reports a duplicate name together with the form's other mistakes", async () => {
    await vipRule({ tierName: "Gold", conditions: [{ kind: "orders_count_at_least", value: 10 }] });
    const response = await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ tierName: "gold", "concierge.email": "ana@" }));
    expect(answeredFieldErrors(await response.json())).toEqual({
      tierName: "A tier named “Gold” already exists",
      "concierge.email": "Enter a valid email address",
    });
  });
});

describe("saving a rule", () => {
  it("starts a new rule with the VIP tag, in the shop currency, below the existing rules", async () => {
    await vipRule({ tierName: "Gold", conditions: [{ kind: "orders_count_at_least", value: 10 }] });
    const page = await (await call(newLoader, "/app/vip-rules/new")).json();
    expect(page).toMatchObject({
      shopCurrency: "USD",
      otherTierNames: ["Gold"],
      precedence: 2,
      values: { tierName: "", tagsToAdd: ["VIP"] },
    });
  });

  it("saves it, re-evaluates every customer in the background, and lists it with its members", async () => {
    const response = await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ "conditions[0].value": "10000" }));
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("Location")!, "https://x").pathname).toBe("/app/vip-rules");
    const rule = await db.vipRule.findFirstOrThrow({ where: { shop: DEMO_SHOP } });
    expect(rule).toMatchObject({ tierName: "Senior Concierge", tierKey: "senior concierge", precedence: 1, enabled: true });
    expect(rule.definition).toMatchObject({
      conditions: [{ kind: "amount_spent_at_least", value: "10000.00" }],
      tagsToAdd: ["VIP", "Senior Concierge"],
      concierge: { name: "Ana", phone: "+14155550123", email: null, whatsapp: null },
    });

    await runQueuedJobs();
    const page = await (await call(listLoader, "/app/vip-rules")).json();
    expect(page.backfill).toMatchObject({ status: "completed", trigger: "rule_created", customersTotal: 200, customersChecked: 200 });
    // The demo store's whales (over $10,000) hold the tier.
    expect(page.rules).toEqual([
      expect.objectContaining({
        tierName: "Senior Concierge",
        conditions: "spent at least 10000.00 USD",
        members: page.backfill.customersChanged,
      }),
    ]);
    expect(page.rules[0].members).toBeGreaterThanOrEqual(5);
    expect(page.recent[0]).toMatchObject({ kind: "entered", toTier: "Senior Concierge", trigger: "rule_change" });
    // Listed by name, never "Customer 1000439".
    const entered = [...local.store.getShop(DEMO_SHOP).customers.values()].find(
      (someone) => String(someone.id) === page.recent[0].customerId,
    )!;
    expect(page.recent[0].customerName).toBe(`${entered.firstName} ${entered.lastName}`);
    const fatima = demoCustomer(local, "fatima.almansouri@example.ae");
    expect(fatima.tags).toEqual(["Senior Concierge", "VIP"]); // Shopify keeps tags sorted
    expect(tierMetafieldOf(local, fatima.id)?.json).toMatchObject({ tier: "Senior Concierge", skipBot: true, concierge: { name: "Ana" } });
  });

  it("edits a rule, and the edit reaches the customers", async () => {
    await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm());
    await runQueuedJobs();
    const rule = await db.vipRule.findFirstOrThrow();
    const form = await (await call(editLoader, `/app/vip-rules/${rule.id}`, { id: rule.id })).json();
    expect(form.values).toMatchObject({ tierName: "Senior Concierge", conditions: [{ kind: "amount_spent_at_least", value: "10000.00" }] });

    const response = await call(
      editAction,
      `/app/vip-rules/${rule.id}`,
      { id: rule.id },
      seniorConciergeForm({ tierName: "Inner Circle", "conditions[0].value": "12500", "tagsToAdd[1]": undefined }),
    );
    expect(response.status).toBe(302);
    await runQueuedJobs();

    const fatima = demoCustomer(local, "fatima.almansouri@example.ae"); // $18,881
    expect(fatima.tags).toEqual(["VIP"]); // the app's "Senior Concierge" tag came off; her own VIP stays
    expect(tierMetafieldOf(local, fatima.id)?.json.tier).toBe("Inner Circle");
    const sophia = demoCustomer(local, "sophia.patel@example.org"); // $12,983
    expect(tierMetafieldOf(local, sophia.id)?.json.tier).toBe("Inner Circle");
    const ahmed = demoCustomer(local, "ahmed.elfassi@example.com"); // $12,116: out
    expect(tierMetafieldOf(local, ahmed.id)).toBeNull();
    expect(ahmed.tags).toEqual(["VIP"]);
    const changes = await db.tierChange.findMany({ where: { customerId: String(fatima.id) }, orderBy: { createdAt: "asc" } });
    expect(changes.map((change) => [change.kind, change.fromTier, change.toTier])).toEqual([
      ["entered", null, "Senior Concierge"],
      ["changed", "Senior Concierge", "Inner Circle"],
    ]);
  });

  it("answers another shop's rule with a 404", async () => {
    const theirs = await vipRule({ tierName: "Gold", conditions: [{ kind: "orders_count_at_least", value: 10 }] }, OTHER_SHOP);
    expect((await call(editLoader, `/app/vip-rules/${theirs.id}`, { id: theirs.id })).status).toBe(404);
    expect((await call(editAction, `/app/vip-rules/${theirs.id}`, { id: theirs.id }, seniorConciergeForm())).status).toBe(404);
    expect(await db.vipRule.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ tierName: "Gold" });
  });
});

describe("the preview", () => {
  it("counts the store's customers the rule matches and shows a sample, saving nothing", async () => {
    const response = await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ intent: "preview" }));
    expect(response.status).toBe(200);
    const { preview } = await response.json();
    const whales = [...local.store.getShop(DEMO_SHOP).customers.values()].filter((customer) => customer.amountSpentCents >= 1_000_000);
    expect(preview).toMatchObject({ checked: 200, total: 200, matching: whales.length, holding: whales.length });
    expect(preview.sample.map((customer: { id: string }) => Number(customer.id)).sort()).toEqual(
      whales.map((customer) => customer.id).sort(),
    );
    expect(reasonsIn("en", preview.sample[0].reason)[0]).toMatch(
      /^Qualifies for “Senior Concierge”: Amount spent \$[\d,]+\.\d\d ≥ \$10,000\.00$/,
    );
    await expectNothingSaved();
  });

  it("says how many would hold the tier when a higher rule takes some of them", async () => {
    await vipRule({ tierName: "Wholesale", conditions: [{ kind: "tag_equals", value: "wholesale" }] });
    const { preview } = await (await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ intent: "preview" }))).json();
    expect(preview.holding).toBe(preview.matching - 1); // Grace Nguyen is tagged wholesale
    expect(preview.sample.find((customer: { name: string }) => customer.name === "Grace Nguyen")?.wouldHold).toBe("Wholesale");
  });

  it("refuses an invalid rule with the same field errors as saving", async () => {
    const response = await call(
      newAction,
      "/app/vip-rules/new",
      {},
      seniorConciergeForm({ intent: "preview", "conditions[0].value": "-1" }),
    );
    expect(response.status).toBe(400);
    expect(answeredFieldErrors(await response.json())).toEqual({ "conditions[0].value": "Amount must be zero or more" });
  });
});

describe("the rules list", () => {
  async function threeRules() {
    for (const tierName of ["Platinum", "Gold", "Silver"]) {
      await vipRule({ tierName, conditions: [{ kind: "orders_count_at_least", value: 40 }] });
    }
    return db.vipRule.findMany({ orderBy: { precedence: "asc" } });
  }

  it("reorders rules and re-evaluates everyone", async () => {
    const [, gold] = await threeRules();
    const moved = await call(listAction, "/app/vip-rules", {}, { intent: "move-up", id: gold.id });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toEqual({ ok: true, message: "Rule moved up. Customers are being re-evaluated." });
    const order = await db.vipRule.findMany({ orderBy: { precedence: "asc" }, select: { tierName: true, precedence: true } });
    expect(order).toEqual([
      { tierName: "Gold", precedence: 1 },
      { tierName: "Platinum", precedence: 2 },
      { tierName: "Silver", precedence: 3 },
    ]);
    await runQueuedJobs();
    expect(await db.vipBackfill.findFirst({ orderBy: { startedAt: "desc" } })).toMatchObject({
      trigger: "rules_reordered",
      status: "completed",
    });
  });

  it("deletes a rule, closes the gap, and takes the tier off its customers", async () => {
    const [platinum] = await threeRules();
    await call(listAction, "/app/vip-rules", {}, { intent: "reevaluate" });
    await runQueuedJobs();
    const holders = await db.customerTier.count({ where: { tierName: "Platinum" } });
    expect(holders).toBeGreaterThan(0);

    await call(listAction, "/app/vip-rules", {}, { intent: "delete", id: platinum.id });
    await runQueuedJobs();

    expect(await db.vipRule.findMany({ orderBy: { precedence: "asc" }, select: { tierName: true, precedence: true } })).toEqual([
      { tierName: "Gold", precedence: 1 },
      { tierName: "Silver", precedence: 2 },
    ]);
    expect(await db.customerTier.count({ where: { tierName: "Platinum" } })).toBe(0);
    expect(await db.customerTier.count({ where: { tierName: "Gold" } })).toBe(holders);
  });

  it("says a rule changed since the page loaded when its button names one gone, can't move, or isn't a rule, and changes nothing", async () => {
    const [platinum, gold] = await threeRules();
    await db.vipRule.delete({ where: { id: gold.id } });
    const answers = [
      await call(listAction, "/app/vip-rules", {}, { intent: "delete", id: gold.id }),
      await call(listAction, "/app/vip-rules", {}, { intent: "move-up", id: platinum.id }),
      await call(listAction, "/app/vip-rules?locale=ar", {}, { intent: "delete", id: "../../etc" }),
      await call(listAction, "/app/vip-rules?locale=fr", {}, { intent: "promote", id: platinum.id }),
    ];
    expect(await Promise.all(answers.map(async (answer) => [answer.status, (await answer.json()).message]))).toEqual([
      [404, "That rule has changed since this page loaded. Here it is as it is now."],
      [409, "That rule has changed since this page loaded. Here it is as it is now."],
      [400, "تغيّرت هذه القاعدة منذ تحميل الصفحة. إليك حالتها الآن."],
      [400, "Cette règle a changé depuis le chargement de la page. La voici telle qu'elle est maintenant."],
    ]);
    expect(await db.vipRule.findMany({ orderBy: { precedence: "asc" }, select: { tierName: true } })).toEqual([
      { tierName: "Platinum" },
      { tierName: "Silver" },
    ]);
    expect(await db.vipBackfill.count()).toBe(0);
  });
});

describe("a customer's tier history", () => {
  it("shows their tags, the reason for their tier and each change, reachable from the preview", async () => {
    await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm());
    await runQueuedJobs();
    const { preview } = await (
      await call(newAction, "/app/vip-rules/new", {}, seniorConciergeForm({ intent: "preview", tierName: "Other" }))
    ).json();
    const fatima = preview.sample.find((customer: { name: string }) => customer.name === "فاطمة المنصوري");

    const page = await (await call(customerLoader, `/app/vip-rules/customers/${fatima.id}`, { id: fatima.id })).json();

    expect(page.customer).toMatchObject({ name: "فاطمة المنصوري", tags: ["Senior Concierge", "VIP"], tierInShopify: "Senior Concierge" });
    expect(page.tier).toMatchObject({ tierName: "Senior Concierge", appliedTags: ["Senior Concierge"] });
    expect(reasonsIn("en", page.tier.reason)[0]).toMatch(/^Qualifies for “Senior Concierge”: Amount spent \$18,881\.00 ≥ \$10,000\.00$/);
    // Stored as a phrase, so it reads in the staff member's language.
    // The amounts as Arabic writes money, isolated inside the sentence.
    const usd = (locale: string, minor: bigint) => formatMoneyIn(locale, { minor, currencyCode: "USD" });
    expect(reasonsIn("ar", page.tier.reason)[0]).toBe(
      `مؤهل لفئة «Senior Concierge»: المبلغ المنفق ${usd("ar", 1_888_100n)} ≥ ${usd("ar", 1_000_000n)}`,
    );
    expect(reasonsIn("fr", page.tier.reason)[0]).toBe(
      "Remplit les conditions de « Senior Concierge » : Montant dépensé 18\u202f881,00\u00a0$US ≥ 10\u202f000,00\u00a0$US",
    );
    expect(page.changes).toEqual([expect.objectContaining({ kind: "entered", toTier: "Senior Concierge", trigger: "rule_change" })]);
  });

  it("re-evaluates one customer on demand", async () => {
    await vipRule({ tierName: "Senior Concierge", conditions: [{ kind: "amount_spent_at_least", value: "10000.00" }] });
    const fatima = demoCustomer(local, "fatima.almansouri@example.ae");
    const reevaluate = async (locale: string) =>
      (await call(customerAction, `/app/vip-rules/customers/${fatima.id}?locale=${locale}`, { id: String(fatima.id) }, {})).json();
    expect(await reevaluate("en")).toEqual({ outcome: "Re-evaluated: now Senior Concierge." });
    expect(tierMetafieldOf(local, fatima.id)?.json.tier).toBe("Senior Concierge");
    expect(await db.tierChange.findFirst()).toMatchObject({ trigger: "manual", kind: "entered" });
    // Again: already in place, said so in the staff member's language.
    expect(await reevaluate("fr")).toEqual({ outcome: "Réévalué : rien à changer." });
    expect(await db.tierChange.count()).toBe(1);
  });

  it("answers a customer Concierge and Shopify do not know with a 404", async () => {
    expect((await call(customerLoader, "/app/vip-rules/customers/999999999", { id: "999999999" })).status).toBe(404);
    expect((await call(customerLoader, "/app/vip-rules/customers/abc", { id: "abc" })).status).toBe(404);
  });
});
