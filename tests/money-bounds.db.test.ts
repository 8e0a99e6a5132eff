// Every form of the admin that takes an amount, sent a 20-digit one (a slip
// of the keyboard, or a hand-made request): each answers 400 with the
// field's error, stating the field's maximum, and saves nothing, in
// Concierge or in Shopify. The limits themselves: app/domain/amount-limits.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as agentDeskAction } from "../app/routes/app.agent-desk";
import { action as agentAction } from "../app/routes/app.agents.$id";
import { action as offerAction } from "../app/routes/app.exchange-offers.$id";
import { action as profitAction } from "../app/routes/app.profit";
import { action as settingsAction } from "../app/routes/app.settings";
import { action as trackingAction } from "../app/routes/app.tracking";
import { action as vipRuleAction } from "../app/routes/app.vip-rules.new";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { answeredFieldErrors } from "./factories/forms";
import { installApp, startLocalShopifyForApp } from "./factories/local-shopify";

const CHLOE = "chloe@concierge-demo.example";
const TWENTY_DIGITS = "12345678901234567890";

let local: LocalShopify;
beforeAll(async () => {
  local = await startLocalShopifyForApp();
});
afterAll(async () => {
  await local.close();
});

let staffId: number;
beforeEach(async () => {
  await installApp(local);
  staffId = await signInStaff(local, DEMO_SHOP, CHLOE);
});

type RouteFunction = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;

/** Posts the form as App Bridge would; answers the status and the field errors. */
async function post(route: RouteFunction, path: string, form: Record<string, string>, params: Record<string, string> = {}) {
  const request = adminRequest(path, { shop: DEMO_SHOP, userId: staffId, method: "POST", body: new URLSearchParams(form) });
  let response: Response;
  try {
    const result = await route({ request, params, context: {} });
    response = result instanceof Response ? result : Response.json(result);
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    response = thrown;
  }
  const body = (await response.json()) as { result?: unknown; fieldErrors?: Record<string, string> };
  return { status: response.status, fieldErrors: body.result ? answeredFieldErrors(body) : (body.fieldErrors ?? {}) };
}

/** What Concierge and the local Shopify hold that any of these forms could have written. */
async function everythingSaved() {
  const data = local.store.getShop(DEMO_SHOP);
  return {
    agents: await db.agent.count(),
    codes: await db.agentCode.count(),
    shopDefaults: await db.shop.findUnique({
      where: { shop: DEMO_SHOP },
      select: { defaultCommissionBps: true, defaultDelightBudgetMinor: true },
    }),
    offers: await db.exchangeOffer.count(),
    supportCosts: await db.supportCost.count(),
    campaigns: await db.supportCampaign.count(),
    profitSettings: await db.profitSettings.count(),
    trackingSettings: await db.trackingSettings.count(),
    vipRules: await db.vipRule.count(),
    shopifyDiscounts: data.discounts.size,
  };
}

let before: Awaited<ReturnType<typeof everythingSaved>>;
beforeEach(async () => {
  before = await everythingSaved();
});

async function expectRefused(result: { status: number; fieldErrors: Record<string, string> }, fieldErrors: Record<string, string>) {
  expect(result.status).toBe(400);
  expect(result.fieldErrors).toEqual(fieldErrors);
  expect(await everythingSaved()).toEqual(before);
}

describe("a 20-digit amount", () => {
  it("on an agent: the monthly budget, the personal code's amount off and its minimum subtotal, and the commission", async () => {
    const agent = {
      name: "Amira Haddad",
      email: "amira@concierge-demo.example",
      timeZone: "Asia/Dubai",
      active: "true",
      "personalCode.code": "AMIRA10",
      "personalCode.discount.kind": "fixed_amount",
    };
    await expectRefused(
      await post(
        agentAction,
        "/app/agents/new",
        {
          ...agent,
          commissionPercent: TWENTY_DIGITS,
          monthlyDelightBudget: TWENTY_DIGITS,
          "personalCode.discount.value": TWENTY_DIGITS,
          "personalCode.minimumSubtotal": TWENTY_DIGITS,
        },
        { id: "new" },
      ),
      {
        commissionPercent: "Enter commission as a percentage, like 7.5",
        monthlyDelightBudget: "The monthly delight budget can be at most $100,000,000.00",
        "personalCode.discount.value": "The discount can be at most $10,000,000.00",
        "personalCode.minimumSubtotal": "The minimum order subtotal can be at most $100,000,000.00",
      },
    );
  });

  it("in the agents' settings: the default budget and the default commission", async () => {
    await expectRefused(
      await post(settingsAction, "/app/settings", { defaultCommissionPercent: TWENTY_DIGITS, defaultMonthlyDelightBudget: TWENTY_DIGITS }),
      {
        defaultCommissionPercent: "Enter the default commission as a percentage, like 7.5",
        defaultMonthlyDelightBudget: "The default monthly delight budget can be at most $100,000,000.00",
      },
    );
  });

  it("as a delight code's value on the agent desk", async () => {
    await db.agent.create({
      data: {
        shop: DEMO_SHOP,
        name: "Chloé Martin",
        email: CHLOE,
        timeZone: "America/New_York",
        workingHours: "{}",
        commissionBps: 750,
        monthlyBudgetMinor: 50_000n,
        currencyCode: "USD",
      },
    });
    before = await everythingSaved();
    await expectRefused(
      await post(agentDeskAction, "/app/agent-desk", { "discount.kind": "fixed_amount", "discount.value": TWENTY_DIGITS }),
      {
        "discount.value": "The discount can be at most $10,000,000.00",
      },
    );
  });

  it("as an exchange offer's upsell discount", async () => {
    const variantId = `gid://shopify/ProductVariant/${[...local.store.getShop(DEMO_SHOP).variants.keys()][0]}`;
    await expectRefused(
      await post(
        offerAction,
        "/app/exchange-offers/new",
        {
          name: "Size swap + belt",
          enabled: "true",
          "match.tags": "chino",
          "exchange.kind": "same_product",
          "bonus.kind": "upsell_discount",
          "bonus.variantId": variantId,
          "bonus.discount.kind": "fixed_amount",
          "bonus.discount.value": TWENTY_DIGITS,
          "texts.en.headline": "Exchange for {exchange_item}",
          "texts.en.script": "Exchange today.",
        },
        { id: "new" },
      ),
      { "bonus.discount.value": "Discount can be at most $10,000,000.00" },
    );
  });

  it("on the Profit page: the team's costs, a campaign's figures and the percentages", async () => {
    await expectRefused(
      await post(profitAction, "/app/profit", {
        intent: "teamCosts",
        month: "2026-01",
        salaries: TWENTY_DIGITS,
        tools: TWENTY_DIGITS,
        other: TWENTY_DIGITS,
      }),
      {
        salaries: "Salaries can be at most $10,000,000,000.00",
        tools: "Tools can be at most $10,000,000,000.00",
        other: "Other costs can be at most $10,000,000,000.00",
      },
    );
    await expectRefused(
      await post(profitAction, "/app/profit", {
        intent: "addCampaign",
        name: "Win-back",
        month: "2026-01",
        contacted: TWENTY_DIGITS,
        replied: TWENTY_DIGITS,
      }),
      {
        contacted: "Enter how many customers were contacted, like 1701",
        replied: "Enter how many replied, like 392",
      },
    );
    await expectRefused(
      await post(profitAction, "/app/profit", {
        intent: "settings",
        fallbackMarginPercent: TWENTY_DIGITS,
        teamSharePercent: TWENTY_DIGITS,
        storeConversionPercent: TWENTY_DIGITS,
      }),
      {
        fallbackMarginPercent: "Enter the gross margin as a percentage, like 7.5",
        teamSharePercent: "Enter the team's share as a percentage, like 7.5",
        storeConversionPercent: "Enter the store's conversion rate as a percentage, like 7.5",
      },
    );
  });

  it("as the cost of a ticket in the tracking page's settings", async () => {
    await expectRefused(await post(trackingAction, "/app/tracking", { costPerTicket: TWENTY_DIGITS }), {
      costPerTicket: "The cost of a ticket can be at most $1,000,000.00",
    });
  });

  it("in a VIP rule: the amount spent, and the number of orders", async () => {
    await expectRefused(
      await post(vipRuleAction, "/app/vip-rules/new", {
        intent: "save",
        tierName: "Whales",
        match: "all",
        "conditions[0].kind": "amount_spent_at_least",
        "conditions[0].value": TWENTY_DIGITS,
        "conditions[1].kind": "orders_count_at_least",
        "conditions[1].value": TWENTY_DIGITS,
      }),
      {
        "conditions[0].value": "Amount can be at most $10,000,000,000.00",
        "conditions[1].value": "Enter at most 1,000,000 orders",
      },
    );
  });
});
