// An order read by the history import and the same order delivered by
// Shopify's webhooks must be the same facts, or the import's monthly sums
// would differ from the webhooks'. Every demo order is read both ways: from
// the local Shopify's bulk export of STORE_IMPORT_ORDERS_QUERY, and from the
// REST payload its orders/* and refunds/create webhooks carry.
import { describe, expect, it } from "vitest";
import { orderFactsFromPayload, refundFactsFromPayload } from "../app/domain/orders";
import {
  customerIdentityFromImport,
  importedCustomerSchema,
  importedOrderSchema,
  orderFactsFromImport,
  refundFactsFromImport,
} from "../app/domain/store-import";
import { customerPayloadSchema, orderPayloadSchema, refundPayloadSchema } from "../app/domain/webhook-payloads";
import { STORE_IMPORT_CUSTOMERS_QUERY, STORE_IMPORT_ORDERS_QUERY } from "../app/graphql/store-import";
import { customerPayload, orderPayload, refundPayload } from "../local-shopify/webhooks";
import { dataOf, demoEmulator, type DemoEmulator } from "../local-shopify/testing";

const RUN = `mutation($q: String!) { bulkOperationRunQuery(query: $q, groupObjects: false) { bulkOperation { id } userErrors { message } } }`;

async function bulkLines(emulator: DemoEmulator, query: string): Promise<unknown[]> {
  const started = dataOf(await emulator.gql(RUN, { q: query })).bulkOperationRunQuery;
  expect(started.userErrors).toEqual([]);
  await emulator.emulator.idle();
  const jsonl = emulator.emulator.bulkResult(Number(started.bulkOperation.id.split("/").pop()))!;
  return jsonl
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
}

describe("the history import's facts", () => {
  it("are the webhooks' facts for every demo order and refund", async () => {
    const emulator = demoEmulator();
    const data = emulator.store.getShop(emulator.shop);
    const lines = await bulkLines(emulator, STORE_IMPORT_ORDERS_QUERY);
    expect(lines).toHaveLength(data.orders.size);
    let refunds = 0;
    for (const line of lines) {
      const imported = importedOrderSchema.parse(line);
      const order = data.orders.get(Number(imported.id.split("/").pop()))!;
      const webhook = orderPayloadSchema.parse(orderPayload(data, order));
      const facts = orderFactsFromPayload(webhook);
      expect(orderFactsFromImport(imported), order.name).toEqual(facts);
      const fromRefundsCreate = order.refunds.map((refund) =>
        refundFactsFromPayload(refundPayloadSchema.parse(refundPayload(data, order, refund)), facts.orderId, facts.currencyCode),
      );
      expect(refundFactsFromImport(imported), order.name).toEqual(fromRefundsCreate);
      refunds += fromRefundsCreate.length;
    }
    // The demo store has the cases that matter: refunds, cancellations, codes, chat orders.
    expect(refunds).toBeGreaterThan(20);
    expect([...data.orders.values()].filter((order) => order.cancelledAt !== null).length).toBeGreaterThan(0);
  });

  it("are customers/update's identity for every demo customer", async () => {
    const emulator = demoEmulator();
    const data = emulator.store.getShop(emulator.shop);
    const lines = await bulkLines(emulator, STORE_IMPORT_CUSTOMERS_QUERY);
    expect(lines).toHaveLength(data.customers.size);
    for (const line of lines) {
      const imported = importedCustomerSchema.parse(line);
      const customer = data.customers.get(Number(imported.id.split("/").pop()))!;
      const { marketingState, marketingUpdatedAt, ...identity } = customerIdentityFromImport(imported);
      expect(identity).toEqual(customerPayloadSchema.parse(customerPayload(data, customer)));
      // The import also reads the consent customers/update no longer carries (welcome campaigns, decision 028), and when it changed.
      expect(marketingState).toBe(customer.emailMarketingState);
      expect(marketingUpdatedAt?.toISOString() ?? null).toBe(
        customer.emailMarketingUpdatedAt ? new Date(customer.emailMarketingUpdatedAt).toISOString() : null,
      );
    }
  });
});
