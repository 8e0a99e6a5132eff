// zod schemas for the parts of Shopify's webhook payloads Concierge reads.
// Unknown keys are dropped; a payload missing what Concierge needs is refused
// with a 400 (Shopify shows it in the app's webhook delivery log) instead of
// being half-processed.
import { z } from "zod";
import { parseDecimalToMinor } from "./money";

const shopifyId = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);
const decimalString = z.union([z.string(), z.number()]).transform(String);
/** An ISO instant as Shopify writes it, read as a Date (webhooks and the history import). */
export const timestamp = z.string().transform((value, context) => {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    context.addIssue({ code: "custom", message: `"${value}" is not a timestamp` });
    return z.NEVER;
  }
  return date;
});

export const refundTransactionSchema = z.object({
  amount: decimalString,
  kind: z.string(),
  status: z.string().nullish(),
  currency: z.string().nullish(),
});

export const refundPayloadSchema = z.object({
  id: shopifyId,
  order_id: shopifyId,
  created_at: timestamp,
  transactions: z.array(refundTransactionSchema).default([]),
});
export type RefundPayload = z.infer<typeof refundPayloadSchema>;

/**
 * An amount the order's currency can hold exactly; checked on arrival, so an
 * event that would fail deep in processing is refused with a 400 instead.
 */
function checkAmount(context: z.RefinementCtx, amount: string, currency: string | null | undefined, path: (string | number)[]) {
  try {
    parseDecimalToMinor(amount, currency ?? "XXX");
  } catch (error) {
    context.addIssue({ code: "custom", message: error instanceof Error ? error.message : "not an amount", path });
  }
}

export const orderPayloadSchema = z
  .object({
    id: shopifyId,
    name: z.string(),
    email: z.string().nullish(),
    phone: z.string().nullish(),
    currency: z.string().length(3),
    total_price: decimalString,
    financial_status: z.string().nullish(),
    fulfillment_status: z.string().nullish(),
    cancelled_at: timestamp.nullish(),
    created_at: timestamp,
    processed_at: timestamp.nullish(),
    updated_at: timestamp,
    discount_codes: z.array(z.object({ code: z.string() })).default([]),
    note_attributes: z.array(z.object({ name: z.string(), value: z.unknown() })).default([]),
    customer: z.object({ id: shopifyId }).nullish(),
    refunds: z.array(refundPayloadSchema.omit({ order_id: true }).extend({ order_id: shopifyId.optional() })).default([]),
  })
  .superRefine((order, context) => {
    checkAmount(context, order.total_price, order.currency, ["total_price"]);
    order.refunds.forEach((refund, index) =>
      refund.transactions.forEach((transaction, position) =>
        checkAmount(context, transaction.amount, transaction.currency ?? order.currency, [
          "refunds",
          index,
          "transactions",
          position,
          "amount",
        ]),
      ),
    );
  });
export type OrderPayload = z.infer<typeof orderPayloadSchema>;

export const customerPayloadSchema = z.object({
  id: shopifyId,
  email: z.string().nullish(),
  phone: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  updated_at: timestamp,
});
export type CustomerPayload = z.infer<typeof customerPayloadSchema>;

/** customers/email_marketing_consent_update: a customer's email marketing consent, as it now stands. */
export const customerEmailConsentPayloadSchema = z.object({
  customer_id: shopifyId,
  email_address: z.string().nullish(),
  email_marketing_consent: z.object({
    /** "subscribed", "unsubscribed", "not_subscribed", "pending", "redacted", "invalid": kept as Shopify's enum (SUBSCRIBED…). */
    state: z
      .string()
      .regex(/^[a-z_]{1,40}$/i, "Expected a marketing state")
      .transform((state) => state.toUpperCase()),
    opt_in_level: z.string().nullish(),
    consent_updated_at: timestamp.nullish(),
  }),
});
export type CustomerEmailConsentPayload = z.infer<typeof customerEmailConsentPayloadSchema>;

export const appUninstalledPayloadSchema = z.object({
  myshopify_domain: z.string().optional(),
});

export const appScopesUpdatePayloadSchema = z.object({
  id: shopifyId.optional(),
  previous: z.array(z.string()).default([]),
  current: z.array(z.string()),
  updated_at: z.string().optional(),
});

export const fulfillmentPayloadSchema = z.object({
  id: shopifyId,
  order_id: shopifyId,
  /** "#1001.1": the order's name, a dot, the fulfillment's number. */
  name: z.string().nullish(),
  email: z.string().nullish(),
  status: z.string().nullish(),
  shipment_status: z.string().nullish(),
  created_at: timestamp.nullish(),
  updated_at: timestamp.nullish(),
  tracking_company: z.string().nullish(),
  tracking_number: z.string().nullish(),
  tracking_url: z.string().nullish(),
});

/** The REST FulfillmentEvent (fulfillment_events/create): one carrier scan. */
export const fulfillmentEventPayloadSchema = z.object({
  id: shopifyId,
  fulfillment_id: shopifyId,
  order_id: shopifyId,
  status: z.string().min(1),
  happened_at: timestamp,
  message: z.string().nullish(),
  estimated_delivery_at: timestamp.nullish(),
});

/**
 * reverse_deliveries/attach_deliverable: a label or tracking was attached to a
 * return's shipment back. Shopify publishes no sample body; only the reverse
 * delivery's id is read (and the return's, when present), the rest comes from
 * the Admin API (decision 025).
 */
export const reverseDeliveryPayloadSchema = z.object({
  id: shopifyId,
  return: z.object({ id: shopifyId }).nullish(),
});

/** returns/request and returns/approve: the return (its reasons are read from the Admin API, which the payload may not carry). */
export const returnPayloadSchema = z.object({
  id: shopifyId,
  order_id: shopifyId.nullish(),
});

export const customersDataRequestPayloadSchema = z.object({
  shop_domain: z.string(),
  customer: z.object({ id: shopifyId, email: z.string().nullish(), phone: z.string().nullish() }),
  orders_requested: z.array(shopifyId).default([]),
  data_request: z.object({ id: shopifyId }).nullish(),
});

export const customersRedactPayloadSchema = z.object({
  shop_domain: z.string(),
  customer: z.object({ id: shopifyId, email: z.string().nullish(), phone: z.string().nullish() }),
  orders_to_redact: z.array(shopifyId).default([]),
});

export const shopRedactPayloadSchema = z.object({
  shop_domain: z.string(),
});

/** The REST Product (products/create, products/update, products/delete): the catalog kept for exchanges reads only its id. */
export const productPayloadSchema = z.object({ id: shopifyId });

/** The REST InventoryLevel (inventory_levels/update): one inventory item's stock at one location changed. */
export const inventoryLevelPayloadSchema = z.object({
  inventory_item_id: shopifyId,
  location_id: shopifyId.nullish(),
  available: z.number().int().nullish(),
});
