// The store's history as the import reads it: one line of a Bulk Operation's
// JSONL turned into the same facts a webhook gives (domain/orders.ts), so an
// order imported and the same order delivered by orders/* webhooks are one
// and the same row. Pure: no database, no Shopify.
import { z } from "zod";
import { parseDecimalToMinor } from "./money";
import { discountCodeKeys, type OrderFacts, type RefundFacts } from "./orders";
import { numericId } from "./shopify-ids";
import { timestamp, type CustomerPayload } from "./webhook-payloads";

/** Shopify shows an app without `read_all_orders` the orders of the last 60 days only. */
export const ORDERS_WINDOW_DAYS = 60;
export const READ_ALL_ORDERS_SCOPE = "read_all_orders";
const DAY_MS = 24 * 60 * 60 * 1000;

const gid = z.string().regex(/^gid:\/\/shopify\/\w+\/\d+$/, "not a Shopify global id");
const shopMoney = z.object({ shopMoney: z.object({ amount: z.string(), currencyCode: z.string().length(3) }) });

const customerSchema = z.object({
  id: gid,
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  defaultEmailAddress: z
    .object({ emailAddress: z.string().nullish(), marketingState: z.string().nullish(), marketingUpdatedAt: timestamp.nullish() })
    .nullish(),
  defaultPhoneNumber: z.object({ phoneNumber: z.string().nullish() }).nullish(),
  updatedAt: timestamp,
});

/** A line of the orders export (graphql/store-import-orders.ts). */
export const importedOrderSchema = z.object({
  id: gid,
  name: z.string(),
  email: z.string().nullish(),
  currencyCode: z.string().length(3),
  totalPriceSet: shopMoney,
  displayFinancialStatus: z.string().nullish(),
  displayFulfillmentStatus: z.string(),
  discountCodes: z.array(z.string()),
  customAttributes: z.array(z.object({ key: z.string(), value: z.string().nullish() })),
  cancelledAt: timestamp.nullish(),
  processedAt: timestamp,
  updatedAt: timestamp,
  customer: customerSchema.nullish(),
  refunds: z.array(z.object({ id: gid, createdAt: timestamp.nullish(), totalRefundedSet: shopMoney })),
});
export type ImportedOrder = z.infer<typeof importedOrderSchema>;

/** A line of the customers export (graphql/store-import-customers.ts). */
export const importedCustomerSchema = customerSchema;
export type ImportedCustomer = z.infer<typeof importedCustomerSchema>;

/**
 * The REST `fulfillment_status` webhooks carry, from the Admin API's display
 * status: "fulfilled", "partial", "restocked", or null for everything else
 * (unfulfilled, scheduled, on hold, in progress).
 */
export function restFulfillmentStatus(displayStatus: string): string | null {
  switch (displayStatus) {
    case "FULFILLED":
      return "fulfilled";
    case "PARTIALLY_FULFILLED":
      return "partial";
    case "RESTOCKED":
      return "restocked";
    default:
      return null;
  }
}

export function orderFactsFromImport(order: ImportedOrder): OrderFacts {
  const currencyCode = order.currencyCode.toUpperCase();
  return {
    orderId: numericId(order.id),
    name: order.name,
    customerId: order.customer ? numericId(order.customer.id) : null,
    email: order.email ?? null,
    currencyCode,
    // The shop's money, as a webhook's total_price is.
    totalPriceMinor: parseDecimalToMinor(order.totalPriceSet.shopMoney.amount, currencyCode),
    financialStatus: order.displayFinancialStatus?.toLowerCase() ?? null,
    fulfillmentStatus: restFulfillmentStatus(order.displayFulfillmentStatus),
    discountCodes: discountCodeKeys(order.discountCodes),
    cartAttributes: Object.fromEntries(order.customAttributes.map((attribute) => [attribute.key, attribute.value ?? ""])),
    cancelledAt: order.cancelledAt ?? null,
    processedAt: order.processedAt,
    shopifyUpdatedAt: order.updatedAt,
  };
}

/**
 * What each refund returned to the shopper: its total across its refund
 * transactions. A refund Shopify gives no date for is dated with its order's
 * last change, the latest it can have happened.
 */
export function refundFactsFromImport(order: ImportedOrder): RefundFacts[] {
  const orderId = numericId(order.id);
  return order.refunds.map((refund) => {
    const currencyCode = refund.totalRefundedSet.shopMoney.currencyCode.toUpperCase();
    return {
      refundId: numericId(refund.id),
      orderId,
      amountMinor: parseDecimalToMinor(refund.totalRefundedSet.shopMoney.amount, currencyCode),
      currencyCode,
      createdAt: refund.createdAt ?? order.updatedAt,
    };
  });
}

/** The customer's identity, shaped as customers/update delivers it, for the same upsert. */
export function customerIdentityFromImport(
  customer: ImportedCustomer,
): CustomerPayload & { marketingState: string | null; marketingUpdatedAt: Date | null } {
  return {
    marketingState: customer.defaultEmailAddress?.marketingState ?? null,
    marketingUpdatedAt: customer.defaultEmailAddress?.marketingUpdatedAt ?? null,
    id: numericId(customer.id),
    email: customer.defaultEmailAddress?.emailAddress ?? null,
    phone: customer.defaultPhoneNumber?.phoneNumber ?? null,
    first_name: customer.firstName ?? null,
    last_name: customer.lastName ?? null,
    updated_at: customer.updatedAt,
  };
}

/** Which orders Shopify lets the app read, given its granted scopes. */
export function ordersWindow(scopes: readonly string[], now: Date): { allOrders: boolean; since: Date | null } {
  if (scopes.includes(READ_ALL_ORDERS_SCOPE)) return { allOrders: true, since: null };
  return { allOrders: false, since: new Date(now.getTime() - ORDERS_WINDOW_DAYS * DAY_MS) };
}

export interface StoreImportProgress {
  status: "running" | "processing" | "completed" | "failed";
  phase: "orders" | "customers";
  ordersTotal: number;
  ordersImported: number;
  customersTotal: number;
  customersImported: number;
}

const count = (value: number) => value.toLocaleString("en-US");

/** The one line the admin shows while an import runs, and after. */
export function describeStoreImport(progress: StoreImportProgress): string {
  const { status, phase } = progress;
  if (status === "completed")
    return `Imported ${count(progress.ordersImported)} orders and ${count(progress.customersImported)} customers.`;
  if (status === "failed") return `The import stopped after ${count(progress.ordersImported)} orders.`;
  if (phase === "orders") {
    if (status === "running") return "Importing your store's history: Shopify is preparing your orders…";
    return `Importing your store's history: ${count(progress.ordersImported)} of ${count(progress.ordersTotal)} orders…`;
  }
  if (status === "running")
    return `Importing your store's history: ${count(progress.ordersImported)} orders imported, Shopify is preparing your customers…`;
  return `Importing your store's history: ${count(progress.ordersImported)} orders, ${count(progress.customersImported)} of ${count(progress.customersTotal)} customers…`;
}

/** The admin's "Import the store's history again" button, as its action reads it. */
export const storeImportRequestSchema = z.object({ intent: z.literal("import-history") });
