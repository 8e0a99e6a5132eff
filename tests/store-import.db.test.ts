// The store's history, imported through Bulk Operations against the local
// Shopify: what a merchant sees after installing (every order, refund and
// customer Shopify lets the app read, the same monthly and daily figures the
// webhooks would have given), and what must hold when things go wrong (a
// worker dying half-way, a webhook arriving meanwhile, the app's other bulk
// queries holding Shopify's slots, several shops).
import { afterEach, describe, expect, it } from "vitest";
import type { AdminGraphqlClient } from "../app/admin-api.server";
import db from "../app/db.server";
import { recordEmailConsent, upsertCustomerIdentities } from "../app/data/customers.server";
import { loader as profitLoader } from "../app/routes/app.profit";
import { action as storeImportAction } from "../app/routes/app.store-import";
import { action as appScopesUpdate } from "../app/routes/webhooks.app.scopes_update";
import { action as ordersUpdated } from "../app/routes/webhooks.orders.updated";
import { agentFormSchema } from "../app/domain/agents/agent";
import { createAgent } from "../app/services/agents.server";
import { loadChatFunnel } from "../app/services/chat-funnel.server";
import { onInstall } from "../app/services/install.server";
import { shopSettings } from "../app/services/shop-settings.server";
import {
  BulkQueriesBusyError,
  driveStoreImport,
  queueStoreImport,
  resumeStalledImports,
  runStoreImport,
  type StoreImportDeps,
} from "../app/services/store-import.server";
import { driveVipBackfill, startVipBackfill } from "../app/services/vip-backfill.server";
import { wallClockAt } from "../app/domain/time/zoned-time";
import { lastDays } from "../app/domain/time/days";
import { parseFields } from "./factories/forms";
import { DEMO_SHOP, OTHER_SHOP, seedDemoStore } from "../local-shopify/demo-store";
import type { LocalShopify } from "../local-shopify/server";
import { cancelOrder, findDiscountByCode, orderTotal, type OrderRecord, type ShopData } from "../local-shopify/store";
import { orderPayload } from "../local-shopify/webhooks";
import { adminRequest, signInStaff } from "./factories/admin-requests";
import { runQueuedJobs } from "./factories/jobs";
import { installApp, startLocalShopifyForApp } from "./factories/local-shopify";
import { adminClient, vipRule } from "./factories/vip";
import { deliver, installShop } from "./factories/webhooks";
import { agentWithCodes } from "./factories/agents";

const DAY = 24 * 60 * 60 * 1000;
let local: LocalShopify | undefined;
afterEach(async () => {
  await local?.close();
  local = undefined;
});

/** The local Shopify with the app installed on the demo shop (every scope it asks for, or `scope`). */
async function installed(options: { scope?: string; shopify?: Parameters<typeof startLocalShopifyForApp>[0] } = {}) {
  local = await startLocalShopifyForApp(options.shopify);
  const admin = adminClient(local, await installApp(local, DEMO_SHOP, { scope: options.scope }));
  // The shop's currency and time zone, as installing records them.
  await shopSettings(db, admin, DEMO_SHOP);
  return { local, admin, data: local.store.getShop(DEMO_SHOP) };
}

const deps = (admin: AdminGraphqlClient, overrides: Partial<StoreImportDeps> = {}): StoreImportDeps => ({
  db,
  admin,
  shop: DEMO_SHOP,
  pollIntervalMs: 5,
  batchSize: 100,
  ...overrides,
});

/** What OrderDaily must say, worked out from the local Shopify's own orders on the shop's clock. */
function expectedOrderDays(data: ShopData, orders: OrderRecord[]) {
  const days = new Map<
    string,
    { day: string; currencyCode: string; orders: number; cancelledOrders: number; grossMinor: bigint; refundedMinor: bigint }
  >();
  for (const order of orders) {
    const { year, month, day } = wallClockAt(new Date(order.processedAt), data.shop.ianaTimezone);
    const key = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const row = days.get(`${key}|${order.currencyCode}`) ?? {
      day: key,
      currencyCode: order.currencyCode,
      orders: 0,
      cancelledOrders: 0,
      grossMinor: 0n,
      refundedMinor: 0n,
    };
    if (order.cancelledAt) row.cancelledOrders++;
    else {
      row.orders++;
      row.grossMinor += BigInt(orderTotal(order));
    }
    row.refundedMinor += order.refunds.reduce((sum, refund) => sum + BigInt(refund.totalCents), 0n);
    days.set(`${key}|${order.currencyCode}`, row);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day) || a.currencyCode.localeCompare(b.currencyCode));
}

async function orderDays(shop: string) {
  const rows = await db.orderDaily.findMany({ where: { shop }, orderBy: [{ day: "asc" }, { currencyCode: "asc" }] });
  return rows.filter((row) => row.orders + row.cancelledOrders > 0).map(({ shop: _shop, ...row }) => row);
}

/** The monthly sums, with each agent by name (agent ids differ between shops). */
async function monthlySums(shop: string) {
  const agents = new Map((await db.agent.findMany({ where: { shop } })).map((agent) => [agent.id, agent.name]));
  const rows = await db.attributionMonthly.findMany({
    where: { shop },
    orderBy: [{ month: "asc" }, { source: "asc" }, { agentKey: "asc" }],
  });
  return rows
    .filter((row) => row.orders + row.cancelledOrders > 0)
    .map(({ shop: _shop, agentKey, ...row }) => ({ ...row, agent: agents.get(agentKey) ?? agentKey }))
    .sort((a, b) => `${a.month}${a.source}${a.agent}`.localeCompare(`${b.month}${b.source}${b.agent}`));
}

/** Codes the demo store's orders used, each many times or once: credited to agents in the tests. */
function usedCodes(data: ShopData) {
  const uses = new Map<string, number>();
  for (const order of data.orders.values())
    for (const code of order.discountCodes) uses.set(code.toUpperCase(), (uses.get(code.toUpperCase()) ?? 0) + 1);
  return [...uses.keys()].sort();
}

describe("the store's history import", () => {
  it("is queued on install and imports every order, refund and customer, through the queue", async () => {
    const { admin, data } = await installed();
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    await runQueuedJobs();

    const orders = [...data.orders.values()];
    const refunds = orders.flatMap((order) => order.refunds);
    const record = await db.storeImport.findFirstOrThrow({ where: { shop: DEMO_SHOP } });
    expect(record).toMatchObject({
      status: "completed",
      trigger: "install",
      allOrders: true,
      ordersTotal: orders.length,
      ordersImported: orders.length,
      refundsImported: refunds.length,
      customersTotal: data.customers.size,
      customersImported: data.customers.size,
      objectsRead: orders.length + data.customers.size,
      error: null,
    });
    expect(record.ordersSince).toEqual(new Date(Math.min(...orders.map((order) => Date.parse(order.processedAt)))));
    expect(await db.order.count({ where: { shop: DEMO_SHOP } })).toBe(orders.length);
    expect(await db.orderRefund.count({ where: { shop: DEMO_SHOP } })).toBe(refunds.length);
    expect(await db.customer.count({ where: { shop: DEMO_SHOP } })).toBe(data.customers.size);
    const fatima = [...data.customers.values()].find((customer) => customer.email === "fatima.almansouri@example.ae")!;
    expect(await db.customer.findUnique({ where: { shop_customerId: { shop: DEMO_SHOP, customerId: String(fatima.id) } } })).toMatchObject({
      email: fatima.email,
      firstName: fatima.firstName,
      shopifyUpdatedAt: new Date(fatima.updatedAt),
    });

    // The store's days, and the chat page's "of your N orders", from the first visit.
    expect(await orderDays(DEMO_SHOP)).toEqual(expectedOrderDays(data, orders));
    const now = new Date();
    const chat = await loadChatFunnel({ db, admin, shop: DEMO_SHOP, days: 90, apiKey: "key", now });
    const since = lastDays(90, now, data.shop.ianaTimezone).start.getTime();
    expect(chat.funnel.orders).toBe(orders.filter((order) => !order.cancelledAt && Date.parse(order.processedAt) >= since).length);
    expect(chat.funnel.orders).toBeGreaterThan(orders.length / 2);
    // Chat-credited orders are the Profit page's revenue, month by month.
    expect((await monthlySums(DEMO_SHOP)).filter((row) => row.source === "chat" && row.netMinor > 0n).length).toBeGreaterThanOrEqual(2);

    // Installing again (a new token) queues nothing once the history is in.
    await onInstall({ db, shop: DEMO_SHOP, scopes: null });
    await runQueuedJobs();
    expect(await db.storeImport.count({ where: { shop: DEMO_SHOP } })).toBe(1);
  });

  it("reads the last 60 days of orders when the shop did not grant read_all_orders, and says since when", async () => {
    const scope = "read_customers,write_customers,read_orders,write_orders,read_products,read_discounts,write_discounts";
    const { admin, data } = await installed({ scope });
    const started = new Date();
    const record = await runStoreImport(deps(admin), "merchant");

    const since = started.getTime() - 60 * DAY;
    const visible = [...data.orders.values()].filter((order) => Date.parse(order.createdAt) >= since);
    expect(visible.length).toBeLessThan(data.orders.size);
    expect(record).toMatchObject({
      status: "completed",
      allOrders: false,
      ordersImported: visible.length,
      customersImported: data.customers.size,
    });
    expect(Math.abs(record.ordersSince!.getTime() - since)).toBeLessThan(60_000);
    expect(await db.order.count({ where: { shop: DEMO_SHOP } })).toBe(visible.length);
    expect(await db.orderRefund.count({ where: { shop: DEMO_SHOP } })).toBe(visible.flatMap((order) => order.refunds).length);
    expect(await db.order.count({ where: { shop: DEMO_SHOP, processedAt: { lt: new Date(since - DAY) } } })).toBe(0);
  });

  it("imports the older orders once the shop grants read_all_orders (app/scopes_update)", async () => {
    const { data } = await installed();
    const before = ["read_orders", "read_customers"];
    await deliver(appScopesUpdate, "app/scopes_update", { previous: before, current: [...before, "read_all_orders"] }, { shop: DEMO_SHOP });
    expect(await db.storeImport.findFirstOrThrow({ where: { shop: DEMO_SHOP } })).toMatchObject({
      trigger: "scopes",
      status: "completed",
      allOrders: true,
      ordersImported: data.orders.size,
    });
    // A change that leaves read_all_orders as it was imports nothing.
    await deliver(
      appScopesUpdate,
      "app/scopes_update",
      { previous: [...before, "read_all_orders"], current: [...before, "read_all_orders", "write_customers"] },
      { shop: DEMO_SHOP },
    );
    expect(await db.storeImport.count({ where: { shop: DEMO_SHOP } })).toBe(1);
  });

  it("gives the monthly and daily sums the webhooks give for the same orders", async () => {
    // A smaller demo store (its scripted stories and 300 orders in all): each webhook costs a signed request and a job.
    const { admin, data } = await installed({ shopify: { store: seedDemoStore({ orders: 300 }) } });
    const twin = "webhook-twin.myshopify.com";
    await installShop(twin, { currencyCode: data.shop.currencyCode, ianaTimezone: data.shop.ianaTimezone });
    const codes = usedCodes(data);
    expect(codes).toEqual(expect.arrayContaining(["CHLOE10", "WELCOME10"]));
    for (const [index, code] of codes.entries()) {
      await agentWithCodes(db, DEMO_SHOP, `Agent ${code}`, { codes: [code], commissionBps: 500 + index * 100 });
      await agentWithCodes(db, twin, `Agent ${code}`, { codes: [code], commissionBps: 500 + index * 100 });
    }

    await runStoreImport(deps(admin), "merchant");
    // The same orders, as Shopify's orders/updated webhooks deliver them to the twin shop.
    for (const order of data.orders.values()) {
      await deliver(ordersUpdated, "orders/updated", orderPayload(data, order), { shop: twin, process: false });
    }
    await runQueuedJobs();

    const imported = await monthlySums(DEMO_SHOP);
    expect(imported.some((row) => row.source === "agent_code" && row.commissionMinor > 0n)).toBe(true);
    expect(imported.some((row) => row.source === "chat")).toBe(true);
    expect(imported.some((row) => row.refundedMinor > 0n)).toBe(true);
    expect(imported).toEqual(await monthlySums(twin));
    expect(await orderDays(DEMO_SHOP)).toEqual(await orderDays(twin));
    const facts = async (shop: string) =>
      (await db.order.findMany({ where: { shop }, orderBy: { orderId: "asc" } })).map(
        ({ shop: _shop, createdAt: _c, updatedAt: _u, ...order }) => order,
      );
    expect(await facts(DEMO_SHOP)).toEqual(await facts(twin));
  }, 120_000);

  it("resumes after a worker stops half-way, and counts nothing twice", async () => {
    const { admin, data } = await installed();
    const queued = await queueStoreImport(db, DEMO_SHOP, "merchant", new Date());
    let batches = 0;
    const dying = deps(admin, {
      onBatch: () => {
        if (++batches === 3) throw new Error("worker killed");
      },
    });
    await expect(driveStoreImport(dying, queued.id)).rejects.toThrow("worker killed");
    const halfway = await db.storeImport.findUniqueOrThrow({ where: { id: queued.id } });
    expect(halfway).toMatchObject({
      status: "processing",
      phase: "orders",
      linesRead: 300,
      ordersImported: 300,
      heartbeatAt: null,
      error: "Error: worker killed",
    });
    expect(await db.order.count({ where: { shop: DEMO_SHOP } })).toBe(300);

    // The queue's retry picks it up where it stopped.
    await runQueuedJobs();
    const orders = [...data.orders.values()];
    const done = await db.storeImport.findUniqueOrThrow({ where: { id: queued.id } });
    expect(done).toMatchObject({
      status: "completed",
      ordersImported: orders.length,
      refundsImported: orders.flatMap((order) => order.refunds).length,
      objectsRead: orders.length + data.customers.size,
      error: null,
    });
    expect(await orderDays(DEMO_SHOP)).toEqual(expectedOrderDays(data, orders));
    // Every credited order counted once in its month.
    const credited = await db.attribution.groupBy({
      by: ["month"],
      where: { shop: DEMO_SHOP, cancelled: false },
      _count: { _all: true },
      _sum: { netMinor: true },
      orderBy: { month: "asc" },
    });
    const sums = await db.attributionMonthly.groupBy({
      by: ["month"],
      where: { shop: DEMO_SHOP },
      _sum: { orders: true, netMinor: true },
      orderBy: { month: "asc" },
    });
    expect(sums.map((row) => [row.month, row._sum.orders, row._sum.netMinor])).toEqual(
      credited.map((row) => [row.month, row._count._all, row._sum.netMinor]),
    );
  });

  it("is driven again by the schedule when its worker died holding the lease", async () => {
    const { admin, data } = await installed();
    const queued = await queueStoreImport(db, DEMO_SHOP, "merchant", new Date());
    await db.$executeRaw`DELETE FROM pgboss.job WHERE name = 'store-import'`; // the dead worker's job is gone
    await db.storeImport.update({ where: { id: queued.id }, data: { heartbeatAt: new Date() } });
    expect(await driveStoreImport(deps(admin), queued.id)).toBeNull(); // a live lease is respected

    const later = new Date(Date.now() + 2 * 60_000);
    expect(await resumeStalledImports(db, later)).toBe(1);
    await runQueuedJobs({ now: () => later });
    expect(await db.storeImport.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "completed",
      ordersImported: data.orders.size,
    });
  });

  it("never overwrites a webhook that arrived during the import with the export's older facts", async () => {
    const { admin, data } = await installed();
    const chatOrder = [...data.orders.values()].find(
      (order) =>
        order.customAttributes.some((attribute) => attribute.key === "_concierge_chat") &&
        !order.cancelledAt &&
        order.fulfillments.length === 0 &&
        order.refunds.length === 0,
    )!;
    // Shopify exports the store, then the order is cancelled and its webhook arrives, then the export is read.
    let cancelled = false;
    const fetchAfterCancelling: typeof fetch = async (input, init) => {
      if (cancelled) return fetch(input, init);
      cancelled = true;
      cancelOrder(local!.store, data, chatOrder, {
        at: new Date(Date.parse(chatOrder.updatedAt) + 60_000).toISOString(),
        reason: "CUSTOMER",
      });
      await deliver(ordersUpdated, "orders/updated", orderPayload(data, chatOrder), { shop: DEMO_SHOP });
      return fetch(input, init);
    };
    const queued = await queueStoreImport(db, DEMO_SHOP, "merchant", new Date());
    await db.$executeRaw`DELETE FROM pgboss.job WHERE name = 'store-import'`; // driven here, not by the queue the webhook's delivery runs
    await driveStoreImport(deps(admin, { fetch: fetchAfterCancelling }), queued.id);

    const held = await db.order.findUniqueOrThrow({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(chatOrder.id) } } });
    expect(held.cancelledAt).toEqual(new Date(chatOrder.cancelledAt!));
    expect(held.refundedMinor).toBe(BigInt(orderTotal(chatOrder)));
    expect(await db.attribution.findUnique({ where: { shop_orderId: { shop: DEMO_SHOP, orderId: String(chatOrder.id) } } })).toMatchObject({
      source: "chat",
      cancelled: true,
      netMinor: 0n,
    });
    expect(await orderDays(DEMO_SHOP)).toEqual(expectedOrderDays(data, [...data.orders.values()]));
  });

  it("waits while the app's other bulk queries hold Shopify's slots, and gives the attempt back to the queue past its wait", async () => {
    // API versions before 2026-01: one bulk query at a time per app and shop.
    const { admin, data } = await installed({ shopify: { maxConcurrentBulkQueries: 1, bulkOperationDelayMs: 300 } });
    await vipRule({ tierName: "Gold", conditions: [{ kind: "amount_spent_at_least", value: "600.00" }], tagsToAdd: ["Gold"] });
    const backfill = await startVipBackfill({ db, admin, shop: DEMO_SHOP }, "rule_created");

    const impatient = await queueStoreImport(db, DEMO_SHOP, "merchant", new Date());
    await expect(driveStoreImport(deps(admin, { busyWaitMs: 0 }), impatient.id)).rejects.toThrow(BulkQueriesBusyError);
    expect(await db.storeImport.findUniqueOrThrow({ where: { id: impatient.id } })).toMatchObject({
      status: "running",
      bulkOperationId: null,
    });

    const imported = await driveStoreImport(deps(admin, { busyWaitMs: 30_000, pollIntervalMs: 50 }), impatient.id);
    expect(imported).toMatchObject({ status: "completed", ordersImported: data.orders.size, customersImported: data.customers.size });
    expect(await driveVipBackfill({ db, admin, shop: DEMO_SHOP, pollIntervalMs: 5 }, backfill.id)).toMatchObject({
      status: "completed",
      customersProcessed: data.customers.size,
    });
  });

  it("credits an agent added later with the imported orders that used their code", async () => {
    const { admin, data } = await installed();
    await runStoreImport(deps(admin), "merchant");
    // CHLOE10 was a code of the store before Concierge: Emma's chat order used it. The merchant deletes it in Shopify to make it Chloe's.
    const order = [...data.orders.values()].find((candidate) => candidate.discountCodes.includes("CHLOE10"))!;
    const orderId = String(order.id);
    expect(await db.attribution.findUnique({ where: { shop_orderId: { shop: DEMO_SHOP, orderId } } })).toMatchObject({
      source: "chat",
      agentId: null,
    });
    const chatBefore = await db.attributionMonthly.findFirstOrThrow({
      where: {
        shop: DEMO_SHOP,
        source: "chat",
        month: (await db.attribution.findFirstOrThrow({ where: { shop: DEMO_SHOP, orderId } })).month,
      },
    });
    const discount = findDiscountByCode(data, "CHLOE10")!;
    await admin.graphql(`mutation Delete($id: ID!) { discountCodeDelete(id: $id) { deletedCodeDiscountId userErrors { message } } }`, {
      variables: { id: `gid://shopify/DiscountCodeNode/${discount.id}` },
    });

    // The agent as the agent form sends them, parsed as the action parses it.
    const chloe = parseFields(
      {
        name: "Chloe Martin",
        email: "chloe@concierge-demo.example",
        team: "",
        timeZone: "America/New_York",
        commissionPercent: "7.5",
        monthlyDelightBudget: "500",
        active: "true",
        "personalCode.code": "chloe10",
        "personalCode.discount.kind": "percentage",
        "personalCode.discount.value": "10",
        "personalCode.appliesOncePerCustomer": "false",
      },
      agentFormSchema({ shopCurrency: "USD", defaultCommissionBasisPoints: 750 }),
    );
    if (!chloe.ok) throw new Error(JSON.stringify(chloe.fieldErrors));
    const saved = await createAgent({ db, admin, shop: DEMO_SHOP, now: new Date() }, chloe.value);
    expect(saved.ok).toBe(true);
    await runQueuedJobs();

    const agentId = saved.ok ? saved.agentId : "";
    const credited = await db.attribution.findUniqueOrThrow({ where: { shop_orderId: { shop: DEMO_SHOP, orderId } } });
    expect(credited).toMatchObject({
      source: "agent_code",
      agentId,
      code: "CHLOE10",
      commissionBps: 750,
      grossMinor: BigInt(orderTotal(order)),
    });
    expect(credited.commissionMinor).toBe((credited.netMinor * 750n + 5_000n) / 10_000n);
    // The month's sums moved with it: the agent's line has the order, the chat line lost it.
    expect(
      await db.attributionMonthly.findFirstOrThrow({
        where: { shop: DEMO_SHOP, month: credited.month, source: "agent_code", agentKey: agentId },
      }),
    ).toMatchObject({
      orders: 1,
      netMinor: credited.netMinor,
      commissionMinor: credited.commissionMinor,
    });
    expect(
      await db.attributionMonthly.findFirstOrThrow({ where: { shop: DEMO_SHOP, month: credited.month, source: "chat" } }),
    ).toMatchObject({
      orders: chatBefore.orders - 1,
      netMinor: chatBefore.netMinor - credited.netMinor,
    });
  });

  it("shows its progress and result on the Profit page, and runs again from the button", async () => {
    const { data } = await installed();
    const staff = await signInStaff(local!, DEMO_SHOP, "chloe@concierge-demo.example");
    const post = (body: Record<string, string>) =>
      storeImportAction({
        request: adminRequest("/app/store-import", { shop: DEMO_SHOP, userId: staff, method: "POST", body: new URLSearchParams(body) }),
        params: {},
        context: {},
      });
    const profit = async () =>
      (await profitLoader({ request: adminRequest("/app/profit", { shop: DEMO_SHOP, userId: staff }), params: {}, context: {} })).history;

    expect(await profit()).toBeNull();
    expect((await post({ intent: "something-else" })).status).toBe(400);
    const first = await post({ intent: "import-history" });
    expect(first.status).toBe(200);
    expect(await profit()).toMatchObject({
      active: true,
      status: "running",
      line: "Importing your store's history: Shopify is preparing your orders…",
    });

    await runQueuedJobs();
    const done = (await profit())!;
    expect(done).toMatchObject({
      active: false,
      status: "completed",
      trigger: "merchant",
      allOrders: true,
      line: `Imported ${data.orders.size.toLocaleString("en-US")} orders and ${data.customers.size} customers.`,
    });
    expect(done.ordersSince).toBe(
      new Date(Math.min(...[...data.orders.values()].map((order) => Date.parse(order.processedAt)))).toISOString(),
    );

    const again = (await (await post({ intent: "import-history" })).json()) as { importId: string };
    expect(again.importId).not.toBe(done.id);
    expect(await profit()).toMatchObject({ id: again.importId, active: true });
  });

  it("keeps each shop's history to itself", async () => {
    const { data } = await installed();
    const otherAdmin = adminClient(local!, await installApp(local!, OTHER_SHOP));
    await shopSettings(db, otherAdmin, OTHER_SHOP);
    await queueStoreImport(db, DEMO_SHOP, "install", new Date());
    await queueStoreImport(db, OTHER_SHOP, "install", new Date());
    // Asking again while one runs gives the one running.
    expect((await queueStoreImport(db, OTHER_SHOP, "merchant", new Date())).trigger).toBe("install");
    await runQueuedJobs();

    const other = local!.store.getShop(OTHER_SHOP);
    for (const [shop, shopData] of [
      [DEMO_SHOP, data],
      [OTHER_SHOP, other],
    ] as const) {
      expect(await db.storeImport.findFirstOrThrow({ where: { shop } })).toMatchObject({
        status: "completed",
        ordersImported: shopData.orders.size,
      });
      const ids = (await db.order.findMany({ where: { shop }, select: { orderId: true } })).map((row) => Number(row.orderId)).sort();
      expect(ids).toEqual([...shopData.orders.keys()].sort());
      expect(await db.customer.count({ where: { shop } })).toBe(shopData.customers.size);
    }
    expect(await orderDays(OTHER_SHOP)).toEqual(expectedOrderDays(other, [...other.orders.values()]));
    expect((await orderDays(OTHER_SHOP)).every((row) => row.currencyCode === "EUR")).toBe(true);
  });
});

describe("the import's customers and the consent webhook", () => {
  it("never puts back a marketing consent older than the one a webhook recorded meanwhile", async () => {
    const customerId = "990001";
    const at = (time: string) => new Date(`2026-12-01T${time}:00Z`);
    const stored = () =>
      db.customer.findUniqueOrThrow({
        where: { shop_customerId: { shop: DEMO_SHOP, customerId } },
        select: { firstName: true, emailMarketingState: true, emailMarketingConsentAt: true },
      });
    try {
      // The shopper unsubscribes at 12:00; the webhook says so.
      await recordEmailConsent(
        db,
        DEMO_SHOP,
        {
          customer_id: customerId,
          email_address: "lina@example.com",
          email_marketing_consent: { state: "UNSUBSCRIBED", opt_in_level: null, consent_updated_at: at("12:00") },
        },
        at("12:00"),
      );
      // The export read the customer before that (subscribed since 09:00), and is written after, with a newer identity.
      const exported = { id: customerId, email: "lina@example.com", phone: null, first_name: "Lina", last_name: null };
      await upsertCustomerIdentities(db, DEMO_SHOP, [
        { ...exported, updated_at: at("13:00"), marketingState: "SUBSCRIBED", marketingUpdatedAt: at("09:00") },
      ]);
      expect(await stored()).toEqual({ firstName: "Lina", emailMarketingState: "UNSUBSCRIBED", emailMarketingConsentAt: at("12:00") });
      // A later export, after the shopper subscribed again at 14:00, is believed.
      await upsertCustomerIdentities(db, DEMO_SHOP, [
        { ...exported, updated_at: at("15:00"), marketingState: "SUBSCRIBED", marketingUpdatedAt: at("14:00") },
      ]);
      expect(await stored()).toMatchObject({ emailMarketingState: "SUBSCRIBED", emailMarketingConsentAt: at("14:00") });
    } finally {
      await db.customer.deleteMany({ where: { shop: DEMO_SHOP, customerId } });
    }
  });
});
