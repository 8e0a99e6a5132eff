import { describe, expect, it } from "vitest";
import { DEMO_NOW, DEMO_SHOP, demoHeroCustomer, mulberry32, OTHER_SHOP, seedDemoStore } from "./demo-store";
import { fulfillmentDisplayStatus, lineItemsTotal, orderCurrentTotal, orderTotal, orderTotalRefunded, type Store } from "./store";

/** Everything in a store, as plain JSON (maps become arrays). */
function snapshot(store: Store): string {
  return JSON.stringify([...store.shops.values()], (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value));
}

describe("demo store", () => {
  it("is deterministic: the same seed gives the same data, another seed different data", () => {
    const a = snapshot(seedDemoStore({ seed: 42 }));
    const b = snapshot(seedDemoStore({ seed: 42 }));
    expect(a).toBe(b);
    expect(snapshot(seedDemoStore({ seed: 7 }))).not.toBe(a);
    expect([mulberry32(1)(), mulberry32(1)()]).toEqual([mulberry32(1)(), mulberry32(1)()]);
  });

  it("has the shape the demos rely on", () => {
    const store = seedDemoStore();
    const data = store.getShop(DEMO_SHOP);
    const customers = [...data.customers.values()];
    const orders = [...data.orders.values()];
    expect(customers).toHaveLength(200);
    expect(orders).toHaveLength(1000);
    expect(
      orders.every((o) => Date.parse(o.createdAt) >= DEMO_NOW.getTime() - 90 * 86_400_000 && Date.parse(o.createdAt) < DEMO_NOW.getTime()),
    ).toBe(true);
    // Order numbers follow time.
    const byNumber = [...orders].sort((x, y) => x.number - y.number);
    expect(byNumber.map((o) => o.createdAt)).toEqual([...byNumber.map((o) => o.createdAt)].sort());

    const hero = demoHeroCustomer(store);
    expect(`${hero.firstName} ${hero.lastName}`).toBe("أحمد الفاسي");
    expect(hero.tags).toContain("VIP");
    expect(customers.filter((c) => c.tags.includes("VIP")).length).toBeGreaterThanOrEqual(5);
    expect(customers.filter((c) => c.amountSpentCents > 1_000_000).length).toBeGreaterThanOrEqual(3);
    expect(customers.filter((c) => c.numberOfOrders === 0).length).toBeGreaterThanOrEqual(5);
    expect(new Set(customers.map((c) => c.locale))).toEqual(new Set(["en", "fr", "ja", "ar"]));
    expect(customers.some((c) => c.defaultAddress?.city === "دبي")).toBe(true);
    expect(customers.some((c) => c.defaultAddress?.city === "القاهرة")).toBe(true);

    const codes = new Set(orders.flatMap((o) => o.discountCodes));
    for (const code of ["WELCOME10", "CHLOE10", "SUMMER20", "VIP50"]) expect(codes).toContain(code);
    expect(orders.some((o) => o.customAttributes.some((a) => a.key === "_concierge_chat"))).toBe(true);
    expect(orders.some((o) => o.financialStatus === "REFUNDED")).toBe(true);
    expect(orders.some((o) => o.financialStatus === "PARTIALLY_REFUNDED")).toBe(true);
    expect(orders.some((o) => o.cancelledAt !== null)).toBe(true);
    expect(orders.some((o) => o.returns.some((r) => r.exchangeLineItems.length > 0 && r.status === "CLOSED"))).toBe(true);
    expect(orders.some((o) => o.fulfillments.length === 2)).toBe(true);
    expect(orders.some((o) => o.fulfillmentOrders.some((f) => f.deliveryMethodType === "PICK_UP"))).toBe(true);

    const states = new Set(orders.flatMap((o) => o.fulfillments.map(fulfillmentDisplayStatus)));
    for (const state of [
      "CONFIRMED",
      "LABEL_PRINTED",
      "LABEL_PURCHASED",
      "CARRIER_PICKED_UP",
      "IN_TRANSIT",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
      "DELAYED",
      "ATTEMPTED_DELIVERY",
      "FAILURE",
      "READY_FOR_PICKUP",
    ])
      expect(states).toContain(state);
    expect(
      orders
        .flatMap((o) => o.fulfillments)
        .filter((f) => f.shipmentStatus === "IN_TRANSIT")
        .every((f) => f.estimatedDeliveryAt !== null),
    ).toBe(true);

    const products = [...data.products.values()].map((p) => p.title);
    expect(products).toEqual(expect.arrayContaining(["Classic Chino", "Relaxed Chino", "Leather Belt", "Gift Card"]));
    expect([...data.variants.values()].some((v) => v.inventoryQuantity === 0 && v.sku !== null)).toBe(true);
    expect([...data.staff.values()].find((s) => s.accountOwner)?.firstName).toBe("Chloe");
    expect(data.staff.size).toBeGreaterThanOrEqual(3);
    expect(store.getShop(OTHER_SHOP).shop.currencyCode).toBe("EUR");
  });

  it("keeps every total consistent with the orders", () => {
    const store = seedDemoStore();
    for (const data of store.shops.values()) {
      for (const order of data.orders.values()) {
        const lines = order.lineItems.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0);
        expect(lineItemsTotal(order)).toBe(lines);
        expect(order.lineItems.reduce((s, l) => s + l.discountCents, 0)).toBe(order.totalDiscountsCents);
        expect(orderTotal(order)).toBe(lines - order.totalDiscountsCents + order.shippingCents + order.taxCents);
        expect(orderTotalRefunded(order)).toBeLessThanOrEqual(orderTotal(order));
        expect(orderCurrentTotal(order)).toBeGreaterThanOrEqual(0);
        for (const line of order.lineItems)
          expect(Number.isInteger(line.unitPriceCents) && Number.isInteger(line.discountCents)).toBe(true);
        if (order.financialStatus === "REFUNDED") expect(orderCurrentTotal(order)).toBe(0);
        if (order.financialStatus === "PARTIALLY_REFUNDED") expect(orderTotalRefunded(order)).toBeGreaterThan(0);
      }
      for (const customer of data.customers.values()) {
        const orders = [...data.orders.values()].filter((o) => o.customerId === customer.id);
        const spent = orders
          .filter((o) => ["PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(o.financialStatus))
          .reduce((s, o) => s + orderTotal(o) - orderTotalRefunded(o), 0);
        expect(customer.numberOfOrders).toBe(orders.length);
        expect(customer.amountSpentCents).toBe(spent);
        const last = [...orders].sort((x, y) => Date.parse(y.processedAt) - Date.parse(x.processedAt))[0];
        expect(customer.lastOrderId).toBe(last?.id ?? null);
      }
    }
  });
});
