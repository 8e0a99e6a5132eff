import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { DEMO_SHOP, seedDemoStore } from "./demo-store";
import { startLocalShopify, type LocalShopify } from "./server";
import { formatDecimal } from "./money";
import { signWebhookBody } from "./webhooks";
import type { AdminEmulator } from "./admin-emulator";
import { dataOf, demoEmulator, TEST_API_KEY, TEST_API_SECRET } from "./testing";

/** A finished operation's result file. */
function resultFile(emulator: AdminEmulator, operationGid: string): string {
  return emulator.bulkResult(Number(operationGid.split("/").pop()))!;
}

/** A finished operation's result, a JSON object a line. */
function resultLines<T = Record<string, unknown>>(emulator: AdminEmulator, operationGid: string): T[] {
  return resultFile(emulator, operationGid)
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as T);
}

const RUN = `mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id status } userErrors { field message code } } }`;
const RUN_GROUPED = `mutation($q: String!) { bulkOperationRunQuery(query: $q, groupObjects: true) { bulkOperation { id status } userErrors { field message code } } }`;
const CURRENT = `{ currentBulkOperation { id status errorCode objectCount rootObjectCount fileSize url partialDataUrl completedAt } }`;

const CUSTOMERS_WITH_ORDERS = `{
  customers {
    edges { node { id email tags numberOfOrders amountSpent { amount currencyCode }
      orders { edges { node { id name currentTotalPriceSet { shopMoney { amount } } } } } } }
  }
}`;

describe("bulk operations", () => {
  it("runs a query over all 200 customers and produces Shopify's JSONL", async () => {
    const { gql, emulator, store, shop } = demoEmulator();
    const started = dataOf(await gql(RUN, { q: CUSTOMERS_WITH_ORDERS })).bulkOperationRunQuery;
    expect(started.userErrors).toEqual([]);
    expect(started.bulkOperation.status).toBe("CREATED");
    expect(dataOf(await gql(CURRENT)).currentBulkOperation.status).toBe("CREATED");

    await emulator.idle();
    const done = dataOf(await gql(CURRENT)).currentBulkOperation;
    const data = store.getShop(shop);
    expect(done).toMatchObject({ id: started.bulkOperation.id, status: "COMPLETED", errorCode: null, partialDataUrl: null });
    expect(done.rootObjectCount).toBe("200");
    expect(done.objectCount).toBe(String(200 + data.orders.size - [...data.orders.values()].filter((o) => o.customerId === null).length));

    const lines = resultLines(emulator, started.bulkOperation.id);
    expect(done.fileSize).toBe(String(Buffer.byteLength(resultFile(emulator, started.bulkOperation.id))));
    const customers = lines.filter((l) => !("__parentId" in l));
    const orders = lines.filter((l) => "__parentId" in l);
    expect(customers).toHaveLength(200);
    // Nested connections are flattened: no `orders` key, children follow the parent.
    expect(customers.every((c) => !("orders" in c))).toBe(true);
    const ahmed = [...data.customers.values()].find((c) => c.email === "ahmed.elfassi@example.com")!;
    const ahmedLine = lines.findIndex((l) => l.id === `gid://shopify/Customer/${ahmed.id}`);
    expect(lines[ahmedLine]).toEqual({
      id: `gid://shopify/Customer/${ahmed.id}`,
      email: "ahmed.elfassi@example.com",
      tags: ["VIP"],
      numberOfOrders: String(ahmed.numberOfOrders),
      amountSpent: { amount: expect.any(String), currencyCode: "USD" },
    });
    // Not grouped (2026-01's default): every customer first, their orders after.
    expect(lines.slice(0, 200).every((l) => !("__parentId" in l))).toBe(true);
    const children = lines.filter((l) => l.__parentId === `gid://shopify/Customer/${ahmed.id}`);
    expect(children).toHaveLength(ahmed.numberOfOrders);
    expect(children[0]).toEqual({
      id: expect.stringMatching(/^gid:\/\/shopify\/Order\/\d+$/),
      name: expect.stringMatching(/^#\d+$/),
      currentTotalPriceSet: { shopMoney: { amount: expect.any(String) } },
      __parentId: `gid://shopify/Customer/${ahmed.id}`,
    });
    expect(orders).toHaveLength(data.orders.size - [...data.orders.values()].filter((o) => o.customerId === null).length);
  });

  it("writes a child right after its parent only when asked to group objects", async () => {
    const { gql, emulator, store, shop } = demoEmulator();
    const started = dataOf(await gql(RUN_GROUPED, { q: CUSTOMERS_WITH_ORDERS })).bulkOperationRunQuery;
    await emulator.idle();
    const lines = resultLines(emulator, started.bulkOperation.id);
    const ahmed = [...store.getShop(shop).customers.values()].find((c) => c.email === "ahmed.elfassi@example.com")!;
    const at = lines.findIndex((l) => l.id === `gid://shopify/Customer/${ahmed.id}`);
    const children = lines.slice(at + 1, at + 1 + ahmed.numberOfOrders);
    expect(children.every((c) => c.__parentId === `gid://shopify/Customer/${ahmed.id}`)).toBe(true);
  });

  it("keeps an order's refunds (a list) and customer (an object) on the order's own line", async () => {
    const { gql, emulator, store, shop } = demoEmulator();
    const query = `{ orders { edges { node { id name updatedAt customer { id email updatedAt } refunds { id createdAt totalRefundedSet { shopMoney { amount currencyCode } } } } } } }`;
    const started = dataOf(await gql(RUN, { q: query })).bulkOperationRunQuery;
    expect(started.userErrors).toEqual([]);
    await emulator.idle();
    const lines = resultLines<Record<string, any>>(emulator, started.bulkOperation.id); // eslint-disable-line @typescript-eslint/no-explicit-any
    const data = store.getShop(shop);
    expect(lines).toHaveLength(data.orders.size);
    expect(lines.every((l) => !("__parentId" in l))).toBe(true);
    const refunded = [...data.orders.values()].find((o) => o.refunds.length > 0 && o.customerId !== null)!;
    const line = lines.find((l) => l.id === `gid://shopify/Order/${refunded.id}`)!;
    expect(line.customer).toEqual({
      id: `gid://shopify/Customer/${refunded.customerId}`,
      email: data.customers.get(refunded.customerId!)!.email,
      updatedAt: expect.any(String),
    });
    expect(line.refunds).toEqual(
      refunded.refunds.map((r) => ({
        id: `gid://shopify/Refund/${r.id}`,
        createdAt: r.createdAt,
        totalRefundedSet: { shopMoney: { amount: formatDecimal(r.totalCents), currencyCode: "USD" } },
      })),
    );
  });

  it("shows an app without read_all_orders the last 60 days of orders only, in bulk too", async () => {
    const { emulator, store, shop, clock } = demoEmulator();
    const token = emulator.installApp(shop, { scope: "read_orders,read_customers" }).token;
    const gql = (query: string, variables?: Record<string, unknown>) => emulator.execute({ shop, accessToken: token, query, variables });
    const since = clock.now().getTime() - 60 * 24 * 60 * 60 * 1000;
    const all = [...store.getShop(shop).orders.values()];
    const recent = all.filter((o) => Date.parse(o.createdAt) >= since);
    const old = all.find((o) => Date.parse(o.createdAt) < since)!;
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);

    expect(dataOf(await gql(`{ ordersCount(limit: null) { count } }`)).ordersCount.count).toBe(recent.length);
    expect(dataOf(await gql(`query($id: ID!) { order(id: $id) { id } }`, { id: `gid://shopify/Order/${old.id}` })).order).toBeNull();
    expect(dataOf(await gql(`{ currentAppInstallation { accessScopes { handle } } }`)).currentAppInstallation.accessScopes).toEqual([
      { handle: "read_orders" },
      { handle: "read_customers" },
    ]);

    const started = dataOf(await gql(RUN, { q: `{ orders { edges { node { id } } } }` })).bulkOperationRunQuery;
    await emulator.idle();
    const ids = resultLines<{ id: string }>(emulator, started.bulkOperation.id).map((line) => line.id);
    expect(ids.sort()).toEqual(recent.map((o) => `gid://shopify/Order/${o.id}`).sort());
  });

  it("runs five bulk queries at once from 2026-01, one on older versions", async () => {
    const five = demoEmulator();
    for (let n = 0; n < 5; n++)
      expect(dataOf(await five.gql(RUN, { q: `{ products { edges { node { id } } } }` })).bulkOperationRunQuery.userErrors).toEqual([]);
    const sixth = dataOf(await five.gql(RUN, { q: `{ products { edges { node { id } } } }` })).bulkOperationRunQuery;
    expect(sixth.userErrors[0]).toMatchObject({ code: "OPERATION_IN_PROGRESS" });
    const one = demoEmulator({ emulator: { maxConcurrentBulkQueries: 1 } });
    await one.gql(RUN, { q: `{ products { edges { node { id } } } }` });
    const second = dataOf(await one.gql(RUN, { q: `{ products { edges { node { id } } } }` })).bulkOperationRunQuery;
    expect(second).toMatchObject({ bulkOperation: null, userErrors: [{ code: "OPERATION_IN_PROGRESS" }] });
    await one.emulator.idle();
    expect(dataOf(await one.gql(RUN, { q: `{ products { edges { node { id } } } }` })).bulkOperationRunQuery.userErrors).toEqual([]);
  });

  it("refuses queries Shopify would refuse", async () => {
    const { gql } = demoEmulator();
    const noConnection = dataOf(await gql(RUN, { q: `{ shop { name } }` })).bulkOperationRunQuery;
    expect(noConnection).toEqual({
      bulkOperation: null,
      userErrors: [{ field: ["query"], message: "Bulk queries must contain at least one connection.", code: "INVALID" }],
    });
    const noParentId = dataOf(
      await gql(RUN, { q: `{ customers { edges { node { email orders { edges { node { id } } } } } } }` }),
    ).bulkOperationRunQuery;
    expect(noParentId.userErrors[0].message).toMatch(/must select the 'id' field/);
    const invalid = dataOf(await gql(RUN, { q: `{ customers { edges { node { shoeSize } } } }` })).bulkOperationRunQuery;
    expect(invalid.userErrors[0]).toEqual({
      field: ["query"],
      message: "Invalid bulk query: Field 'shoeSize' doesn't exist on type 'Customer'",
      code: "INVALID",
    });
  });

  it("lists the app's operations", async () => {
    const { gql, emulator } = demoEmulator();
    await gql(RUN, { q: `{ products { edges { node { id title } } } }` });
    await emulator.idle();
    const list = dataOf(await gql(`{ bulkOperations(first: 5, query: "status:completed") { nodes { status type query } } }`));
    expect(list.bulkOperations.nodes).toEqual([
      { status: "COMPLETED", type: "QUERY", query: `{ products { edges { node { id title } } } }` },
    ]);
  });
});

describe("bulk operations over HTTP", () => {
  let local: LocalShopify | undefined;
  let receiver: ReturnType<typeof createServer> | undefined;
  afterEach(async () => {
    await local?.close();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
    local = undefined;
    receiver = undefined;
  });

  it("serves the JSONL at the operation's url and sends bulk_operations/finish", async () => {
    const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
    const appUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    local = await startLocalShopify({
      store: seedDemoStore(),
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      appUrl,
      webhookSubscriptions: [{ topics: ["bulk_operations/finish"], uri: "/webhooks/bulk", complianceTopics: [] }],
    });
    const token = local.installApp(DEMO_SHOP);
    const post = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(local!.graphqlUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    await post(RUN, { q: `{ customers { edges { node { id email } } } }` });
    await local.idle();
    const current = (await post(CURRENT)).data.currentBulkOperation;
    expect(current.status).toBe("COMPLETED");
    expect(current.url).toMatch(new RegExp(`^${local.url}/_local/bulk/\\d+\\.jsonl$`));
    const jsonl = await (await fetch(current.url)).text();
    expect(jsonl.trimEnd().split("\n")).toHaveLength(200);

    expect(received).toHaveLength(1);
    const webhook = received[0]!;
    expect(webhook.headers["x-shopify-topic"]).toBe("bulk_operations/finish");
    expect(webhook.headers["x-shopify-api-version"]).toBe(ADMIN_API_VERSION);
    expect(webhook.headers["x-shopify-hmac-sha256"]).toBe(signWebhookBody(webhook.body, TEST_API_SECRET));
    expect(JSON.parse(webhook.body)).toEqual({
      admin_graphql_api_id: current.id,
      completed_at: current.completedAt,
      created_at: expect.any(String),
      error_code: null,
      status: "completed",
      type: "query",
    });
  });
});
