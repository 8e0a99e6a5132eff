import { describe, expect, it } from "vitest";
import { DEMO_NOW } from "./demo-store";
import { createOrder, gid, type OrderRecord, type ShopData } from "./store";
import { dataOf, demoEmulator } from "./testing";

const CREATE_DISCOUNT = `
  mutation Create($input: DiscountCodeBasicInput!) {
    discountCodeBasicCreate(basicCodeDiscount: $input) {
      codeDiscountNode {
        id
        codeDiscount {
          ... on DiscountCodeBasic {
            title status usageLimit appliesOncePerCustomer asyncUsageCount startsAt endsAt
            codes(first: 1) { nodes { code } }
            customerGets { value { ... on DiscountPercentage { percentage } ... on DiscountAmount { amount { amount } } } items { ... on AllDiscountItems { allItems } } }
            minimumRequirement { ... on DiscountMinimumSubtotal { greaterThanOrEqualToSubtotal { amount currencyCode } } }
            context { __typename ... on DiscountCustomers { customers { id } } ... on DiscountBuyerSelectionAll { all } }
          }
        }
      }
      userErrors { field message code extraInfo }
    }
  }`;

function discountInput(code: string, customerGid?: string) {
  return {
    title: `Goodwill for ${code}`,
    code,
    startsAt: DEMO_NOW.toISOString(),
    endsAt: new Date(DEMO_NOW.getTime() + 7 * 86_400_000).toISOString(),
    customerGets: { value: { percentage: 0.15 }, items: { all: true } },
    context: customerGid ? { customers: { add: [customerGid] } } : { all: "ALL" },
    minimumRequirement: { subtotal: { greaterThanOrEqualToSubtotal: "50.00" } },
    usageLimit: 1,
    appliesOncePerCustomer: true,
  };
}

describe("discount codes", () => {
  it("creates a customer-specific code and refuses a duplicate with TAKEN", async () => {
    const { gql, store, shop } = demoEmulator();
    const customer = [...store.getShop(shop).customers.values()][1]!;
    const customerGid = gid("Customer", customer.id);
    const created = dataOf(await gql(CREATE_DISCOUNT, { input: discountInput("EMMA15", customerGid) })).discountCodeBasicCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.codeDiscountNode.codeDiscount).toEqual({
      title: "Goodwill for EMMA15",
      status: "ACTIVE",
      usageLimit: 1,
      appliesOncePerCustomer: true,
      asyncUsageCount: 0,
      startsAt: "2026-11-16T15:00:00Z",
      endsAt: "2026-11-23T15:00:00Z",
      codes: { nodes: [{ code: "EMMA15" }] },
      customerGets: { value: { percentage: 0.15 }, items: { allItems: true } },
      minimumRequirement: { greaterThanOrEqualToSubtotal: { amount: "50.0", currencyCode: "USD" } },
      context: { __typename: "DiscountCustomers", customers: [{ id: customerGid }] },
    });

    for (const code of ["EMMA15", "emma15", "WELCOME10"]) {
      const duplicate = dataOf(await gql(CREATE_DISCOUNT, { input: discountInput(code) })).discountCodeBasicCreate;
      expect(duplicate).toEqual({
        codeDiscountNode: null,
        userErrors: [
          {
            field: ["basicCodeDiscount", "code"],
            message: "Code must be unique. Please try a different code.",
            code: "TAKEN",
            extraInfo: null,
          },
        ],
      });
    }
  });

  it("validates input and looks codes up by code", async () => {
    const { gql } = demoEmulator();
    const bad = dataOf(
      await gql(CREATE_DISCOUNT, {
        input: {
          ...discountInput("BAD1"),
          title: "",
          customerGets: { value: { percentage: 15 }, items: { all: true } },
          endsAt: "2020-01-01T00:00:00Z",
        },
      }),
    ).discountCodeBasicCreate;
    expect(bad.userErrors.map((e: { field: string[]; code: string }) => [e.field.join("."), e.code])).toEqual([
      ["basicCodeDiscount.title", "BLANK"],
      ["basicCodeDiscount.endsAt", "END_DATE_BEFORE_START_DATE"],
      ["basicCodeDiscount.customerGets.value.percentage", "VALUE_OUTSIDE_RANGE"],
    ]);

    const lookup = dataOf(
      await gql(
        `{ codeDiscountNodeByCode(code: "welcome10") { id codeDiscount { ... on DiscountCodeBasic { title status asyncUsageCount } } } }`,
      ),
    );
    expect(lookup.codeDiscountNodeByCode.codeDiscount).toMatchObject({ title: "Welcome 10% off", status: "ACTIVE" });
    expect(lookup.codeDiscountNodeByCode.codeDiscount.asyncUsageCount).toBeGreaterThan(0);
    const expired = dataOf(
      await gql(`{ codeDiscountNodeByCode(code: "SUMMER20") { codeDiscount { ... on DiscountCodeBasic { status } } } }`),
    );
    expect(expired.codeDiscountNodeByCode.codeDiscount.status).toBe("EXPIRED");
  });

  it("deactivates, reactivates and updates a code", async () => {
    const { gql, clock } = demoEmulator();
    const node = dataOf(await gql(CREATE_DISCOUNT, { input: discountInput("TEMP20") })).discountCodeBasicCreate.codeDiscountNode;
    clock.advance(60_000);
    const status = `... on DiscountCodeBasic { status endsAt title }`;
    const off = dataOf(
      await gql(
        `mutation($id: ID!) { discountCodeDeactivate(id: $id) { codeDiscountNode { codeDiscount { ${status} } } userErrors { message } } }`,
        { id: node.id },
      ),
    );
    expect(off.discountCodeDeactivate.codeDiscountNode.codeDiscount).toMatchObject({ status: "EXPIRED", endsAt: "2026-11-16T15:01:00Z" });
    clock.advance(60_000);
    const on = dataOf(
      await gql(
        `mutation($id: ID!) { discountCodeActivate(id: $id) { codeDiscountNode { codeDiscount { ${status} } } userErrors { message } } }`,
        { id: node.id },
      ),
    );
    expect(on.discountCodeActivate.codeDiscountNode.codeDiscount).toMatchObject({ status: "ACTIVE", endsAt: null });
    const updated = dataOf(
      await gql(
        `mutation($id: ID!, $input: DiscountCodeBasicInput!) { discountCodeBasicUpdate(id: $id, basicCodeDiscount: $input) { codeDiscountNode { codeDiscount { ${status} } } userErrors { code } } }`,
        {
          id: node.id,
          input: { title: "Renamed" },
        },
      ),
    );
    expect(updated.discountCodeBasicUpdate.codeDiscountNode.codeDiscount.title).toBe("Renamed");
  });
});

describe("discount codes at checkout", () => {
  it("applies a code only while it is active, to its customer, once per customer, above its minimum", async () => {
    const { gql, store, shop, clock } = demoEmulator();
    const data = store.getShop(shop);
    const [, emma, other] = [...data.customers.values()];
    const variant = [...data.variants.values()].find((v) => v.priceCents >= 6000 && !data.products.get(v.productId)!.isGiftCard)!;
    const cart = (customerId: number, quantity = 1) => ({
      customerId,
      lines: [{ variantId: variant.id, quantity }],
      createdAt: clock.now().toISOString(),
      discountCode: "EMMA15",
      checkoutAt: clock.now(),
    });
    const node = dataOf(await gql(CREATE_DISCOUNT, { input: { ...discountInput("EMMA15", gid("Customer", emma!.id)), usageLimit: 2 } }))
      .discountCodeBasicCreate.codeDiscountNode;

    expect(() => createOrder(store, data, cart(other!.id))).toThrow("Discount code EMMA15 is not available to this customer");
    const cheap = [...data.variants.values()].find((v) => v.priceCents < 5000 && !data.products.get(v.productId)!.isGiftCard)!;
    expect(() => createOrder(store, data, { ...cart(emma!.id), lines: [{ variantId: cheap.id, quantity: 1 }] })).toThrow(
      "Discount code EMMA15 needs a subtotal of at least 5000 cents",
    );

    clock.advance(60_000);
    await gql(`mutation($id: ID!) { discountCodeDeactivate(id: $id) { userErrors { message } } }`, { id: node.id });
    expect(() => createOrder(store, data, cart(emma!.id))).toThrow("Discount code EMMA15 is not active (EXPIRED)");
    await gql(`mutation($id: ID!) { discountCodeActivate(id: $id) { userErrors { message } } }`, { id: node.id });

    const order = createOrder(store, data, cart(emma!.id));
    expect(order.discountCodes).toEqual(["EMMA15"]);
    expect(() => createOrder(store, data, cart(emma!.id))).toThrow("Discount code EMMA15 was already used by this customer");
  });

  it("refuses a single-use code once it is used up", async () => {
    const { gql, store, shop, clock } = demoEmulator();
    const data = store.getShop(shop);
    const [, emma] = [...data.customers.values()];
    const variant = [...data.variants.values()].find((v) => v.priceCents >= 6000 && !data.products.get(v.productId)!.isGiftCard)!;
    await gql(CREATE_DISCOUNT, { input: { ...discountInput("ONCE10"), appliesOncePerCustomer: false } });
    const cart = {
      customerId: emma!.id,
      lines: [{ variantId: variant.id, quantity: 1 }],
      createdAt: clock.now().toISOString(),
      discountCode: "once10",
      checkoutAt: clock.now(),
    };
    createOrder(store, data, cart);
    expect(() => createOrder(store, data, cart)).toThrow("Discount code ONCE10 is not active (EXPIRED)");
    // Seed data written after the fact is not checked.
    expect(createOrder(store, data, { ...cart, checkoutAt: undefined }).discountCodes).toEqual(["ONCE10"]);
  });
});

function deliveredOrderWith(data: ShopData, predicate: (order: OrderRecord) => boolean): OrderRecord {
  const order = [...data.orders.values()].find(
    (o) => o.returns.length === 0 && o.refunds.length === 0 && o.fulfillments.some((f) => f.deliveredAt) && predicate(o),
  );
  if (!order) throw new Error("no matching order in the demo store");
  return order;
}

describe("returns and exchanges", () => {
  const RETURNABLE = `query($id: ID!) { returnableFulfillments(orderId: $id, first: 5) { nodes { id fulfillment { id } returnableFulfillmentLineItems(first: 10) { nodes { quantity fulfillmentLineItem { id lineItem { id sku variant { id } } } } } } } }`;
  const CREATE = `mutation($input: ReturnInput!) {
    returnCreate(returnInput: $input) {
      return { id name status totalQuantity
        returnLineItems(first: 5) { nodes { ... on ReturnLineItem { id quantity returnReasonDefinition { handle name } fulfillmentLineItem { lineItem { sku } } } } }
        exchangeLineItems(first: 5) { nodes { id quantity variantId variantSku processedQuantity } } }
      userErrors { field message code }
    } }`;

  const REASONS = `query Reasons($handles: [String!]) { returnReasonDefinitions(first: 20, handles: $handles) { nodes { id handle name deleted } } }`;

  it("serves Shopify's return reasons and refuses the deprecated returnReason Shopify will remove", async () => {
    const { gql, store, shop } = demoEmulator();
    const all = dataOf(await gql(REASONS, {})).returnReasonDefinitions.nodes as { id: string; handle: string; deleted: boolean }[];
    expect(all.map((reason) => reason.handle)).toEqual(expect.arrayContaining(["too-small", "too-large", "defective", "other"]));
    expect(all.find((reason) => reason.handle === "too-small")!.id).toMatch(/^gid:\/\/shopify\/ReturnReasonDefinition\/\d+$/);
    const order = deliveredOrderWith(store.getShop(shop), () => true);
    const fli = order.fulfillments[0]!.lineItems[0]!;
    const line = { fulfillmentLineItemId: gid("FulfillmentLineItem", fli.id), quantity: 1 };
    const deprecated = await gql(CREATE, {
      input: { orderId: gid("Order", order.id), returnLineItems: [{ ...line, returnReason: "STYLE" }] },
    });
    expect(deprecated.body.errors).toMatchObject([
      { message: expect.stringContaining("returnReason is deprecated on ReturnLineItemInput"), extensions: { code: "DEPRECATED_INPUT" } },
    ]);
    const unknown = dataOf(
      await gql(CREATE, {
        input: {
          orderId: gid("Order", order.id),
          returnLineItems: [{ ...line, returnReasonDefinitionId: "gid://shopify/ReturnReasonDefinition/1" }],
        },
      }),
    ).returnCreate;
    expect(unknown.userErrors).toEqual([
      {
        field: ["returnInput", "returnLineItems", "0", "returnReasonDefinitionId"],
        message: "Return reason definition does not exist.",
        code: "NOT_FOUND",
      },
    ]);
  });

  it("round-trips a return with an exchange for another size", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const chino = [...data.products.values()].find((p) => p.title === "Classic Chino")!;
    const order = deliveredOrderWith(data, (o) => o.lineItems.some((l) => l.productId === chino.id) && o.totalDiscountsCents === 0);
    const orderGid = gid("Order", order.id);
    const line = order.lineItems.find((l) => l.productId === chino.id)!;
    const current = data.variants.get(line.variantId!)!;
    const swap = chino.variantIds.map((id) => data.variants.get(id)!).find((v) => v.id !== current.id && v.inventoryQuantity > 0)!;

    const returnable = dataOf(await gql(RETURNABLE, { id: orderGid })).returnableFulfillments.nodes;
    const item = returnable
      .flatMap((r: { returnableFulfillmentLineItems: { nodes: unknown[] } }) => r.returnableFulfillmentLineItems.nodes)
      .find((n: { fulfillmentLineItem: { lineItem: { id: string } } }) => n.fulfillmentLineItem.lineItem.id === gid("LineItem", line.id));
    expect(item.quantity).toBe(line.quantity);
    const tooSmall = dataOf(await gql(REASONS, { handles: ["too-small"] })).returnReasonDefinitions.nodes[0].id;

    const created = dataOf(
      await gql(CREATE, {
        input: {
          orderId: orderGid,
          returnLineItems: [{ fulfillmentLineItemId: item.fulfillmentLineItem.id, quantity: 1, returnReasonDefinitionId: tooSmall }],
          exchangeLineItems: [{ variantId: gid("ProductVariant", swap.id), quantity: 1 }],
        },
      }),
    ).returnCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.return).toMatchObject({
      name: `${order.name}-R1`,
      status: "OPEN",
      totalQuantity: 2,
      returnLineItems: {
        nodes: [
          {
            quantity: 1,
            returnReasonDefinition: { handle: "too-small", name: "Too small" },
            fulfillmentLineItem: { lineItem: { sku: current.sku } },
          },
        ],
      },
      exchangeLineItems: {
        nodes: [{ quantity: 1, variantId: gid("ProductVariant", swap.id), variantSku: swap.sku, processedQuantity: 0 }],
      },
    });

    // The same units cannot be returned twice.
    const again = dataOf(
      await gql(CREATE, {
        input: { orderId: orderGid, returnLineItems: [{ fulfillmentLineItemId: item.fulfillmentLineItem.id, quantity: line.quantity }] },
      }),
    ).returnCreate;
    expect(again).toEqual({
      return: null,
      userErrors: [
        { field: ["returnInput", "returnLineItems", "0", "quantity"], message: "Quantity is not available for return.", code: "INVALID" },
      ],
    });

    const stockBefore = swap.inventoryQuantity;
    const processed = dataOf(
      await gql(
        `mutation($input: ReturnProcessInput!) { returnProcess(input: $input) { return { status exchangeLineItems(first: 5) { nodes { processedQuantity lineItems { sku quantity } } } refunds(first: 5) { nodes { totalRefundedSet { shopMoney { amount } } } } } userErrors { field message } } }`,
        {
          input: {
            returnId: created.return.id,
            returnLineItems: [{ id: created.return.returnLineItems.nodes[0].id, quantity: 1 }],
            exchangeLineItems: [{ id: created.return.exchangeLineItems.nodes[0].id, quantity: 1 }],
            financialTransfer: { issueRefund: { orderTransactions: [] } },
          },
        },
      ),
    ).returnProcess;
    expect(processed.userErrors).toEqual([]);
    expect(processed.return.status).toBe("CLOSED");
    expect(processed.return.exchangeLineItems.nodes[0]).toEqual({ processedQuantity: 1, lineItems: [{ sku: swap.sku, quantity: 1 }] });
    // Same price: nothing to refund, nothing to pay.
    expect(processed.return.refunds.nodes).toEqual([{ totalRefundedSet: { shopMoney: { amount: "0.0" } } }]);
    expect(swap.inventoryQuantity).toBe(stockBefore - 1);

    const after = dataOf(
      await gql(
        `query($id: ID!) { order(id: $id) { returnStatus displayFinancialStatus lineItems(first: 10) { nodes { sku refundableQuantity } } fulfillmentOrders(first: 5) { nodes { status } } } }`,
        { id: orderGid },
      ),
    );
    expect(after.order.returnStatus).toBe("RETURNED");
    expect(after.order.displayFinancialStatus).toBe("PAID");
    expect(after.order.lineItems.nodes).toContainEqual({ sku: swap.sku, refundableQuantity: 1 });
    expect(after.order.fulfillmentOrders.nodes.at(-1)).toEqual({ status: "OPEN" });
  });

  it("refuses unfulfilled, gift card and unknown items with userErrors", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const giftOrder = deliveredOrderWith(data, (o) => o.lineItems.some((l) => l.isGiftCard));
    const unknown = dataOf(
      await gql(CREATE, {
        input: {
          orderId: gid("Order", giftOrder.id),
          returnLineItems: [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 1 }],
        },
      }),
    ).returnCreate;
    expect(unknown.userErrors).toEqual([
      {
        field: ["returnInput", "returnLineItems", "0", "fulfillmentLineItemId"],
        message: "Fulfillment line item does not exist.",
        code: "NOT_FOUND",
      },
    ]);

    const fresh = [...data.orders.values()].find(
      (o) => o.fulfillments.length === 0 && !o.cancelledAt && o.lineItems.some((l) => l.requiresShipping),
    )!;
    const returnable = dataOf(await gql(RETURNABLE, { id: gid("Order", fresh.id) }));
    expect(returnable.returnableFulfillments.nodes).toEqual([]);

    const missingOrder = dataOf(await gql(CREATE, { input: { orderId: "gid://shopify/Order/42", returnLineItems: [] } })).returnCreate;
    expect(missingOrder.userErrors).toEqual([{ field: ["returnInput", "orderId"], message: "Order does not exist.", code: "NOT_FOUND" }]);
  });
});

describe("customers, tags and metafields", () => {
  it("adds and removes tags and reports unknown resources", async () => {
    const { gql, store, shop } = demoEmulator();
    const customer = [...store.getShop(shop).customers.values()][6]!;
    const id = gid("Customer", customer.id);
    const added = dataOf(
      await gql(
        `mutation($id: ID!) { tagsAdd(id: $id, tags: ["Concierge VIP", "gold, silver"]) { node { ... on Customer { tags } } userErrors { field message } } }`,
        { id },
      ),
    );
    expect(added.tagsAdd.node.tags).toEqual(["Concierge VIP", "gold", "newsletter", "silver"]);
    const removed = dataOf(
      await gql(`mutation($id: ID!) { tagsRemove(id: $id, tags: ["GOLD"]) { node { ... on Customer { tags } } userErrors { message } } }`, {
        id,
      }),
    );
    expect(removed.tagsRemove.node.tags).toEqual(["Concierge VIP", "newsletter", "silver"]);
    const missing = dataOf(
      await gql(`mutation { tagsAdd(id: "gid://shopify/Customer/1", tags: ["x"]) { node { id } userErrors { field message } } }`),
    );
    expect(missing.tagsAdd).toEqual({ node: null, userErrors: [{ field: ["id"], message: "Resource not found" }] });
  });

  it("sets app-owned metafields through the reserved $app namespace", async () => {
    const { gql, store, shop, emulator } = demoEmulator();
    const customer = [...store.getShop(shop).customers.values()][2]!;
    const ownerId = gid("Customer", customer.id);
    const set = dataOf(
      await gql(
        `mutation($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) { metafields { namespace key type value jsonValue } userErrors { field message code elementIndex } } }`,
        {
          m: [
            { ownerId, namespace: "$app:concierge", key: "vip_tier", type: "single_line_text_field", value: "gold" },
            { ownerId, namespace: "$app:concierge", key: "lifetime", type: "json", value: '{"orders":3}' },
          ],
        },
      ),
    ).metafieldsSet;
    expect(set.userErrors).toEqual([]);
    expect(set.metafields).toEqual([
      {
        namespace: `app--${emulator.app.appId}--concierge`,
        key: "vip_tier",
        type: "single_line_text_field",
        value: "gold",
        jsonValue: "gold",
      },
      {
        namespace: `app--${emulator.app.appId}--concierge`,
        key: "lifetime",
        type: "json",
        value: '{"orders":3}',
        jsonValue: { orders: 3 },
      },
    ]);
    const read = dataOf(
      await gql(
        `query($id: ID!) { customer(id: $id) { metafield(namespace: "$app:concierge", key: "vip_tier") { value } metafields(first: 10, namespace: "$app:concierge") { nodes { key } } } }`,
        { id: ownerId },
      ),
    );
    expect(read.customer.metafield).toEqual({ value: "gold" });
    expect(read.customer.metafields.nodes.map((n: { key: string }) => n.key)).toEqual(["vip_tier", "lifetime"]);

    const invalid = dataOf(
      await gql(
        `mutation($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) { metafields { key } userErrors { field message code elementIndex } } }`,
        {
          m: [
            { ownerId, namespace: "$app:concierge", key: "vip_tier", type: "single_line_text_field", value: "platinum" },
            { ownerId, namespace: "$app:concierge", key: "count", type: "number_integer", value: "three" },
          ],
        },
      ),
    ).metafieldsSet;
    expect(invalid).toEqual({
      metafields: [],
      userErrors: [{ field: ["metafields", "1", "value"], message: "Value must be an integer.", code: "INVALID_VALUE", elementIndex: 1 }],
    });
    // Atomic: the valid entry was not written either.
    const unchanged = dataOf(
      await gql(`query($id: ID!) { customer(id: $id) { metafield(namespace: "$app:concierge", key: "vip_tier") { value } } }`, {
        id: ownerId,
      }),
    );
    expect(unchanged.customer.metafield.value).toBe("gold");

    const deleted = dataOf(
      await gql(
        `mutation($m: [MetafieldIdentifierInput!]!) { metafieldsDelete(metafields: $m) { deletedMetafields { key namespace } userErrors { message } } }`,
        {
          m: [
            { ownerId, namespace: "$app:concierge", key: "vip_tier" },
            { ownerId, namespace: "$app:concierge", key: "nope" },
          ],
        },
      ),
    ).metafieldsDelete;
    expect(deleted.deletedMetafields).toEqual([{ key: "vip_tier", namespace: `app--${emulator.app.appId}--concierge` }, null]);
  });

  it("records email marketing consent as Shopify does: a customer with an email, and only the states an app may set", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const customer = [...data.customers.values()].find((candidate) => candidate.email)!;
    customer.emailMarketingState = "SUBSCRIBED";
    const update = `mutation($input: CustomerEmailMarketingConsentUpdateInput!) { customerEmailMarketingConsentUpdate(input: $input) { customer { defaultEmailAddress { marketingState marketingUpdatedAt } } userErrors { field message code } } }`;
    const consent = (marketingState: string, consentUpdatedAt?: string) => ({
      marketingState,
      ...(consentUpdatedAt ? { consentUpdatedAt } : {}),
    });
    const refused = dataOf(
      await gql(update, { input: { customerId: gid("Customer", customer.id), emailMarketingConsent: consent("NOT_SUBSCRIBED") } }),
    ).customerEmailMarketingConsentUpdate;
    expect(refused.userErrors).toEqual([
      {
        field: ["input", "emailMarketingConsent", "marketingState"],
        message: "Marketing state is not included in the list",
        code: "INCLUSION",
      },
    ]);
    const missing = dataOf(
      await gql(update, { input: { customerId: gid("Customer", 999999999), emailMarketingConsent: consent("UNSUBSCRIBED") } }),
    ).customerEmailMarketingConsentUpdate;
    expect(missing.userErrors).toEqual([{ field: ["input", "customerId"], message: "Customer not found", code: "INVALID" }]);
    expect(customer.emailMarketingState).toBe("SUBSCRIBED");
    const done = dataOf(
      await gql(update, {
        input: { customerId: gid("Customer", customer.id), emailMarketingConsent: consent("UNSUBSCRIBED", "2026-11-16T14:00:00Z") },
      }),
    ).customerEmailMarketingConsentUpdate;
    expect(done).toEqual({
      customer: { defaultEmailAddress: { marketingState: "UNSUBSCRIBED", marketingUpdatedAt: "2026-11-16T14:00:00Z" } },
      userErrors: [],
    });
  });

  it("updates a customer and validates email and phone", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const [a, b] = [...data.customers.values()];
    const update = `mutation($input: CustomerInput!) { customerUpdate(input: $input) { customer { email phone note tags updatedAt } userErrors { field message } } }`;
    const taken = dataOf(await gql(update, { input: { id: gid("Customer", b!.id), email: a!.email } })).customerUpdate;
    expect(taken).toEqual({ customer: null, userErrors: [{ field: ["email"], message: "Email has already been taken" }] });
    const invalid = dataOf(await gql(update, { input: { id: gid("Customer", b!.id), phone: "12" } })).customerUpdate;
    expect(invalid.userErrors).toEqual([{ field: ["phone"], message: "Phone is invalid" }]);
    const ok = dataOf(
      await gql(update, {
        input: { id: gid("Customer", b!.id), email: "emma.new@example.com", note: "Prefers SMS", tags: ["VIP", "vip", "newsletter"] },
      }),
    ).customerUpdate;
    expect(ok).toEqual({
      customer: {
        email: "emma.new@example.com",
        phone: b!.phone,
        note: "Prefers SMS",
        tags: ["newsletter", "VIP"],
        updatedAt: "2026-11-16T15:00:00Z",
      },
      userErrors: [],
    });
    const byEmail = dataOf(await gql(`{ customerByIdentifier(identifier: { emailAddress: "EMMA.NEW@example.com" }) { id } }`));
    expect(byEmail.customerByIdentifier.id).toBe(gid("Customer", b!.id));
  });
});

describe("draft orders and redirects", () => {
  it("creates a draft order for an exchange upsell", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const customer = [...data.customers.values()][0]!;
    const variant = [...data.variants.values()].find((v) => v.sku === "BLT-M")!;
    const created = dataOf(
      await gql(
        `mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder { name status customer { id } totalPriceSet { shopMoney { amount } } lineItems(first: 5) { nodes { sku quantity originalUnitPriceSet { shopMoney { amount } } } } customAttributes { key value } } userErrors { field message } } }`,
        {
          input: {
            purchasingEntity: { customerId: gid("Customer", customer.id) },
            lineItems: [{ variantId: gid("ProductVariant", variant.id), quantity: 2 }],
            appliedDiscount: { value: 10, valueType: "PERCENTAGE", title: "Exchange bonus" },
            customAttributes: [{ key: "_concierge_chat", value: "chat_1" }],
          },
        },
      ),
    ).draftOrderCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.draftOrder).toEqual({
      name: "#D1",
      status: "OPEN",
      customer: { id: gid("Customer", customer.id) },
      totalPriceSet: { shopMoney: { amount: "81.0" } },
      lineItems: { nodes: [{ sku: "BLT-M", quantity: 2, originalUnitPriceSet: { shopMoney: { amount: "45.0" } } }] },
      customAttributes: [{ key: "_concierge_chat", value: "chat_1" }],
    });
  });

  it("completes a draft order into a paid order with the draft's lines, discounts and custom attributes", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const customer = [...data.customers.values()][0]!;
    const variant = [...data.variants.values()].find((v) => v.sku === "BLT-M")!;
    const { draftOrder } = dataOf(
      await gql(`mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder { id } userErrors { message } } }`, {
        input: {
          purchasingEntity: { customerId: gid("Customer", customer.id) },
          lineItems: [
            {
              variantId: gid("ProductVariant", variant.id),
              quantity: 2,
              appliedDiscount: { valueType: "FIXED_AMOUNT", value: 5, title: "Goodwill" },
            },
          ],
          customAttributes: [{ key: "_concierge_exchange", value: "outcome-7" }],
        },
      }),
    ).draftOrderCreate;
    const COMPLETE = `mutation($id: ID!) { draftOrderComplete(id: $id) { draftOrder { status order { displayFinancialStatus sourceName totalPriceSet { shopMoney { amount } } customAttributes { key value } } } userErrors { message } } }`;
    const completed = dataOf(await gql(COMPLETE, { id: draftOrder.id })).draftOrderComplete;
    expect(completed).toEqual({
      draftOrder: {
        status: "COMPLETED",
        order: {
          displayFinancialStatus: "PAID",
          sourceName: "shopify_draft_order",
          totalPriceSet: { shopMoney: { amount: "80.0" } },
          customAttributes: [{ key: "_concierge_exchange", value: "outcome-7" }],
        },
      },
      userErrors: [],
    });
    expect(dataOf(await gql(COMPLETE, { id: draftOrder.id })).draftOrderComplete.userErrors).toEqual([
      { message: "This order has been paid" },
    ]);
  });

  it("creates URL redirects and refuses a duplicate path", async () => {
    const { gql } = demoEmulator();
    const create = `mutation($r: UrlRedirectInput!) { urlRedirectCreate(urlRedirect: $r) { urlRedirect { path target } userErrors { field message code } } }`;
    const ok = dataOf(await gql(create, { r: { path: "/track", target: "/apps/concierge/track" } })).urlRedirectCreate;
    expect(ok).toEqual({ urlRedirect: { path: "/track", target: "/apps/concierge/track" }, userErrors: [] });
    const dup = dataOf(await gql(create, { r: { path: "/track", target: "/elsewhere" } })).urlRedirectCreate;
    expect(dup.userErrors).toEqual([{ field: ["urlRedirect", "path"], message: "Path has already been taken", code: "CREATE_FAILED" }]);
  });
});

describe("exchanges released before the returned items arrive", () => {
  const CREATE = `mutation($input: ReturnInput!) {
    returnCreate(returnInput: $input) {
      return { id status returnLineItems(first: 5) { nodes { id } } exchangeLineItems(first: 5) { nodes { id variantId } } }
      userErrors { field message code }
    } }`;
  const PROCESS = `mutation($input: ReturnProcessInput!) {
    returnProcess(input: $input) {
      return { status exchangeLineItems(first: 5) { nodes { processedQuantity lineItems { sku discountedTotalSet(withCodeDiscounts: true) { shopMoney { amount } } } } }
        refunds(first: 5) { nodes { totalRefundedSet { shopMoney { amount } } } } }
      userErrors { field message code }
    } }`;

  function chinoOrder() {
    const emulator = demoEmulator();
    const data = emulator.store.getShop(emulator.shop);
    const chino = [...data.products.values()].find((p) => p.title === "Classic Chino")!;
    const order = deliveredOrderWith(
      data,
      (o) =>
        o.lineItems.length === 1 && o.lineItems[0]!.productId === chino.id && o.lineItems[0]!.quantity === 1 && o.totalDiscountsCents === 0,
    );
    const line = order.lineItems[0]!;
    const fli = order.fulfillments.flatMap((f) => f.lineItems).find((l) => l.lineItemId === line.id)!;
    const swap = chino.variantIds.map((id) => data.variants.get(id)!).find((v) => v.id !== line.variantId && v.inventoryQuantity > 0)!;
    const belt = [...data.variants.values()].find((v) => v.sku === "BLT-M")!;
    return { ...emulator, data, order, line, fli, swap, belt };
  }

  it("credits the returned item's value to the swap, gives a 100%-off gift, and refunds nothing later", async () => {
    const { gql, order, line, fli, swap, belt } = chinoOrder();
    const totalBefore = order.lineItems.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0) - order.totalDiscountsCents;
    const created = dataOf(
      await gql(CREATE, {
        input: {
          orderId: gid("Order", order.id),
          returnLineItems: [{ fulfillmentLineItemId: gid("FulfillmentLineItem", fli.id), quantity: 1 }],
          exchangeLineItems: [
            { variantId: gid("ProductVariant", swap.id), quantity: 1 },
            {
              variantId: gid("ProductVariant", belt.id),
              quantity: 1,
              appliedDiscount: { description: "Free gift", value: { percentage: 100 } },
            },
          ],
        },
      }),
    ).returnCreate;
    expect(created.userErrors).toEqual([]);
    const [swapLine, giftLine] = created.return.exchangeLineItems.nodes;

    // Only the exchange items: the trousers are still with the shopper.
    const released = dataOf(
      await gql(PROCESS, {
        input: {
          returnId: created.return.id,
          exchangeLineItems: [
            { id: swapLine.id, quantity: 1 },
            { id: giftLine.id, quantity: 1 },
          ],
        },
      }),
    ).returnProcess;
    expect(released.userErrors).toEqual([]);
    expect(released.return.status).toBe("OPEN");
    expect(released.return.exchangeLineItems.nodes).toEqual([
      { processedQuantity: 1, lineItems: [{ sku: swap.sku, discountedTotalSet: { shopMoney: { amount: "0.0" } } }] },
      { processedQuantity: 1, lineItems: [{ sku: "BLT-M", discountedTotalSet: { shopMoney: { amount: "0.0" } } }] },
    ]);
    const after = dataOf(
      await gql(`query($id: ID!) { order(id: $id) { displayFinancialStatus currentTotalPriceSet { shopMoney { amount } } } }`, {
        id: gid("Order", order.id),
      }),
    );
    // Nothing owed: the returned chino pays for its swap, the belt is free.
    expect(after.order.displayFinancialStatus).toBe("PAID");
    expect(order.lineItems.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0) - order.totalDiscountsCents).toBe(totalBefore);

    // The trousers arrive: nothing to refund, the return closes.
    const received = dataOf(
      await gql(PROCESS, {
        input: {
          returnId: created.return.id,
          returnLineItems: [{ id: created.return.returnLineItems.nodes[0].id, quantity: 1 }],
          financialTransfer: { issueRefund: { orderTransactions: [] } },
        },
      }),
    ).returnProcess;
    expect(received.userErrors).toEqual([]);
    expect(received.return.status).toBe("CLOSED");
    expect(received.return.refunds.nodes).toEqual([{ totalRefundedSet: { shopMoney: { amount: "0.0" } } }]);
    expect(line.quantity).toBe(1);
  });

  it("refuses a discount above the price or in another currency", async () => {
    const { gql, order, fli, belt } = chinoOrder();
    const input = (value: unknown) => ({
      orderId: gid("Order", order.id),
      returnLineItems: [{ fulfillmentLineItemId: gid("FulfillmentLineItem", fli.id), quantity: 1 }],
      exchangeLineItems: [{ variantId: gid("ProductVariant", belt.id), quantity: 1, appliedDiscount: { value } }],
    });
    const tooMuch = dataOf(
      await gql(CREATE, { input: input({ amount: { amount: "45.01", currencyCode: order.currencyCode } }) }),
    ).returnCreate;
    expect(tooMuch.userErrors).toEqual([
      {
        field: ["returnInput", "exchangeLineItems", "0", "appliedDiscount", "value", "amount"],
        message: "Amount must be greater than 0 and at most the item's price.",
        code: "INVALID",
      },
    ]);
    const percent = dataOf(await gql(CREATE, { input: input({ percentage: 120 }) })).returnCreate;
    expect(percent.userErrors[0].code).toBe("INVALID");
    expect(order.returns).toEqual([]);
  });

  it("charges the difference of a pricier exchange as a balance the buyer owes", async () => {
    const { gql, data, order, fli } = chinoOrder();
    const relaxed = [...data.variants.values()].find((v) => v.sku?.startsWith("RCH-") && v.inventoryQuantity > 0)!;
    const created = dataOf(
      await gql(CREATE, {
        input: {
          orderId: gid("Order", order.id),
          returnLineItems: [{ fulfillmentLineItemId: gid("FulfillmentLineItem", fli.id), quantity: 1 }],
          exchangeLineItems: [{ variantId: gid("ProductVariant", relaxed.id), quantity: 1 }],
        },
      }),
    ).returnCreate;
    const released = dataOf(
      await gql(PROCESS, {
        input: { returnId: created.return.id, exchangeLineItems: [{ id: created.return.exchangeLineItems.nodes[0].id, quantity: 1 }] },
      }),
    ).returnProcess;
    // $98 for the new cut, $89 credited: $9 to pay.
    expect(released.return.exchangeLineItems.nodes[0].lineItems[0].discountedTotalSet.shopMoney.amount).toBe("9.0");
    expect(order.financialStatus).toBe("PARTIALLY_PAID");
  });
});

describe("access scopes", () => {
  it("denies returns and draft orders to an app without their scopes, as Shopify does", async () => {
    const { gql } = demoEmulator({ emulator: { scopes: "read_orders,write_orders,read_products" } });
    const response = await gql(
      `mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder { id } userErrors { message } } }`,
      {
        input: { lineItems: [{ title: "Anything", quantity: 1, originalUnitPriceWithCurrency: { amount: "1.00", currencyCode: "USD" } }] },
      },
    );
    expect(response.body.data).toEqual({ draftOrderCreate: null });
    expect(response.body.errors).toMatchObject([
      {
        message: "Access denied for draftOrderCreate field. Required access: `write_draft_orders` access scope.",
        path: ["draftOrderCreate"],
        extensions: { code: "ACCESS_DENIED", requiredAccess: "`write_draft_orders` access scope." },
      },
    ]);
    const returnable = await gql(`query { returnableFulfillments(orderId: "gid://shopify/Order/1", first: 1) { nodes { id } } }`);
    expect(returnable.body.errors).toMatchObject([{ extensions: { code: "ACCESS_DENIED" } }]);
  });

  it("lets a write scope read", async () => {
    const { gql, store, shop } = demoEmulator({ emulator: { scopes: "read_orders,write_draft_orders" } });
    const data = store.getShop(shop);
    const belt = [...data.variants.values()].find((v) => v.sku === "BLT-M")!;
    const created = dataOf(
      await gql(`mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder { id } userErrors { message } } }`, {
        input: { lineItems: [{ variantId: gid("ProductVariant", belt.id), quantity: 1 }] },
      }),
    ).draftOrderCreate;
    expect(dataOf(await gql(`query($id: ID!) { draftOrder(id: $id) { id } }`, { id: created.draftOrder.id })).draftOrder).toEqual({
      id: created.draftOrder.id,
    });
  });
});

describe("draft order line discounts", () => {
  it("takes each line's appliedDiscount off the line and the total", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const relaxed = [...data.variants.values()].find((v) => v.sku?.startsWith("RCH-") && v.inventoryQuantity > 0)!;
    const belt = [...data.variants.values()].find((v) => v.sku === "BLT-M")!;
    const created = dataOf(
      await gql(
        `mutation($input: DraftOrderInput!) { draftOrderCreate(input: $input) { draftOrder {
          totalPriceSet { shopMoney { amount } } totalDiscountsSet { shopMoney { amount } }
          lineItems(first: 5) { nodes { sku discountedTotalSet { shopMoney { amount } } appliedDiscount { title valueType value amountSet { shopMoney { amount } } } } } }
          userErrors { field message } } }`,
        {
          input: {
            lineItems: [
              {
                variantId: gid("ProductVariant", relaxed.id),
                quantity: 1,
                appliedDiscount: {
                  title: "Credit for the returned chino",
                  valueType: "FIXED_AMOUNT",
                  value: 89,
                  amountWithCurrency: { amount: "89.00", currencyCode: "USD" },
                },
              },
              {
                variantId: gid("ProductVariant", belt.id),
                quantity: 1,
                appliedDiscount: { title: "Free gift", valueType: "PERCENTAGE", value: 100 },
              },
            ],
          },
        },
      ),
    ).draftOrderCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.draftOrder).toEqual({
      totalPriceSet: { shopMoney: { amount: "9.0" } },
      totalDiscountsSet: { shopMoney: { amount: "134.0" } },
      lineItems: {
        nodes: [
          {
            sku: relaxed.sku,
            discountedTotalSet: { shopMoney: { amount: "9.0" } },
            appliedDiscount: {
              title: "Credit for the returned chino",
              valueType: "FIXED_AMOUNT",
              value: 89,
              amountSet: { shopMoney: { amount: "89.0" } },
            },
          },
          {
            sku: "BLT-M",
            discountedTotalSet: { shopMoney: { amount: "0.0" } },
            appliedDiscount: { title: "Free gift", valueType: "PERCENTAGE", value: 100, amountSet: { shopMoney: { amount: "45.0" } } },
          },
        ],
      },
    });
  });
});
