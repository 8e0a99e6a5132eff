// The home page through its loader and action, on the local Shopify's demo
// store: the setup guide ticks each step from what Concierge has seen (a
// beacon from the storefront, a lookup, the profit settings, a rule, an
// agent), can be hidden and shown again; the month so far and what needs
// attention come from Concierge's own tables, for this shop only.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { action as homeAction, loader as homeLoader } from "../app/routes/app._index";
import { action as profitAction } from "../app/routes/app.profit";
import { action as eventsAction } from "../app/routes/proxy.events";
import { DEMO_SHOP, OTHER_SHOP } from "../local-shopify/demo-store";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { withInstalledLocalShopify } from "./factories/local-shopify";
import { seedAgent, seedCreditedOrders, seedLookups } from "./factories/profit";
import { routeAnswer } from "./factories/routes";
import { vipRule } from "./factories/vip";
import { TEST_APP } from "./setup/test-environment";
import { appProxyRequest } from "./factories/app-proxy";

const local = withInstalledLocalShopify();
let staffId: number;

beforeEach(async () => {
  staffId = await signInStaff(local(), DEMO_SHOP, "chloe@concierge-demo.example");
});
afterEach(() => {
  vi.useRealTimers();
});

interface HomeData {
  guide: {
    completed: number;
    total: number;
    next: string | null;
    dismissed: boolean;
    steps: Array<{ key: string; done: boolean }>;
    themeEditorUrl: string;
  };
  month: {
    revenue: Array<{ key: string; text: string }>;
    topAgent: { name: string } | null;
    isProfitable: boolean;
    resultMagnitude: string;
  };
  attention: { failedEvents: number; shipmentsAtRisk: number; exchangeRequests: number };
}

async function home(): Promise<HomeData> {
  const response = await routeAnswer(homeLoader, adminRequest("/app", { shop: DEMO_SHOP, userId: staffId }));
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as HomeData;
}

const post = (route: typeof homeAction | typeof profitAction, path: string, form: Record<string, string>) =>
  routeAnswer(route, adminRequest(path, { shop: DEMO_SHOP, userId: staffId, method: "POST", body: new URLSearchParams(form) }));

const done = (data: HomeData) => data.guide.steps.filter((step) => step.done).map((step) => step.key);

describe("the setup guide", () => {
  it("starts at 0 of 5 on the chat trigger, with the theme editor's deep link to the app embed", async () => {
    const data = await home();
    expect(data.guide).toMatchObject({ completed: 0, total: 5, next: "chatTrigger", dismissed: false });
    const url = new URL(data.guide.themeEditorUrl);
    expect(`${url.host}${url.pathname}`).toBe(`${DEMO_SHOP}/admin/themes/current/editor`);
    expect(url.searchParams.get("context")).toBe("apps");
    expect(url.searchParams.get("activateAppId")).toBe(`${TEST_APP.apiKey}/chat-trigger`);
  });

  it("ticks each step when Concierge sees it done, not before", async () => {
    // The storefront's chat prompt sends its first beacon.
    const beacon = appProxyRequest(
      "events",
      {},
      {
        forwardedFor: "203.0.113.7",
        init: { method: "POST", headers: { "Content-Type": "text/plain;charset=UTF-8" }, body: '{"event":"prompt_shown"}' },
      },
    );
    expect((await routeAnswer(eventsAction, beacon)).status).toBe(204);
    expect(done(await home())).toEqual(["chatTrigger"]);

    await seedLookups(DEMO_SHOP, { "2026-01-05": { lookups: 0, misses: 1 } });
    expect(done(await home())).toEqual(["chatTrigger", "trackingPage"]);

    // The margin alone is half the profit step.
    const settings = { intent: "settings", fallbackMarginPercent: "55", teamSharePercent: "10", storeConversionPercent: "2" };
    expect((await post(profitAction, "/app/profit", settings)).status).toBe(200);
    expect((await home()).guide.completed).toBe(2);
    const month = new Date().toISOString().slice(0, 7);
    expect(
      (await post(profitAction, "/app/profit", { intent: "teamCosts", month, salaries: "4000", tools: "120", other: "" })).status,
    ).toBe(200);
    expect(done(await home())).toEqual(["chatTrigger", "trackingPage", "profitSettings"]);

    await vipRule({ tierName: "Gold", conditions: [{ kind: "amount_spent_at_least", value: "500.00" }] });
    await seedAgent(DEMO_SHOP, "Layla Haddad", { codes: ["LAYLA10"] });
    expect(await home()).toMatchObject({ guide: { completed: 5, next: null } });
  });

  it("counts another shop's doings for that shop only", async () => {
    await vipRule({ tierName: "Gold", conditions: [{ kind: "amount_spent_at_least", value: "500.00" }] }, OTHER_SHOP);
    await seedAgent(OTHER_SHOP, "Someone Else", { codes: ["ELSE10"] });
    expect((await home()).guide.completed).toBe(0);
  });

  it("hides and shows the guide again, and refuses an unknown intent with 400", async () => {
    expect((await post(homeAction, "/app", { intent: "dismiss-guide" })).status).toBe(200);
    expect((await home()).guide.dismissed).toBe(true);
    expect((await post(homeAction, "/app", { intent: "show-guide" })).status).toBe(200);
    expect((await home()).guide.dismissed).toBe(false);
    expect((await post(homeAction, "/app", { intent: "drop-tables" })).status).toBe(400);
  });
});

describe("the month so far and what needs attention", () => {
  it("shows the month's revenue by source and its top agent, and nothing waiting on a fresh install", async () => {
    const fresh = await home();
    expect(fresh.month.revenue).toEqual([]);
    expect(fresh.month.topAgent).toBeNull();
    expect(fresh.attention).toEqual({ failedEvents: 0, shipmentsAtRisk: 0, exchangeRequests: 0 });

    const month = new Date().toISOString().slice(0, 7);
    const layla = await seedAgent(DEMO_SHOP, "Layla Haddad", { codes: ["LAYLA10"] });
    const at = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    await seedCreditedOrders(DEMO_SHOP, month, [
      { source: "agent_code", agent: layla, code: "LAYLA10", net: "250.00", commissionBps: 500, commission: "12.50", processedAt: at },
    ]);
    const data = await home();
    expect(data.month.topAgent?.name).toBe("Layla Haddad");
    expect(data.month.revenue).toContainEqual(expect.objectContaining({ key: "revenue.agentCode", text: "$250.00" }));
    expect(data.month.resultMagnitude.startsWith("-")).toBe(false);
  });
});

describe("the home page in the staff member's own language", () => {
  it("names the month in Arabic for Youssef and in French for Marc, from their Shopify profile", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-15T12:00:00Z"));
    const monthOf = async (email: string) => {
      const userId = await signInStaff(local(), DEMO_SHOP, email);
      const response = await routeAnswer(homeLoader, adminRequest("/app", { shop: DEMO_SHOP, userId }));
      expect(response.status).toBe(200);
      return ((await response.json()) as { month: { label: string; totalRevenue: { label: string } } }).month;
    };
    expect(await monthOf("youssef@concierge-demo.example")).toMatchObject({
      label: "مارس 2026",
      totalRevenue: { label: "الإيرادات التي حققها الدعم" },
    });
    expect(await monthOf("marc@agency.example")).toMatchObject({
      label: "mars 2026",
      totalRevenue: { label: "Revenus générés par le support" },
    });
    expect((await monthOf("chloe@concierge-demo.example")).label).toBe("March 2026");
  });
});
