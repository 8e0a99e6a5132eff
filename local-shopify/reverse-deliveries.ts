/**
 * Returns on their way back: reverse fulfillment orders (made when a return
 * opens, in store.ts), the reverse deliveries a merchant or a label provider
 * attaches to them with a label and tracking
 * (`reverseDeliveryCreateWithShipping`, `reverseDeliveryShippingUpdate`),
 * the `reverse_deliveries/attach_deliverable` webhook both emit, and the
 * order's payment transactions a return's refund names (`Order.transactions`).
 *
 * Shopify keeps a reverse delivery's tracking number, URL and carrier name,
 * and nothing the carrier reports after: no scan events, no status. So
 * neither does this emulator.
 */
import type { Resolver, ResolverContext } from "./resolvers";
import {
  gid,
  parseGid,
  shopifyTime,
  type OrderRecord,
  type ReturnRecord,
  type ReverseDeliveryRecord,
  type ReverseFulfillmentOrderRecord,
  type ShopData,
} from "./store";

/** The order's payment as one SALE transaction (its id is the order's own: ids are unique across the store). */
export function saleTransactionOf(order: OrderRecord) {
  const paid = ["PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(order.financialStatus);
  return paid ? { id: order.id, amountCents: null as number | null } : null;
}

function returnUserError(field: string[], message: string, code: string) {
  return { field, message, code };
}

export function findReverseFulfillmentOrder(
  data: ShopData,
  id: number,
): { order: OrderRecord; ret: ReturnRecord; rfo: ReverseFulfillmentOrderRecord } | null {
  const orderId = data.nested.reverseFulfillmentOrders.get(id);
  const order = orderId === undefined ? undefined : data.orders.get(orderId);
  for (const ret of order?.returns ?? []) {
    const rfo = ret.reverseFulfillmentOrders.find((candidate) => candidate.id === id);
    if (rfo && order) return { order, ret, rfo };
  }
  return null;
}

export function findReverseDelivery(data: ShopData, id: number): ReverseDeliveryRecord | null {
  const orderId = data.nested.reverseDeliveries.get(id);
  const order = orderId === undefined ? undefined : data.orders.get(orderId);
  for (const ret of order?.returns ?? [])
    for (const rfo of ret.reverseFulfillmentOrders) {
      const delivery = rfo.reverseDeliveries.find((candidate) => candidate.id === id);
      if (delivery) return delivery;
    }
  return null;
}

/** The REST-shaped body of reverse_deliveries/attach_deliverable (Shopify publishes no sample: decision 025 of the app). */
export function reverseDeliveryPayload(delivery: ReverseDeliveryRecord) {
  return {
    id: delivery.id,
    admin_graphql_api_id: gid("ReverseDelivery", delivery.id),
    return: { id: delivery.returnId, admin_graphql_api_id: gid("Return", delivery.returnId) },
    shipping_deliverable: {
      tracking: delivery.tracking
        ? { carrier_name: delivery.tracking.carrierName, tracking_number: delivery.tracking.number, tracking_url: delivery.tracking.url }
        : null,
      label: delivery.labelUrl ? { public_file_url: delivery.labelUrl, created_at: delivery.createdAt } : null,
    },
  };
}

/** The carrier Shopify would infer from a tracking URL, when it knows the host. */
function carrierOf(url: string | null): string | null {
  if (!url) return null;
  const host = URL.canParse(url) ? new URL(url).hostname : "";
  if (host.includes("ups.")) return "UPS";
  if (host.includes("usps.")) return "USPS";
  if (host.includes("fedex.")) return "FedEx";
  if (host.includes("dhl.")) return "DHL Express";
  return null;
}

type TrackingInput = { number?: string | null; url?: string | null } | null | undefined;

function trackingOf(input: TrackingInput): ReverseDeliveryRecord["tracking"] {
  if (!input || (!input.number && !input.url)) return null;
  return { number: input.number ?? null, url: input.url ?? null, carrierName: carrierOf(input.url ?? null) };
}

function emitAttach(ctx: ResolverContext, delivery: ReverseDeliveryRecord) {
  ctx.webhooks.push({
    topic: "reverse_deliveries/attach_deliverable",
    shop: ctx.data.shop.domain,
    payload: () => reverseDeliveryPayload(delivery),
  });
}

const reverseDeliveryCreateWithShipping: Resolver = (_src, args, ctx) => {
  const parsed = parseGid(String(args.reverseFulfillmentOrderId));
  const found = parsed?.type === "ReverseFulfillmentOrder" ? findReverseFulfillmentOrder(ctx.data, parsed.id) : null;
  if (!found)
    return {
      reverseDelivery: null,
      userErrors: [returnUserError(["reverseFulfillmentOrderId"], "Reverse fulfillment order does not exist.", "NOT_FOUND")],
    };
  const { order, ret, rfo } = found;
  if (rfo.status !== "OPEN")
    return {
      reverseDelivery: null,
      userErrors: [returnUserError(["reverseFulfillmentOrderId"], "Reverse fulfillment order is not open.", "INVALID_STATE")],
    };
  const lines = (args.reverseDeliveryLineItems ?? []) as { reverseFulfillmentOrderLineItemId: string; quantity: number }[];
  const errors: unknown[] = [];
  if (lines.length === 0)
    errors.push(returnUserError(["reverseDeliveryLineItems"], "Reverse delivery line items can't be blank.", "BLANK"));
  const picked = lines.map((line, i) => {
    const lineGid = parseGid(line.reverseFulfillmentOrderLineItemId);
    const item = lineGid?.type === "ReverseFulfillmentOrderLineItem" ? rfo.lineItems.find((l) => l.id === lineGid.id) : undefined;
    if (!item)
      errors.push(
        returnUserError(
          ["reverseDeliveryLineItems", String(i), "reverseFulfillmentOrderLineItemId"],
          "Line item does not exist.",
          "NOT_FOUND",
        ),
      );
    else if (line.quantity <= 0 || line.quantity > item.totalQuantity)
      errors.push(returnUserError(["reverseDeliveryLineItems", String(i), "quantity"], "Quantity is invalid.", "INVALID"));
    return { id: item?.id ?? 0, quantity: line.quantity };
  });
  const label = args.labelInput as { fileUrl: string } | null | undefined;
  if (label && !URL.canParse(label.fileUrl)) errors.push(returnUserError(["labelInput", "fileUrl"], "File url is invalid.", "INVALID"));
  if (errors.length > 0) return { reverseDelivery: null, userErrors: errors };
  const at = shopifyTime(ctx.now);
  const delivery: ReverseDeliveryRecord = {
    kind: "ReverseDelivery",
    id: ctx.store.nextId(),
    orderId: order.id,
    returnId: ret.id,
    reverseFulfillmentOrderId: rfo.id,
    lineItems: picked.map((line) => ({
      kind: "ReverseDeliveryLineItem",
      id: ctx.store.nextId(),
      reverseFulfillmentOrderLineItemId: line.id,
      quantity: line.quantity,
    })),
    tracking: trackingOf(args.trackingInput as TrackingInput),
    labelUrl: label?.fileUrl ?? null,
    createdAt: at,
    updatedAt: at,
  };
  rfo.reverseDeliveries.push(delivery);
  ctx.data.nested.reverseDeliveries.set(delivery.id, order.id);
  emitAttach(ctx, delivery);
  return { reverseDelivery: delivery, userErrors: [] };
};

const reverseDeliveryShippingUpdate: Resolver = (_src, args, ctx) => {
  const parsed = parseGid(String(args.reverseDeliveryId));
  const delivery = parsed?.type === "ReverseDelivery" ? findReverseDelivery(ctx.data, parsed.id) : null;
  if (!delivery)
    return { reverseDelivery: null, userErrors: [returnUserError(["reverseDeliveryId"], "Reverse delivery does not exist.", "NOT_FOUND")] };
  const label = args.labelInput as { fileUrl: string } | null | undefined;
  if (label && !URL.canParse(label.fileUrl))
    return { reverseDelivery: null, userErrors: [returnUserError(["labelInput", "fileUrl"], "File url is invalid.", "INVALID")] };
  const tracking = trackingOf(args.trackingInput as TrackingInput);
  if (tracking) delivery.tracking = tracking;
  if (label) delivery.labelUrl = label.fileUrl;
  delivery.updatedAt = shopifyTime(ctx.now);
  emitAttach(ctx, delivery);
  return { reverseDelivery: delivery, userErrors: [] };
};

export const reverseDeliveryMutations: Record<string, Resolver> = { reverseDeliveryCreateWithShipping, reverseDeliveryShippingUpdate };

export const reverseDeliveryQueries: Record<string, Resolver> = {
  reverseDelivery: (_src, args, ctx) => {
    const parsed = parseGid(String(args.id));
    return parsed?.type === "ReverseDelivery" ? findReverseDelivery(ctx.data, parsed.id) : null;
  },
  reverseFulfillmentOrder: (_src, args, ctx) => {
    const parsed = parseGid(String(args.id));
    return parsed?.type === "ReverseFulfillmentOrder" ? (findReverseFulfillmentOrder(ctx.data, parsed.id)?.rfo ?? null) : null;
  },
};
