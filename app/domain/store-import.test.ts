import { describe, expect, it } from "vitest";
import {
  describeStoreImport,
  importedOrderSchema,
  ordersWindow,
  refundFactsFromImport,
  restFulfillmentStatus,
  type StoreImportProgress,
} from "./store-import";

const order = {
  id: "gid://shopify/Order/5001",
  name: "#5001",
  email: null,
  currencyCode: "JPY",
  totalPriceSet: { shopMoney: { amount: "12000", currencyCode: "JPY" } },
  displayFinancialStatus: "PARTIALLY_REFUNDED",
  displayFulfillmentStatus: "UNFULFILLED",
  discountCodes: [],
  customAttributes: [],
  cancelledAt: null,
  processedAt: "2026-10-01T09:00:00Z",
  updatedAt: "2026-10-03T09:00:00Z",
  customer: null,
  refunds: [{ id: "gid://shopify/Refund/77", createdAt: null, totalRefundedSet: { shopMoney: { amount: "3000", currencyCode: "JPY" } } }],
};

describe("the history import's reading of Shopify", () => {
  it("says fulfillment the way webhooks do", () => {
    expect(["FULFILLED", "PARTIALLY_FULFILLED", "RESTOCKED", "UNFULFILLED", "ON_HOLD", "SCHEDULED"].map(restFulfillmentStatus)).toEqual([
      "fulfilled",
      "partial",
      "restocked",
      null,
      null,
      null,
    ]);
  });

  it("dates a refund Shopify gives no date for with its order's last change, in the currency's own minor units", () => {
    expect(refundFactsFromImport(importedOrderSchema.parse(order))).toEqual([
      { refundId: "77", orderId: "5001", amountMinor: 3000n, currencyCode: "JPY", createdAt: new Date("2026-10-03T09:00:00Z") },
    ]);
  });

  it("refuses a line that is not an order", () => {
    expect(importedOrderSchema.safeParse({ ...order, id: "5001" }).success).toBe(false);
    expect(importedOrderSchema.safeParse({ ...order, processedAt: "yesterday" }).success).toBe(false);
  });

  it("reads every order with read_all_orders, the last 60 days without", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(ordersWindow(["read_orders", "read_all_orders"], now)).toEqual({ allOrders: true, since: null });
    expect(ordersWindow(["read_orders"], now)).toEqual({ allOrders: false, since: new Date("2026-10-02T00:00:00Z") });
  });
});

describe("the import's progress line", () => {
  const progress: StoreImportProgress = {
    status: "running",
    phase: "orders",
    ordersTotal: 0,
    ordersImported: 0,
    customersTotal: 0,
    customersImported: 0,
  };
  it("says where it is", () => {
    expect(describeStoreImport(progress)).toBe("Importing your store's history: Shopify is preparing your orders…");
    expect(describeStoreImport({ ...progress, status: "processing", ordersTotal: 1000, ordersImported: 640 })).toBe(
      "Importing your store's history: 640 of 1,000 orders…",
    );
    expect(describeStoreImport({ ...progress, phase: "customers", ordersTotal: 1000, ordersImported: 1000 })).toBe(
      "Importing your store's history: 1,000 orders imported, Shopify is preparing your customers…",
    );
    expect(
      describeStoreImport({
        ...progress,
        status: "processing",
        phase: "customers",
        ordersImported: 1000,
        customersTotal: 200,
        customersImported: 40,
      }),
    ).toBe("Importing your store's history: 1,000 orders, 40 of 200 customers…");
    expect(describeStoreImport({ ...progress, status: "completed", ordersImported: 1000, customersImported: 200 })).toBe(
      "Imported 1,000 orders and 200 customers.",
    );
  });
});
