// "Skip the queue, for real": when a helpdesk reports a touch for a VIP whose
// tier names a concierge, the merchant's "VIP contacted" Flow workflows hear
// of it once per touch, even when the helpdesk sends the touch twice; a
// customer in no tier, or in a tier without a concierge, tells nobody.
import { beforeEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { action as touchAction } from "../app/routes/helpdesk.$shop.touches";
import { helpdeskSettingsFor } from "../app/data/support-touches.server";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { touchRequest, type TouchFields } from "./factories/helpdesk";
import { runQueuedJobs } from "./factories/jobs";
import { withInstalledLocalShopify } from "./factories/local-shopify";
import { vipRule } from "./factories/vip";

const local = withInstalledLocalShopify();

// The local Shopify lives for the whole file: only the runs of this test count.
let runsBefore = 0;
const contactedRuns = () =>
  local()
    .store.getShop(DEMO_SHOP)
    .flowTriggerRuns.slice(runsBefore)
    .filter((run) => run.handle === "vip-contacted");

const customers = () => [...local().store.getShop(DEMO_SHOP).customers.values()];

beforeEach(async () => {
  runsBefore = local().store.getShop(DEMO_SHOP).flowTriggerRuns.length;
  const [vip, regular] = customers();
  for (const [customer, email] of [
    [vip!, "layla@example.com"],
    [regular!, "omar@example.com"],
  ] as const)
    await db.customer.create({ data: { shop: DEMO_SHOP, customerId: String(customer.id), email, shopifyUpdatedAt: new Date() } });
  const gold = await vipRule({
    tierName: "Gold",
    conditions: [{ kind: "tag_contains", value: "VIP" }],
    skipQueue: true,
    concierge: { name: "Chloe", email: "chloe@amira.test" },
  });
  await db.customerTier.create({
    data: {
      shop: DEMO_SHOP,
      customerId: String(vip.id),
      ruleId: gold.id,
      tierName: "Gold",
      factsUpdatedAt: new Date(),
      evaluatedAt: new Date(),
    },
  });
});

async function send(fields: TouchFields) {
  const secret = (await helpdeskSettingsFor(db, DEMO_SHOP)).secret;
  const response = await touchAction({
    request: touchRequest(DEMO_SHOP, fields, { scheme: "signature", secret }),
    params: { shop: DEMO_SHOP },
    context: {},
  });
  return response.status;
}

const touch = (customerEmail: string, conversationId: string): TouchFields => ({
  helpdesk: "gorgias",
  customerEmail,
  agentEmail: "sam@amira.test",
  channel: "chat",
  conversationId,
  time: new Date(Date.now() - 60_000).toISOString(),
});

describe("a VIP's named concierge", () => {
  it("is told once through Flow when a helpdesk reports a touch for the VIP, even when it reports it twice", async () => {
    const vip = customers()[0]!;
    const body = touch("layla@example.com", "T-100");
    expect(await send(body)).toBe(201);
    expect(await send(body)).toBe(409); // the helpdesk's retry, answered as already stored
    await runQueuedJobs();

    expect(contactedRuns()).toEqual([
      expect.objectContaining({
        payload: {
          customer_id: vip.id,
          Tier: "Gold",
          "Concierge name": "Chloe",
          "Concierge email": "chloe@amira.test",
          "Concierge phone": "",
          Helpdesk: "gorgias",
          Channel: "chat",
          "Agent email": "sam@amira.test",
        },
      }),
    ]);
  });

  it("is not told of a customer in no tier", async () => {
    expect(await send(touch("omar@example.com", "T-200"))).toBe(201);
    await runQueuedJobs();

    expect(contactedRuns()).toEqual([]);
    expect(await db.outreachMessage.count({ where: { shop: DEMO_SHOP, kind: "flow:vip-contacted" } })).toBe(0);
  });
});
