import { describe, expect, it } from "vitest";
import { DEMO_NOW } from "./demo-store";
import { gid, type OrderRecord, type ShopData } from "./store";
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
        userErrors: [{ field: ["basicCodeDiscount", "code"], message: "Code must be unique. Please try a different code.", code: "TAKEN", extraInfo: null }],
      });
    }
  });

  it("validates input and looks codes up by code", async () => {
    const { gql } = demoEmulator();
    const bad = dataOf(
      await gql(CREATE_DISCOUNT, {
        input: { ...discountInput("BAD1"), title: "", customerGets: { value: { percentage: 15 }, items: { all: true } }, endsAt: "2020-01-01T00:00:00Z" },
      }),
    ).discountCodeBasicCreate;
    expect(bad.userErrors.map((e: { field: string[]; code: string }) => [e.field.join("."), e.code])).toEqual([
      ["basicCodeDiscount.title", "BLANK"],
      ["basicCodeDiscount.endsAt", "END_DATE_BEFORE_START_DATE"],
      ["basicCodeDiscount.customerGets.value.percentage", "VALUE_OUTSIDE_RANGE"],
    ]);

    const lookup = dataOf(await gql(`{ codeDiscountNodeByCode(code: "welcome10") { id codeDiscount { ... on DiscountCodeBasic { title status asyncUsageCount } } } }`));
    expect(lookup.codeDiscountNodeByCode.codeDiscount).toMatchObject({ title: "Welcome 10% off", status: "ACTIVE" });
    expect(lookup.codeDiscountNodeByCode.codeDiscount.asyncUsageCount).toBeGreaterThan(0);
    const expired = dataOf(await gql(`{ codeDiscountNodeByCode(code: "SUMMER20") { codeDiscount { ... on DiscountCodeBasic { status } } } }`));
    expect(expired.codeDiscountNodeByCode.codeDiscount.status).toBe("EXPIRED");
  });

  it("deactivates, reactivates and updates a code", async () => {
    const { gql, clock } = demoEmulator();
    const node = dataOf(await gql(CREATE_DISCOUNT, { input: discountInput("TEMP20") })).discountCodeBasicCreate.codeDiscountNode;
    clock.advance(60_000);
    const status = `... on DiscountCodeBasic { status endsAt title }`;
    const off = dataOf(await gql(`mutation($id: ID!) { discountCodeDeactivate(id: $id) { codeDiscountNode { codeDiscount { ${status} } } userErrors { message } } }`, { id: node.id }));
    expect(off.discountCodeDeactivate.codeDiscountNode.codeDiscount).toMatchObject({ status: "EXPIRED", endsAt: "2026-11-16T15:01:00Z" });
    clock.advance(60_000);
    const on = dataOf(await gql(`mutation($id: ID!) { discountCodeActivate(id: $id) { codeDiscountNode { codeDiscount { ${status} } } userErrors { message } } }`, { id: node.id }));
    expect(on.discountCodeActivate.codeDiscountNode.codeDiscount).toMatchObject({ status: "ACTIVE", endsAt: null });
    const updated = dataOf(
      await gql(`mutation($id: ID!, $input: DiscountCodeBasicInput!) { discountCodeBasicUpdate(id: $id, basicCodeDiscount: $input) { codeDiscountNode { codeDiscount { ${status} } } userErrors { code } } }`, {
        id: node.id,
        input: { title: "Renamed" },
      }),
    );
    expect(updated.discountCodeBasicUpdate.codeDiscountNode.codeDiscount.title).toBe("Renamed");
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
        returnLineItems(first: 5) { nodes { ... on ReturnLineItem { id quantity returnReason fulfillmentLineItem { lineItem { sku } } } } }
        exchangeLineItems(first: 5) { nodes { id quantity variantId variantSku processedQuantity } } }
      userErrors { field message code }
    } }`;

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

    const created = dataOf(
      await gql(CREATE, {
        input: {
          orderId: orderGid,
          returnLineItems: [{ fulfillmentLineItemId: item.fulfillmentLineItem.id, quantity: 1, returnReason: "SIZE_TOO_SMALL" }],
          exchangeLineItems: [{ variantId: gid("ProductVariant", swap.id), quantity: 1 }],
        },
      }),
    ).returnCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.return).toMatchObject({
      name: `${order.name}-R1`,
      status: "OPEN",
      totalQuantity: 2,
      returnLineItems: { nodes: [{ quantity: 1, returnReason: "SIZE_TOO_SMALL", fulfillmentLineItem: { lineItem: { sku: current.sku } } }] },
      exchangeLineItems: { nodes: [{ quantity: 1, variantId: gid("ProductVariant", swap.id), variantSku: swap.sku, processedQuantity: 0 }] },
    });

    // The same units cannot be returned twice.
    const again = dataOf(
      await gql(CREATE, { input: { orderId: orderGid, returnLineItems: [{ fulfillmentLineItemId: item.fulfillmentLineItem.id, quantity: line.quantity }] } }),
    ).returnCreate;
    expect(again).toEqual({
      return: null,
      userErrors: [{ field: ["returnInput", "returnLineItems", "0", "quantity"], message: "Quantity is not available for return.", code: "INVALID" }],
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

    const after = dataOf(await gql(`query($id: ID!) { order(id: $id) { returnStatus displayFinancialStatus lineItems(first: 10) { nodes { sku refundableQuantity } } fulfillmentOrders(first: 5) { nodes { status } } } }`, { id: orderGid }));
    expect(after.order.returnStatus).toBe("RETURNED");
    expect(after.order.displayFinancialStatus).toBe("PAID");
    expect(after.order.lineItems.nodes).toContainEqual({ sku: swap.sku, refundableQuantity: 1 });
    expect(after.order.fulfillmentOrders.nodes.at(-1)).toEqual({ status: "OPEN" });
  });

  it("refuses unfulfilled, gift card and unknown items with userErrors", async () => {
    const { gql, store, shop } = demoEmulator();
    const data = store.getShop(shop);
    const giftOrder = deliveredOrderWith(data, (o) => o.lineItems.some((l) => l.isGiftCard));
    const unknown = dataOf(await gql(CREATE, { input: { orderId: gid("Order", giftOrder.id), returnLineItems: [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 1 }] } })).returnCreate;
    expect(unknown.userErrors).toEqual([{ field: ["returnInput", "returnLineItems", "0", "fulfillmentLineItemId"], message: "Fulfillment line item does not exist.", code: "NOT_FOUND" }]);

    const fresh = [...data.orders.values()].find((o) => o.fulfillments.length === 0 && !o.cancelledAt && o.lineItems.some((l) => l.requiresShipping))!;
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
    const added = dataOf(await gql(`mutation($id: ID!) { tagsAdd(id: $id, tags: ["Concierge VIP", "gold, silver"]) { node { ... on Customer { tags } } userErrors { field message } } }`, { id }));
    expect(added.tagsAdd.node.tags).toEqual(["Concierge VIP", "gold", "newsletter", "silver"]);
    const removed = dataOf(await gql(`mutation($id: ID!) { tagsRemove(id: $id, tags: ["GOLD"]) { node { ... on Customer { tags } } userErrors { message } } }`, { id }));
    expect(removed.tagsRemove.node.tags).toEqual(["Concierge VIP", "newsletter", "silver"]);
    const missing = dataOf(await gql(`mutation { tagsAdd(id: "gid://shopify/Customer/1", tags: ["x"]) { node { id } userErrors { field message } } }`));
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
      { namespace: `app--${emulator.app.appId}--concierge`, key: "vip_tier", type: "single_line_text_field", value: "gold", jsonValue: "gold" },
      { namespace: `app--${emulator.app.appId}--concierge`, key: "lifetime", type: "json", value: '{"orders":3}', jsonValue: { orders: 3 } },
    ]);
    const read = dataOf(await gql(`query($id: ID!) { customer(id: $id) { metafield(namespace: "$app:concierge", key: "vip_tier") { value } metafields(first: 10, namespace: "$app:concierge") { nodes { key } } } }`, { id: ownerId }));
    expect(read.customer.metafield).toEqual({ value: "gold" });
    expect(read.customer.metafields.nodes.map((n: { key: string }) => n.key)).toEqual(["vip_tier", "lifetime"]);

    const invalid = dataOf(
      await gql(`mutation($m: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $m) { metafields { key } userErrors { field message code elementIndex } } }`, {
        m: [
          { ownerId, namespace: "$app:concierge", key: "vip_tier", type: "single_line_text_field", value: "platinum" },
          { ownerId, namespace: "$app:concierge", key: "count", type: "number_integer", value: "three" },
        ],
      }),
    ).metafieldsSet;
    expect(invalid).toEqual({
      metafields: [],
      userErrors: [{ field: ["metafields", "1", "value"], message: "Value must be an integer.", code: "INVALID_VALUE", elementIndex: 1 }],
    });
    // Atomic: the valid entry was not written either.
    const unchanged = dataOf(await gql(`query($id: ID!) { customer(id: $id) { metafield(namespace: "$app:concierge", key: "vip_tier") { value } } }`, { id: ownerId }));
    expect(unchanged.customer.metafield.value).toBe("gold");

    const deleted = dataOf(
      await gql(`mutation($m: [MetafieldIdentifierInput!]!) { metafieldsDelete(metafields: $m) { deletedMetafields { key namespace } userErrors { message } } }`, {
        m: [
          { ownerId, namespace: "$app:concierge", key: "vip_tier" },
          { ownerId, namespace: "$app:concierge", key: "nope" },
        ],
      }),
    ).metafieldsDelete;
    expect(deleted.deletedMetafields).toEqual([{ key: "vip_tier", namespace: `app--${emulator.app.appId}--concierge` }, null]);
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
    const ok = dataOf(await gql(update, { input: { id: gid("Customer", b!.id), email: "emma.new@example.com", note: "Prefers SMS", tags: ["VIP", "vip", "newsletter"] } })).customerUpdate;
    expect(ok).toEqual({
      customer: { email: "emma.new@example.com", phone: b!.phone, note: "Prefers SMS", tags: ["newsletter", "VIP"], updatedAt: "2026-11-16T15:00:00Z" },
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

  it("creates URL redirects and refuses a duplicate path", async () => {
    const { gql } = demoEmulator();
    const create = `mutation($r: UrlRedirectInput!) { urlRedirectCreate(urlRedirect: $r) { urlRedirect { path target } userErrors { field message code } } }`;
    const ok = dataOf(await gql(create, { r: { path: "/track", target: "/apps/concierge/track" } })).urlRedirectCreate;
    expect(ok).toEqual({ urlRedirect: { path: "/track", target: "/apps/concierge/track" }, userErrors: [] });
    const dup = dataOf(await gql(create, { r: { path: "/track", target: "/elsewhere" } })).urlRedirectCreate;
    expect(dup.userErrors).toEqual([{ field: ["urlRedirect", "path"], message: "Path has already been taken", code: "CREATE_FAILED" }]);
  });
});
