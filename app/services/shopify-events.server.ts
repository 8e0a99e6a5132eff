// What Concierge does with each Shopify webhook topic, once the event is
// durable (WebhookEvent) and a worker runs it (app/jobs/webhook-event.server.ts).
// Every handler runs inside the transaction that marks its event processed,
// so an event's facts, the figures derived from them and the follow-up jobs
// it asks for are written together or not at all. Work that calls the Admin
// API (a customer's VIP tier) is a follow-up job of its own, with its own
// retries, so a slow Shopify never holds an event.
import type { Prisma } from "@prisma/client";
import type { z } from "zod";
import { markUninstalled, updateShopScopes } from "../data/shops.server";
import { recordEmailConsent, upsertCustomerIdentity } from "../data/customers.server";
import { dropSnapshots } from "../data/tracking.server";
import {
  appScopesUpdatePayloadSchema,
  appUninstalledPayloadSchema,
  customerEmailConsentPayloadSchema,
  customerPayloadSchema,
  customersDataRequestPayloadSchema,
  customersRedactPayloadSchema,
  fulfillmentEventPayloadSchema,
  fulfillmentPayloadSchema,
  inventoryLevelPayloadSchema,
  orderPayloadSchema,
  productPayloadSchema,
  refundPayloadSchema,
  returnPayloadSchema,
  reverseDeliveryPayloadSchema,
  shopRedactPayloadSchema,
} from "../domain/webhook-payloads";
import { enqueue } from "../jobs/queue.server";
import { applyOrderEvents, isOrderEvent, type OrderEvent } from "./order-events.server";
import { answerCustomerDataRequest, redactCustomer, redactShop } from "./compliance.server";
import { queueStoreImportOnScopes } from "./store-import.server";
import { recordFulfillment, recordFulfillmentEvent } from "./shipment-risks.server";
import { forgetProducts, keptProductIds, productOfInventoryItem } from "../data/catalog.server";
import { shopifyGid } from "../domain/shopify-ids";

export interface TopicContext {
  db: Prisma.TransactionClient;
  shop: string;
  topic: WebhookTopic;
  receivedAt: Date;
}

interface TopicDefinition<S extends z.ZodType> {
  schema: S;
  /**
   * Processed for a shop whose app is uninstalled (its data is still held):
   * uninstalling itself and Shopify's compliance requests, which come after.
   */
  afterUninstall?: boolean;
  /** What the event is about, in the merchant's words, for the list of failed events. */
  describe(payload: z.infer<S>): string;
  handle(context: TopicContext, payload: z.infer<S>): Promise<void>;
}

function topic<S extends z.ZodType>(definition: TopicDefinition<S>) {
  return definition;
}

/** The VIP tier follows the customer's facts; one waiting job per customer covers every event. */
async function syncTierLater(context: TopicContext, target: { customerId: string } | { orderId: string }) {
  const key = "customerId" in target ? `customer:${target.customerId}` : `order:${target.orderId}`;
  await enqueue(
    context.db,
    "vip-sync",
    { shop: context.shop, trigger: topicName(context.topic), ...target },
    { singletonKey: `${context.shop}:${key}` },
  );
}

async function queueReturnReasons({ db, shop }: TopicContext, ret: z.infer<typeof returnPayloadSchema>): Promise<void> {
  await enqueue(db, "return-reasons", { shop, returnId: ret.id }, { singletonKey: `${shop}:return:${ret.id}` });
}

async function onOrder(context: TopicContext, payload: z.infer<typeof orderPayloadSchema>): Promise<void> {
  await applyOrderEvents(context.db, context.shop, [
    { topic: context.topic as "ORDERS_CREATE" | "ORDERS_PAID" | "ORDERS_UPDATED", payload },
  ]);
}

async function onRefund(context: TopicContext, payload: z.infer<typeof refundPayloadSchema>): Promise<void> {
  await applyOrderEvents(context.db, context.shop, [{ topic: "REFUNDS_CREATE", payload }]);
}

async function onFulfillment(context: TopicContext, fulfillment: z.infer<typeof fulfillmentPayloadSchema>): Promise<void> {
  await dropSnapshots(context.db, context.shop, [fulfillment.order_id], context.receivedAt);
  await recordFulfillment(context.db, context.shop, fulfillment, context.receivedAt);
}

/** A product an exchange offer needs changed: the kept facts are asked for again, on a job of their own (decision 022). */
async function refreshKeptProduct(context: TopicContext, productId: string | null) {
  if (!productId || (await keptProductIds(context.db, context.shop, [productId])).length === 0) return;
  await enqueue(
    context.db,
    "catalog-refresh",
    { shop: context.shop, productIds: [productId] },
    { singletonKey: `${context.shop}:${productId}` },
  );
}

export const WEBHOOK_TOPICS = {
  ORDERS_CREATE: topic({ schema: orderPayloadSchema, describe: (order) => `order ${order.name}`, handle: onOrder }),
  ORDERS_PAID: topic({ schema: orderPayloadSchema, describe: (order) => `order ${order.name}`, handle: onOrder }),
  ORDERS_UPDATED: topic({ schema: orderPayloadSchema, describe: (order) => `order ${order.name}`, handle: onOrder }),
  REFUNDS_CREATE: topic({ schema: refundPayloadSchema, describe: (refund) => `a refund on order ${refund.order_id}`, handle: onRefund }),
  // The tracking page asks Shopify afresh after a fulfillment changes, and
  // the shipment's record (at risk or not) follows what Shopify says.
  FULFILLMENTS_CREATE: topic({
    schema: fulfillmentPayloadSchema,
    describe: (fulfillment) => `a fulfillment of order ${fulfillment.order_id}`,
    handle: onFulfillment,
  }),
  FULFILLMENTS_UPDATE: topic({
    schema: fulfillmentPayloadSchema,
    describe: (fulfillment) => `a fulfillment of order ${fulfillment.order_id}`,
    handle: onFulfillment,
  }),
  FULFILLMENT_EVENTS_CREATE: topic({
    schema: fulfillmentEventPayloadSchema,
    describe: (event) => `a carrier update on a fulfillment of order ${event.order_id}`,
    async handle({ db, shop, receivedAt }, event) {
      await dropSnapshots(db, shop, [event.order_id], receivedAt);
      await recordFulfillmentEvent(db, shop, event, receivedAt);
    },
  }),
  // The catalog facts the tracking page's exchange offers read (decision 022).
  PRODUCTS_CREATE: topic({
    schema: productPayloadSchema,
    describe: (product) => `product ${product.id}`,
    handle: (context, product) => refreshKeptProduct(context, shopifyGid("Product", product.id)),
  }),
  PRODUCTS_UPDATE: topic({
    schema: productPayloadSchema,
    describe: (product) => `product ${product.id}`,
    handle: (context, product) => refreshKeptProduct(context, shopifyGid("Product", product.id)),
  }),
  PRODUCTS_DELETE: topic({
    schema: productPayloadSchema,
    describe: (product) => `product ${product.id}`,
    handle: ({ db, shop }, product) => forgetProducts(db, shop, [shopifyGid("Product", product.id)]),
  }),
  INVENTORY_LEVELS_UPDATE: topic({
    schema: inventoryLevelPayloadSchema,
    describe: (level) => `the stock of inventory item ${level.inventory_item_id}`,
    async handle(context, level) {
      await refreshKeptProduct(
        context,
        await productOfInventoryItem(context.db, context.shop, shopifyGid("InventoryItem", level.inventory_item_id)),
      );
    },
  }),
  // A VIP's return on its way back may be refunded at once (decision 025):
  // one job per return, whichever of its events came first.
  REVERSE_DELIVERIES_ATTACH_DELIVERABLE: topic({
    schema: reverseDeliveryPayloadSchema,
    describe: (delivery) => `the shipment back of return ${delivery.return?.id ?? delivery.id}`,
    async handle({ db, shop }, delivery) {
      const returnId = delivery.return?.id;
      await enqueue(
        db,
        "instant-refund",
        { shop, reverseDeliveryId: delivery.id, ...(returnId ? { returnId } : {}) },
        { singletonKey: `${shop}:${returnId ? `return:${returnId}` : `reverse-delivery:${delivery.id}`}` },
      );
    },
  }),
  // A return's reasons join the shop's list (issue 16): one job per return, whichever of its events came first.
  RETURNS_REQUEST: topic({ schema: returnPayloadSchema, describe: (ret) => `the reasons of return ${ret.id}`, handle: queueReturnReasons }),
  RETURNS_APPROVE: topic({ schema: returnPayloadSchema, describe: (ret) => `the reasons of return ${ret.id}`, handle: queueReturnReasons }),
  CUSTOMERS_UPDATE: topic({
    schema: customerPayloadSchema,
    describe: (customer) => `customer ${customer.id}`,
    async handle(context, customer) {
      await upsertCustomerIdentity(context.db, context.shop, customer);
      await syncTierLater(context, { customerId: customer.id });
    },
  }),
  // Consent kept current for the campaigns' segments (decision 041); each batch still asks Shopify before sending.
  CUSTOMERS_EMAIL_MARKETING_CONSENT_UPDATE: topic({
    schema: customerEmailConsentPayloadSchema,
    describe: (consent) => `the email marketing consent of customer ${consent.customer_id}`,
    handle: ({ db, shop, receivedAt }, consent) => recordEmailConsent(db, shop, consent, receivedAt),
  }),
  APP_UNINSTALLED: topic({
    schema: appUninstalledPayloadSchema,
    afterUninstall: true,
    describe: () => "the app's uninstallation",
    handle: ({ db, shop, receivedAt }) => markUninstalled(db, shop, receivedAt),
  }),
  APP_SCOPES_UPDATE: topic({
    schema: appScopesUpdatePayloadSchema,
    describe: () => "a change of the app's access scopes",
    async handle({ db, shop, receivedAt }, payload) {
      await updateShopScopes(db, shop, payload.current);
      // The orders before the last 60 days, once Shopify shares them.
      await queueStoreImportOnScopes(db, shop, payload, receivedAt);
    },
  }),
  CUSTOMERS_DATA_REQUEST: topic({
    schema: customersDataRequestPayloadSchema,
    afterUninstall: true,
    describe: (request) => `a data request for customer ${request.customer.id}`,
    handle: async ({ db, shop }, request) => {
      await answerCustomerDataRequest(db, shop, request);
    },
  }),
  CUSTOMERS_REDACT: topic({
    schema: customersRedactPayloadSchema,
    afterUninstall: true,
    describe: (request) => `the redaction of customer ${request.customer.id}`,
    handle: ({ db, shop }, request) => redactCustomer(db, shop, request),
  }),
  SHOP_REDACT: topic({
    schema: shopRedactPayloadSchema,
    afterUninstall: true,
    describe: () => "the deletion of the shop's data",
    handle: ({ db, shop }) => redactShop(db, shop),
  }),
} satisfies Record<string, TopicDefinition<z.ZodType>>;

export type WebhookTopic = keyof typeof WEBHOOK_TOPICS;

export function isWebhookTopic(topic: string): topic is WebhookTopic {
  return Object.hasOwn(WEBHOOK_TOPICS, topic);
}

/** "ORDERS_PAID" → "orders/paid", as Shopify names topics to merchants. */
export function topicName(topic: string): string {
  // The topics whose resource name holds an underscore of its own.
  if (topic === "FULFILLMENT_EVENTS_CREATE") return "fulfillment_events/create";
  if (topic === "INVENTORY_LEVELS_UPDATE") return "inventory_levels/update";
  if (topic === "REVERSE_DELIVERIES_ATTACH_DELIVERABLE") return "reverse_deliveries/attach_deliverable";
  return topic.toLowerCase().replace("_", "/");
}

export type ParsedPayload = { ok: true; payload: unknown } | { ok: false; problems: string[] };

/** Checks a payload against its topic's schema; the problems name each field. */
export function parseTopicPayload(topic: WebhookTopic, payload: unknown): ParsedPayload {
  const result = (WEBHOOK_TOPICS[topic].schema as z.ZodType).safeParse(payload);
  if (result.success) return { ok: true, payload: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`) };
}

/**
 * Runs several stored events of one shop inside `db`'s transaction: the
 * order and refund events together (one pass over their orders), the others
 * one by one, in the order given.
 */
export async function handleEvents(context: Omit<TopicContext, "topic">, events: { topic: WebhookTopic; payload: unknown }[]) {
  const parsed = events.map((event) => ({
    topic: event.topic,
    payload: (WEBHOOK_TOPICS[event.topic].schema as z.ZodType).parse(event.payload),
  }));
  const orderEvents = parsed.filter((event): event is OrderEvent => isOrderEvent(event));
  await applyOrderEvents(context.db, context.shop, orderEvents);
  for (const event of parsed) {
    if (isOrderEvent(event)) continue;
    await (WEBHOOK_TOPICS[event.topic] as TopicDefinition<z.ZodType>).handle({ ...context, topic: event.topic }, event.payload);
  }
}

/** What the event is about, for the merchant. */
export function describeEvent(topic: WebhookTopic, payload: unknown): string {
  const definition = WEBHOOK_TOPICS[topic] as TopicDefinition<z.ZodType>;
  const parsed = definition.schema.safeParse(payload);
  return `${topicName(topic)} for ${parsed.success ? definition.describe(parsed.data) : "an event that no longer reads"}`;
}
