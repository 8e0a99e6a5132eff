import { describe, expect, it } from "vitest";
import { validateAdminDocument } from "./admin-schema";
import { DEMO_SHOP, OTHER_SHOP } from "./demo-store";
import { dataOf, demoEmulator } from "./testing";
import { addFulfillmentServiceLocation, createOrder } from "./store";

describe("Admin schema", () => {
  it("accepts documents that match Shopify's 2026-10 schema and rejects others", () => {
    expect(validateAdminDocument(`{ shop { name myshopifyDomain currencyCode } }`)).toEqual([]);
    const errors = validateAdminDocument(`{ customer(id: "gid://shopify/Customer/1") { id foo } }`);
    expect(errors.map((e) => e.message)).toEqual([`Cannot query field "foo" on type "Customer".`]);
    expect(validateAdminDocument(`{ shop { name `)[0]?.message).toMatch(/Syntax Error/);
  });
});

describe("errors in Shopify's shape", () => {
  it("refuses a field Shopify lacks with graphql-ruby's undefinedField error (HTTP 200)", async () => {
    const { gql } = demoEmulator();
    const response = await gql(`query Lookup {\n  customer(id: "gid://shopify/Customer/1") {\n    id\n    foo\n  }\n}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      errors: [
        {
          message: "Field 'foo' doesn't exist on type 'Customer'",
          locations: [{ line: 4, column: 5 }],
          path: ["query Lookup", "customer", "foo"],
          extensions: { code: "undefinedField", typeName: "Customer", fieldName: "foo" },
        },
      ],
    });
  });

  it("reports missing arguments, unknown arguments and bad selections like graphql-ruby", async () => {
    const { gql } = demoEmulator();
    const missing = await gql(`{ customer { id } }`);
    expect(missing.body.errors).toEqual([
      {
        message: "Field 'customer' is missing required arguments: id",
        locations: [{ line: 1, column: 3 }],
        path: ["query", "customer"],
        extensions: { code: "missingRequiredArguments", className: "Field", name: "customer", arguments: "id" },
      },
    ]);
    const unknown = await gql(`{ shop { name(foo: 1) } }`);
    expect((unknown.body.errors as { message: string }[])[0]!.message).toBe("Field 'name' doesn't accept argument 'foo'");
    const noSelection = await gql(`{ shop }`);
    expect((noSelection.body.errors as { message: string; extensions: unknown }[])[0]).toMatchObject({
      message: "Field must have selections (field 'shop' returns Shop but has no selections. Did you mean 'shop { ... }'?)",
      extensions: { code: "selectionMismatch", nodeName: "field 'shop'", typeName: "Shop" },
    });
  });

  it("reports a variable declared and not used, and one used and not declared, like graphql-ruby", async () => {
    const { gql } = demoEmulator();
    const unused = await gql(`query Lookup($id: ID!, $extra: String) { customer(id: $id) { id } }`, { id: "gid://shopify/Customer/1" });
    expect((unused.body.errors as { message: string; extensions: unknown }[])[0]).toMatchObject({
      message: "Variable $extra is declared by Lookup but not used",
      extensions: { code: "variableNotUsed", variableName: "extra" },
    });
    const undeclared = await gql(`{ customer(id: $id) { id } }`);
    expect((undeclared.body.errors as { message: string; extensions: unknown }[])[0]).toMatchObject({
      message: "Variable $id is used by anonymous query but not declared",
      extensions: { code: "variableNotDefined", variableName: "id" },
    });
  });

  it("reports syntax errors and invalid variables", async () => {
    const { gql } = demoEmulator();
    const syntax = await gql(`{ shop { name }`);
    expect(syntax.status).toBe(200);
    expect((syntax.body.errors as { message: string }[])[0]!.message).toBe("Unexpected end of document");
    const variables = await gql(`query($id: ID!) { customer(id: $id) { id } }`, {});
    expect(variables.body.errors).toEqual([
      {
        message: "Variable $id of type ID! was provided invalid value",
        locations: [{ line: 1, column: 7 }],
        extensions: { code: "INVALID_VARIABLE", value: null, problems: [{ path: [], explanation: "Expected value to not be null" }] },
      },
    ]);
  });

  it("fails loudly on a field the emulator does not implement", async () => {
    const { gql } = demoEmulator();
    const response = await gql(`{ shop { name checkoutApiSupported } }`);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: "The local Shopify emulator does not implement Shop.checkoutApiSupported",
        path: ["shop", "checkoutApiSupported"],
        extensions: expect.objectContaining({ code: "NOT_IMPLEMENTED_BY_EMULATOR" }),
      }),
    ]);
  });

  it("answers 401 with Shopify's body for a missing or foreign access token", async () => {
    const { emulator } = demoEmulator();
    const other = emulator.installApp(OTHER_SHOP).token;
    for (const accessToken of ["", "shpat_nope", other]) {
      const response = await emulator.execute({ shop: DEMO_SHOP, accessToken, query: `{ shop { name } }` });
      expect(response).toEqual({
        status: 401,
        body: { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" },
      });
    }
  });

  it("requires first or last on connections and caps them at 250", async () => {
    const { gql } = demoEmulator();
    const none = await gql(`{ customers { nodes { id } } }`);
    expect((none.body.errors as { message: string }[])[0]!.message).toBe("you must provide one of first or last");
    const tooMany = await gql(`{ customers(first: 251) { nodes { id } } }`);
    expect((tooMany.body.errors as { message: string }[])[0]!.message).toMatch(/^first cannot exceed 250/);
  });
});

describe("cost and throttling", () => {
  const PAGE = `{ customers(first: 250) { nodes { id } } }`;

  it("reports the calculated cost on every response", async () => {
    const { gql } = demoEmulator();
    const response = await gql(`{ shop { name } customers(first: 10) { edges { node { id amountSpent { amount } } } } }`);
    // shop 1 + connection 2 + 10 × (node 1 + MoneyV2 1)
    expect(response.body.extensions).toEqual({
      cost: {
        requestedQueryCost: 23,
        actualQueryCost: 23,
        throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1977, restoreRate: 100 },
      },
    });
  });

  it("throttles when the bucket is empty and recovers as it restores", async () => {
    const { gql, clock } = demoEmulator();
    // Requested 2 + 250 = 252; only 200 customers come back, so each call
    // really costs 202 and the difference is refunded.
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const response = await gql(PAGE);
      expect(response.body.errors).toBeUndefined();
      const cost = (response.body.extensions as { cost: { actualQueryCost: number; throttleStatus: { currentlyAvailable: number } } }).cost;
      expect(cost.actualQueryCost).toBe(202);
      statuses.push(cost.throttleStatus.currentlyAvailable);
    }
    expect(statuses.at(-1)).toBe(2000 - 9 * 202);

    const throttled = await gql(PAGE);
    expect(throttled.status).toBe(200);
    expect(throttled.body).toEqual({
      errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
      extensions: {
        cost: {
          requestedQueryCost: 252,
          actualQueryCost: null,
          throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 182, restoreRate: 100 },
        },
      },
    });

    clock.advance(700); // +70 points: 252 available
    const recovered = await gql(PAGE);
    expect(recovered.body.errors).toBeUndefined();
    expect(dataOf(recovered).customers.nodes).toHaveLength(200);
  });

  it("keeps separate buckets per shop", async () => {
    const { gql, emulator } = demoEmulator();
    for (let i = 0; i < 9; i++) await gql(PAGE);
    expect((await gql(PAGE)).body.errors).toBeDefined();
    const other = emulator.installApp(OTHER_SHOP).token;
    const response = await emulator.execute({ shop: OTHER_SHOP, accessToken: other, query: PAGE });
    expect(dataOf(response).customers.nodes).toHaveLength(3);
  });

  it("refuses a query costing more than 1000 with MAX_COST_EXCEEDED", async () => {
    const { gql } = demoEmulator();
    const response = await gql(`{ customers(first: 250) { nodes { id orders(first: 10) { nodes { id } } } } }`);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Query cost is 3252, which exceeds the single query max cost limit \(1000\)\./),
          extensions: { code: "MAX_COST_EXCEEDED", cost: 3252, maxCost: 1000, documentation: "https://shopify.dev/api/usage/rate-limits" },
        },
      ],
    });
  });

  it("charges 10 per mutation", async () => {
    const { gql, store, shop } = demoEmulator();
    const customer = [...store.getShop(shop).customers.values()][0]!;
    const response = await gql(`mutation($id: ID!) { tagsAdd(id: $id, tags: ["x"]) { userErrors { message } } }`, {
      id: `gid://shopify/Customer/${customer.id}`,
    });
    expect((response.body.extensions as { cost: { requestedQueryCost: number } }).cost.requestedQueryCost).toBe(10);
  });
});

describe("queries over the store", () => {
  it("pages through every customer with cursors, forwards and backwards", async () => {
    const { gql } = demoEmulator();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { customers: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = dataOf(
        await gql(`query($after: String) { customers(first: 64, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {
          after,
        }),
      );
      seen.push(...page.customers.nodes.map((n) => n.id));
      if (!page.customers.pageInfo.hasNextPage) break;
      after = page.customers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    const reversed = dataOf(await gql(`{ customers(first: 3, reverse: true) { nodes { id } } }`));
    expect(reversed.customers.nodes.map((n: { id: string }) => n.id)).toEqual(seen.slice(-3).reverse());
    const last = dataOf(await gql(`{ customers(last: 2) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } }`));
    expect(last.customers.nodes.map((n: { id: string }) => n.id)).toEqual(seen.slice(-2));
    expect(last.customers.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it("supports Shopify's search syntax", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const byName = dataOf(
      await gql(
        `{ a: orders(first: 5, query: "name:#1001") { nodes { name } } b: orders(first: 5, query: "name:1001") { nodes { name } } }`,
      ),
    );
    expect(byName.a.nodes).toEqual([{ name: "#1001" }]);
    expect(byName.b.nodes).toEqual([{ name: "#1001" }]);

    const email = dataOf(await gql(`{ customers(first: 5, query: "email:AHMED.ELFASSI@example.com") { nodes { displayName tags } } }`));
    expect(email.customers.nodes).toEqual([{ displayName: "أحمد الفاسي", tags: ["VIP"] }]);

    const vip = dataOf(await gql(`{ customers(first: 250, query: "tag:VIP") { nodes { id } } }`));
    expect(vip.customers.nodes).toHaveLength([...data.customers.values()].filter((c) => c.tags.includes("VIP")).length);

    const cutoff = "2026-11-10T00:00:00Z";
    const recent = dataOf(
      await gql(`query($q: String) { orders(first: 250, query: $q, sortKey: CREATED_AT) { nodes { createdAt } } }`, {
        q: `created_at:>=${cutoff}`,
      }),
    );
    const expected = [...data.orders.values()].filter((o) => Date.parse(o.createdAt) >= Date.parse(cutoff)).length;
    expect(recent.orders.nodes).toHaveLength(expected);
    expect(recent.orders.nodes.every((o: { createdAt: string }) => o.createdAt >= cutoff)).toBe(true);

    const cancelled = dataOf(await gql(`{ orders(first: 250, query: "status:cancelled") { nodes { cancelledAt } } }`));
    expect(cancelled.orders.nodes.length).toBeGreaterThan(0);
    expect(cancelled.orders.nodes.every((o: { cancelledAt: string | null }) => o.cancelledAt !== null)).toBe(true);

    // Draft orders by the filters Shopify documents for them (customer, tag, creation time).
    const customer = [...data.customers.values()][0]!;
    const made = dataOf(
      await gql(
        `mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder { id name } userErrors { message } } }`,
        {
          input: {
            purchasingEntity: { customerId: `gid://shopify/Customer/${customer.id}` },
            tags: ["concierge-exchange"],
            lineItems: [{ title: "Credit", quantity: 1, originalUnitPriceWithCurrency: { amount: "1.00", currencyCode: "USD" } }],
          },
        },
      ),
    ).draftOrderCreate.draftOrder;
    const drafts = async (query: string) =>
      dataOf(await gql(`query($q: String) { draftOrders(first: 250, query: $q) { nodes { name } } }`, { q: query })).draftOrders.nodes;
    expect(await drafts(`tag:concierge-exchange customer_id:${customer.id}`)).toEqual([{ name: made.name }]);
    expect(await drafts(`tag:concierge-exchange customer_id:${customer.id + 1}`)).toEqual([]);
    expect(await drafts(`tag:other`)).toEqual([]);
    expect(await drafts(`tag:concierge-exchange created_at:>='2999-01-01T00:00:00Z'`)).toEqual([]);

    const warned = await gql(`{ customers(first: 1, query: "shoe_size:42") { nodes { id } } }`);
    expect((warned.body.extensions as { search: unknown[] }).search).toEqual([
      {
        path: ["customers"],
        query: "shoe_size:42",
        parsed: { field: "shoe_size", match_all: "42" },
        warnings: [{ field: "shoe_size", message: "Invalid search field for this query." }],
      },
    ]);
  });

  it("serves an order with money bags, tracking, returns and fulfillment orders", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const ahmed = [...data.customers.values()].find((c) => c.email === "ahmed.elfassi@example.com")!;
    const split = [...data.orders.values()].find(
      (o) => o.customerId === ahmed.id && o.fulfillments.length === 2 && o.fulfillments.some((f) => f.shipmentStatus === "IN_TRANSIT"),
    )!;
    const result = dataOf(
      await gql(
        `query($id: ID!) { order(id: $id) {
          name email displayFinancialStatus displayFulfillmentStatus
          currentTotalPriceSet { shopMoney { amount currencyCode } presentmentMoney { amount } }
          customer { displayName amountSpent { amount } }
          lineItems(first: 10) { nodes { title quantity sku refundableQuantity isGiftCard variant { id } product { id } originalUnitPriceSet { shopMoney { amount } } } }
          fulfillments { status displayStatus estimatedDeliveryAt deliveredAt trackingInfo { company number url } events(first: 10) { nodes { status happenedAt } } }
          fulfillmentOrders(first: 5) { nodes { status deliveryMethod { methodType } } }
        } }`,
        { id: `gid://shopify/Order/${split.id}` },
      ),
    );
    expect(result.order.name).toBe(split.name);
    expect(result.order.customer.displayName).toBe("أحمد الفاسي");
    expect(result.order.currentTotalPriceSet.shopMoney.currencyCode).toBe("USD");
    expect(result.order.fulfillments.map((f: { displayStatus: string }) => f.displayStatus)).toEqual(["DELIVERED", "IN_TRANSIT"]);
    expect(result.order.fulfillments[1].trackingInfo[0]).toMatchObject({ company: "Aramex" });
    expect(result.order.fulfillmentOrders.nodes[0].deliveryMethod.methodType).toBe("SHIPPING");
  });

  it("serves products, variants with stock and unit cost, collections and node look-ups", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const chino = [...data.products.values()].find((p) => p.title === "Relaxed Chino")!;
    const result = dataOf(
      await gql(
        `query($id: ID!, $ids: [ID!]!) {
          product(id: $id) { title handle productType vendor isGiftCard totalInventory hasOutOfStockVariants
            options { name values }
            collections(first: 5) { nodes { title } }
            variants(first: 2) { nodes { title sku price availableForSale inventoryQuantity selectedOptions { name value } inventoryItem { unitCost { amount currencyCode } } } } }
          products(first: 10, query: "product_type:Trousers", sortKey: TITLE) { nodes { title } }
          collections(first: 10) { nodes { title productsCount { count } } }
          nodes(ids: $ids) { __typename ... on Product { title } ... on Customer { displayName } }
        }`,
        {
          id: `gid://shopify/Product/${chino.id}`,
          ids: [`gid://shopify/Product/${chino.id}`, `gid://shopify/Customer/${data.customerIds[0]}`, "gid://shopify/Customer/1"],
        },
      ),
    );
    expect(result.product).toMatchObject({
      title: "Relaxed Chino",
      handle: "relaxed-chino",
      productType: "Trousers",
      isGiftCard: false,
      hasOutOfStockVariants: true,
      options: [
        { name: "Waist", values: ["30", "32", "34", "36"] },
        { name: "Color", values: ["Khaki", "Olive"] },
      ],
      collections: { nodes: [{ title: "Trousers" }, { title: "New arrivals" }] },
    });
    expect(result.product.variants.nodes[0]).toEqual({
      title: "30 / Khaki",
      sku: "RCH-30-KHAKI",
      price: "98.00",
      availableForSale: false,
      inventoryQuantity: 0,
      selectedOptions: [
        { name: "Waist", value: "30" },
        { name: "Color", value: "Khaki" },
      ],
      inventoryItem: { unitCost: { amount: "34.3", currencyCode: "USD" } },
    });
    expect(result.products.nodes).toEqual([{ title: "Classic Chino" }, { title: "Relaxed Chino" }]);
    expect(result.collections.nodes).toContainEqual({ title: "Trousers", productsCount: { count: 2 } });
    expect(result.nodes).toEqual([
      { __typename: "Product", title: "Relaxed Chino" },
      { __typename: "Customer", displayName: "أحمد الفاسي" },
      null,
    ]);

    const invalid = await gql(`{ customer(id: "12") { id } }`);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ message: "Invalid global id '12'", path: ["customer"] })]);
  });

  it("keeps tenants apart", async () => {
    const { emulator } = demoEmulator();
    const token = emulator.installApp(OTHER_SHOP).token;
    const response = await emulator.execute({
      shop: OTHER_SHOP,
      accessToken: token,
      query: `{ shop { name currencyCode } customers(first: 10) { nodes { email } } }`,
    });
    const data = dataOf(response);
    expect(data.shop).toEqual({ name: "Other Shop", currencyCode: "EUR" });
    expect(data.customers.nodes.map((c: { email: string }) => c.email)).toEqual([
      "julie.petit@exemple.fr",
      "ahmed.benali@exemple.fr",
      "claire.roux@exemple.fr",
    ]);
  });
});

describe("access scopes", () => {
  it("refuses an object the token has no scope for wherever it is reached, as Shopify does", async () => {
    const { emulator, shop } = demoEmulator();
    const token = emulator.installApp(shop, { scope: "read_orders,read_all_orders" }).token;
    const response = await emulator.execute({
      shop,
      accessToken: token,
      query: `{ orders(first: 1) { nodes { name customer { email } } } }`,
    });
    expect(response.body.errors).toMatchObject([
      {
        message: "Access denied for Customer object. Required access: `read_customers` access scope.",
        extensions: { code: "ACCESS_DENIED" },
      },
    ]);
    const customers = await emulator.execute({ shop, accessToken: token, query: `{ customers(first: 1) { nodes { id } } }` });
    expect(customers.body.errors).toMatchObject([
      { message: expect.stringContaining("Access denied for customers field"), extensions: { code: "ACCESS_DENIED" } },
    ]);
    // A write scope grants its read.
    const writer = emulator.installApp(shop, { scope: "write_orders,write_customers" }).token;
    expect(
      dataOf(await emulator.execute({ shop, accessToken: writer, query: `{ orders(first: 1) { nodes { customer { id } } } }` })).orders
        .nodes,
    ).toHaveLength(1);
  });

  it("leaves out a 3PL's fulfillment orders without read_third_party_fulfillment_orders", async () => {
    const { emulator, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const warehouse = addFulfillmentServiceLocation(store, data, { name: "ShipBob Newark", handle: "shipbob" });
    const variant = [...data.variants.values()].find((candidate) => data.products.get(candidate.productId)!.title !== "Gift card")!;
    const order = createOrder(store, data, {
      customerId: null,
      email: "three@example.com",
      lines: [{ variantId: variant.id, quantity: 1 }],
      createdAt: new Date().toISOString(),
      locationId: warehouse.id,
    });
    const query = `query Fos($id: ID!) { order(id: $id) { fulfillmentOrders(first: 5) { nodes { assignedLocation { name } } } } }`;
    const ask = (scope: string) =>
      emulator.execute({
        shop,
        accessToken: emulator.installApp(shop, { scope }).token,
        query,
        variables: { id: `gid://shopify/Order/${order.id}` },
      });
    const merchantOnly = dataOf(await ask("read_orders,read_merchant_managed_fulfillment_orders"));
    expect(merchantOnly.order.fulfillmentOrders.nodes).toEqual([]);
    const withThirdParty = dataOf(await ask("read_orders,read_merchant_managed_fulfillment_orders,read_third_party_fulfillment_orders"));
    expect(withThirdParty.order.fulfillmentOrders.nodes).toEqual([{ assignedLocation: { name: "ShipBob Newark" } }]);
  });
});
