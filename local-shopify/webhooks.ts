/**
 * Webhooks as Shopify sends them: REST-shaped JSON payloads POSTed to the
 * app's `{appUrl}{uri}` with the `X-Shopify-*` headers, the body signed with
 * HMAC-SHA256 (base64) using the app's client secret.
 *
 * Each *event* has one `X-Shopify-Event-Id`; each *delivery attempt* gets a
 * new `X-Shopify-Webhook-Id`, so a retried event keeps its event id. Failed
 * deliveries (network error or non-2xx) are retried like Shopify does, with
 * a short, configurable back-off for tests.
 *
 * Payload shapes follow the REST Admin resources (Order, Refund, Fulfillment,
 * Customer, Shop) for API version {@link ADMIN_API_VERSION}: ids as numbers,
 * `admin_graphql_api_id`, money as strings plus `*_set` money bags.
 */
import { createHmac, randomUUID } from "node:crypto";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { formatMoney, type Cents } from "./money";
import {
  fulfilledQuantity,
  fulfillmentDisplayStatus,
  gid,
  lineItemsTotal,
  orderCurrentTotal,
  orderSubtotal,
  orderTotal,
  refundableQuantity,
  restFulfillmentStatus,
  type AddressRecord,
  type BulkOperationRecord,
  type CustomerRecord,
  type FulfillmentEventRecord,
  type FulfillmentRecord,
  type LineItemRecord,
  type OrderRecord,
  type ProductRecord,
  type RefundRecord,
  type ShopData,
  type VariantRecord,
} from "./store";

// ---------------------------------------------------------------------------
// Signing & requests
// ---------------------------------------------------------------------------

/** Base64 HMAC-SHA256 of the raw body: the `X-Shopify-Hmac-Sha256` header. */
export function signWebhookBody(body: string | Buffer, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

export interface WebhookHeadersInput {
  topic: string;
  shop: string;
  body: string;
  secret: string;
  apiVersion?: string;
  eventId?: string;
  webhookId?: string;
  triggeredAt?: string;
}

export function webhookHeaders(input: WebhookHeadersInput): Record<string, string> {
  return {
    "Content-Type": "application/json",
    "X-Shopify-Topic": input.topic,
    "X-Shopify-Hmac-Sha256": signWebhookBody(input.body, input.secret),
    "X-Shopify-Shop-Domain": input.shop,
    "X-Shopify-API-Version": input.apiVersion ?? ADMIN_API_VERSION,
    "X-Shopify-Webhook-Id": input.webhookId ?? randomUUID(),
    "X-Shopify-Event-Id": input.eventId ?? randomUUID(),
    "X-Shopify-Triggered-At": input.triggeredAt ?? new Date().toISOString(),
  };
}

export interface BuildWebhookRequestInput {
  topic: string;
  shop: string;
  payload: unknown;
  secret: string;
  appUrl: string;
  uri: string;
  eventId?: string;
  webhookId?: string;
  triggeredAt?: string;
  apiVersion?: string;
}

/** A signed webhook `Request`, for testing the app's webhook routes directly. */
/**
 * A payload as Shopify writes it: a bigint is written as the bare integer it
 * is, so a payload can carry ids beyond 2^53 as Shopify's own sample payloads
 * do (820982911946154508), which a JavaScript number cannot hold.
 */
export function webhookBody(payload: unknown): string {
  const rawJSON = (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON;
  return JSON.stringify(payload, (_key, value: unknown) => (typeof value === "bigint" ? rawJSON(value.toString()) : value));
}

export function buildWebhookRequest(input: BuildWebhookRequestInput): Request {
  const body = webhookBody(input.payload);
  return new Request(resolveWebhookUrl(input.appUrl, input.uri), {
    method: "POST",
    headers: webhookHeaders({ ...input, body }),
    body,
  });
}

/** `{appUrl}{uri}` for relative URIs; absolute URIs are used as they are. */
export function resolveWebhookUrl(appUrl: string, uri: string): string {
  if (/^https?:\/\//.test(uri)) return uri;
  return `${appUrl.replace(/\/+$/, "")}/${uri.replace(/^\/+/, "")}`;
}

// ---------------------------------------------------------------------------
// shopify.app.toml subscriptions
// ---------------------------------------------------------------------------

export interface WebhookSubscription {
  topics: string[];
  uri: string;
  /** customers/data_request, customers/redact, shop/redact */
  complianceTopics: string[];
  filter?: string;
  includeFields?: string[];
}

export interface WebhookConfig {
  apiVersion: string | null;
  subscriptions: WebhookSubscription[];
}

/**
 * Reads `[webhooks] api_version` and every `[[webhooks.subscriptions]]`
 * (topics, uri, compliance_topics, filter, include_fields) from a
 * shopify.app.toml. Handles the TOML subset app configs use: comments,
 * basic and literal strings, and (multi-line) arrays of strings.
 */
export function readWebhookConfig(tomlText: string): WebhookConfig {
  const config: WebhookConfig = { apiVersion: null, subscriptions: [] };
  let table = "";
  let current: WebhookSubscription | null = null;
  const lines = tomlText.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = stripComment(lines[i]!).trim();
    if (!line) continue;
    const arrayTable = /^\[\[\s*([^\]]+?)\s*\]\]$/.exec(line);
    if (arrayTable) {
      table = arrayTable[1]!;
      current = null;
      if (table === "webhooks.subscriptions") {
        current = { topics: [], uri: "", complianceTopics: [] };
        config.subscriptions.push(current);
      }
      continue;
    }
    const plainTable = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (plainTable) {
      table = plainTable[1]!;
      current = null;
      continue;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!;
    let raw = kv[2]!;
    // Multi-line arrays: keep reading until brackets balance.
    if (raw.startsWith("[")) {
      while (!arrayClosed(raw) && i + 1 < lines.length) {
        line = stripComment(lines[++i]!).trim();
        raw += ` ${line}`;
      }
    }
    const value = parseTomlValue(raw);
    if (table === "webhooks" && key === "api_version" && typeof value === "string") config.apiVersion = value;
    if (current) {
      if (key === "topics" && Array.isArray(value)) current.topics = value;
      else if (key === "uri" && typeof value === "string") current.uri = value;
      else if (key === "compliance_topics" && Array.isArray(value)) current.complianceTopics = value;
      else if (key === "filter" && typeof value === "string") current.filter = value;
      else if (key === "include_fields" && Array.isArray(value)) current.includeFields = value;
    }
  }
  return config;
}

/** Just the subscriptions of a shopify.app.toml. */
export function readWebhookSubscriptions(tomlText: string): WebhookSubscription[] {
  return readWebhookConfig(tomlText).subscriptions;
}

/** The characters of TOML text outside its strings, with their index (a basic string's escapes skipped). */
function* unquoted(text: string): Generator<[number, string]> {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else yield [i, c];
  }
}

function stripComment(line: string): string {
  for (const [i, c] of unquoted(line)) if (c === "#") return line.slice(0, i);
  return line;
}

function arrayClosed(raw: string): boolean {
  let depth = 0;
  for (const [, c] of unquoted(raw)) {
    if (c === "[") depth++;
    else if (c === "]") depth--;
  }
  return depth <= 0;
}

function parseTomlValue(raw: string): string | string[] | boolean | number | undefined {
  const text = raw.trim();
  if (text.startsWith("[")) {
    const items: string[] = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) items.push(m[1] !== undefined ? unescape(m[1]) : m[2]!);
    return items;
  }
  if (text.startsWith('"')) return unescape(text.slice(1, text.lastIndexOf('"')));
  if (text.startsWith("'")) return text.slice(1, text.lastIndexOf("'"));
  if (text === "true" || text === "false") return text === "true";
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}

function unescape(s: string): string {
  return s.replace(/\\(["\\nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
}

// ---------------------------------------------------------------------------
// Delivery
// ---------------------------------------------------------------------------

export interface WebhookDelivery {
  topic: string;
  shop: string;
  url: string;
  eventId: string;
  webhookId: string;
  attempt: number;
  /** HTTP status, or 0 when the request failed before a response. */
  status: number;
  error?: string;
  body: string;
}

export interface WebhookDispatcherOptions {
  appUrl: string;
  apiSecret: string;
  subscriptions: WebhookSubscription[];
  apiVersion?: string;
  /** Total attempts per event (Shopify makes 8 over 4 hours; default 3 here). */
  maxAttempts?: number;
  /** Delay before retry n is `retryDelayMs × 2^(n-1)` (default 25 ms). */
  retryDelayMs?: number;
  /** Delivery times out like Shopify's 5 s limit (default 5000 ms). */
  timeoutMs?: number;
  now?: () => Date;
  fetch?: typeof fetch;
}

export const COMPLIANCE_TOPICS = ["customers/data_request", "customers/redact", "shop/redact"] as const;

/** POSTs events to every subscription that lists the topic. */
export class WebhookDispatcher {
  /** Every attempt made, oldest first (for assertions). */
  readonly deliveries: WebhookDelivery[] = [];
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: WebhookDispatcherOptions) {}

  /** The URIs subscribed to `topic` (compliance topics included). */
  urisFor(topic: string): string[] {
    const compliance = (COMPLIANCE_TOPICS as readonly string[]).includes(topic);
    return this.options.subscriptions
      .filter((s) => (compliance ? s.complianceTopics.includes(topic) : s.topics.includes(topic)))
      .map((s) => s.uri);
  }

  isSubscribed(topic: string): boolean {
    return this.urisFor(topic).length > 0;
  }

  /**
   * Delivers one event to each subscribed URI, retrying failures with the
   * same event id. Resolves with the final attempt per URI.
   */
  deliver(topic: string, shop: string, payload: unknown, options: { eventId?: string; uri?: string } = {}): Promise<WebhookDelivery[]> {
    const uris = options.uri ? [options.uri] : this.urisFor(topic);
    const body = JSON.stringify(payload);
    const eventId = options.eventId ?? randomUUID();
    const triggeredAt = (this.options.now?.() ?? new Date()).toISOString();
    const promise = Promise.all(uris.map((uri) => this.deliverTo(topic, shop, uri, body, eventId, triggeredAt)));
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise));
    return promise;
  }

  /** Resolves once every delivery in flight (retries included) has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async deliverTo(
    topic: string,
    shop: string,
    uri: string,
    body: string,
    eventId: string,
    triggeredAt: string,
  ): Promise<WebhookDelivery> {
    const maxAttempts = this.options.maxAttempts ?? 3;
    const url = resolveWebhookUrl(this.options.appUrl, uri);
    const doFetch = this.options.fetch ?? fetch;
    let last: WebhookDelivery | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const webhookId = randomUUID();
      const headers = webhookHeaders({
        topic,
        shop,
        body,
        secret: this.options.apiSecret,
        apiVersion: this.options.apiVersion,
        eventId,
        webhookId,
        triggeredAt,
      });
      const delivery: WebhookDelivery = { topic, shop, url, eventId, webhookId, attempt, status: 0, body };
      try {
        const response = await doFetch(url, {
          method: "POST",
          headers,
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        });
        delivery.status = response.status;
        await response.arrayBuffer().catch(() => undefined);
      } catch (error) {
        delivery.error = error instanceof Error ? error.message : String(error);
      }
      this.deliveries.push(delivery);
      last = delivery;
      if (delivery.status >= 200 && delivery.status < 300) break;
      if (attempt < maxAttempts) await sleep((this.options.retryDelayMs ?? 25) * 2 ** (attempt - 1));
    }
    return last!;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------
// REST payloads
// ---------------------------------------------------------------------------

function moneySet(amount: Cents, currency: string) {
  const money = { amount: formatMoney(amount), currency_code: currency };
  return { shop_money: money, presentment_money: { ...money } };
}

function addressPayload(address: AddressRecord | null, customerId?: number) {
  if (!address) return null;
  return {
    ...(customerId !== undefined ? { id: address.id, customer_id: customerId } : {}),
    first_name: address.firstName,
    last_name: address.lastName,
    company: address.company,
    address1: address.address1,
    address2: address.address2,
    city: address.city,
    province: address.province,
    country: address.country,
    zip: address.zip,
    phone: address.phone,
    name: [address.firstName, address.lastName].filter(Boolean).join(" "),
    province_code: address.provinceCode,
    country_code: address.countryCode,
    country_name: address.country,
    ...(customerId !== undefined ? { default: true } : { latitude: null, longitude: null }),
  };
}

/**
 * The REST Customer resource (customers/create, customers/update, nested in
 * orders) in its 2025-01-and-later shape: without `tags`,
 * `email_marketing_consent` and `sms_marketing_consent`, which Shopify
 * removed from customer payloads in 2025-01 in favour of webhooks of their
 * own (shopify.dev changelog, "New customer's webhook and changes to existing
 * customer's webhooks payload").
 */
export function customerPayload(data: ShopData, customer: CustomerRecord) {
  const lastOrder = customer.lastOrderId === null ? undefined : data.orders.get(customer.lastOrderId);
  return {
    id: customer.id,
    email: customer.email,
    created_at: customer.createdAt,
    updated_at: customer.updatedAt,
    first_name: customer.firstName,
    last_name: customer.lastName,
    orders_count: customer.numberOfOrders,
    state: customer.state.toLowerCase(),
    total_spent: formatMoney(customer.amountSpentCents),
    last_order_id: lastOrder?.id ?? null,
    note: customer.note,
    verified_email: customer.verifiedEmail,
    multipass_identifier: null,
    tax_exempt: customer.taxExempt,
    last_order_name: lastOrder?.name ?? null,
    currency: data.shop.currencyCode,
    phone: customer.phone,
    addresses: customer.addresses.map((a) => addressPayload(a, customer.id)),
    tax_exemptions: [],
    admin_graphql_api_id: gid("Customer", customer.id),
    default_address: addressPayload(customer.defaultAddress, customer.id),
  };
}

function lineItemPayload(data: ShopData, order: OrderRecord, line: LineItemRecord) {
  const currency = order.currencyCode;
  const fulfilled = fulfilledQuantity(order, line.id);
  const applicationIndex = order.discountApplications.length > 0 && line.discountCents > 0 ? 0 : null;
  return {
    id: line.id,
    admin_graphql_api_id: gid("LineItem", line.id),
    attributed_staffs: [],
    current_quantity: refundableQuantity(order, line),
    fulfillable_quantity: Math.max(0, refundableQuantity(order, line) - fulfilled),
    fulfillment_service: "manual",
    fulfillment_status: fulfilled === 0 ? null : fulfilled >= line.quantity ? "fulfilled" : "partial",
    gift_card: line.isGiftCard,
    grams: 0,
    name: line.variantTitle ? `${line.title} - ${line.variantTitle}` : line.title,
    price: formatMoney(line.unitPriceCents),
    price_set: moneySet(line.unitPriceCents, currency),
    product_exists: line.productId !== null && data.products.has(line.productId),
    product_id: line.productId,
    properties: line.customAttributes.map((a) => ({ name: a.key, value: a.value })),
    quantity: line.quantity,
    requires_shipping: line.requiresShipping,
    sku: line.sku,
    taxable: line.taxable,
    title: line.title,
    total_discount: formatMoney(0),
    total_discount_set: moneySet(0, currency),
    variant_id: line.variantId,
    variant_inventory_management: "shopify",
    variant_title: line.variantTitle,
    vendor: line.vendor,
    tax_lines: [],
    duties: [],
    discount_allocations:
      applicationIndex === null
        ? []
        : [
            {
              amount: formatMoney(line.discountCents),
              amount_set: moneySet(line.discountCents, currency),
              discount_application_index: applicationIndex,
            },
          ],
  };
}

/** The REST Fulfillment resource (fulfillments/create, fulfillments/update). */
export function fulfillmentPayload(data: ShopData, order: OrderRecord, fulfillment: FulfillmentRecord) {
  const tracking = fulfillment.trackingInfo;
  const status = fulfillmentDisplayStatus(fulfillment);
  return {
    id: fulfillment.id,
    admin_graphql_api_id: gid("Fulfillment", fulfillment.id),
    created_at: fulfillment.createdAt,
    location_id: fulfillment.locationId,
    name: fulfillment.name,
    order_id: order.id,
    origin_address: {},
    receipt: {},
    service: "manual",
    shipment_status: fulfillment.shipmentStatus ? fulfillment.shipmentStatus.toLowerCase() : null,
    status: fulfillment.status === "SUCCESS" ? "success" : status === "CANCELED" ? "cancelled" : fulfillment.status.toLowerCase(),
    tracking_company: tracking[0]?.company ?? null,
    tracking_number: tracking[0]?.number ?? null,
    tracking_numbers: tracking.map((t) => t.number).filter((n): n is string => n !== null),
    tracking_url: tracking[0]?.url ?? null,
    tracking_urls: tracking.map((t) => t.url).filter((u): u is string => u !== null),
    updated_at: fulfillment.updatedAt,
    email: order.email,
    destination: addressPayload(order.shippingAddress),
    line_items: fulfillment.lineItems
      .map((fli) => {
        const line = order.lineItems.find((l) => l.id === fli.lineItemId);
        return line ? { ...lineItemPayload(data, order, line), quantity: fli.quantity } : null;
      })
      .filter((l) => l !== null),
  };
}

/** The REST FulfillmentEvent resource (fulfillment_events/create): one carrier scan. */
export function fulfillmentEventPayload(data: ShopData, order: OrderRecord, fulfillment: FulfillmentRecord, event: FulfillmentEventRecord) {
  return {
    id: event.id,
    admin_graphql_api_id: gid("FulfillmentEvent", event.id),
    fulfillment_id: fulfillment.id,
    order_id: order.id,
    shop_id: data.shop.id,
    status: event.status.toLowerCase(),
    message: event.message,
    happened_at: event.happenedAt,
    created_at: event.createdAt,
    updated_at: event.createdAt,
    estimated_delivery_at: event.estimatedDeliveryAt,
    city: event.city,
    province: event.province,
    country: event.country,
    zip: event.zip,
    address1: null,
    latitude: null,
    longitude: null,
  };
}

/** The REST Refund resource (refunds/create, nested in orders). */
export function refundPayload(data: ShopData, order: OrderRecord, refund: RefundRecord) {
  const currency = order.currencyCode;
  return {
    id: refund.id,
    admin_graphql_api_id: gid("Refund", refund.id),
    created_at: refund.createdAt,
    note: refund.note,
    order_id: order.id,
    processed_at: refund.processedAt,
    restock: refund.lineItems.some((l) => l.restockType !== "NO_RESTOCK"),
    total_duties_set: moneySet(0, currency),
    user_id: null,
    order_adjustments:
      refund.shippingCents > 0
        ? [
            {
              id: refund.id + 1,
              amount: formatMoney(-refund.shippingCents),
              amount_set: moneySet(-refund.shippingCents, currency),
              kind: "shipping_refund",
              order_id: order.id,
              reason: "Shipping refund",
              refund_id: refund.id,
              tax_amount: "0.00",
              tax_amount_set: moneySet(0, currency),
            },
          ]
        : [],
    transactions: [
      {
        id: refund.transactionId,
        admin_graphql_api_id: gid("OrderTransaction", refund.transactionId),
        amount: formatMoney(refund.totalCents),
        authorization: null,
        created_at: refund.createdAt,
        currency,
        gateway: order.paymentGatewayNames[0] ?? "manual",
        kind: "refund",
        order_id: order.id,
        parent_id: null,
        processed_at: refund.processedAt,
        status: "success",
        test: order.test,
      },
    ],
    refund_line_items: refund.lineItems.map((rli) => {
      const line = order.lineItems.find((l) => l.id === rli.lineItemId)!;
      return {
        id: rli.id,
        line_item_id: rli.lineItemId,
        location_id: null,
        quantity: rli.quantity,
        restock_type: rli.restockType.toLowerCase(),
        subtotal: formatMoney(rli.subtotalCents),
        subtotal_set: moneySet(rli.subtotalCents, currency),
        total_tax: "0.00",
        total_tax_set: moneySet(0, currency),
        line_item: lineItemPayload(data, order, line),
      };
    }),
    duties: [],
    additional_fees: [],
    return: refund.returnId === null ? null : { id: refund.returnId, admin_graphql_api_id: gid("Return", refund.returnId) },
  };
}

/** The REST Order resource (orders/create, orders/paid, orders/updated, …). */
export function orderPayload(data: ShopData, order: OrderRecord) {
  const currency = order.currencyCode;
  const customer = order.customerId === null ? undefined : data.customers.get(order.customerId);
  const total = orderTotal(order);
  const current = orderCurrentTotal(order);
  const refundedLineValue = order.refunds.flatMap((r) => r.lineItems).reduce((s, l) => s + l.subtotalCents, 0);
  const currentSubtotal = orderSubtotal(order) - refundedLineValue;
  const shopId = data.shop.id;
  return {
    id: order.id,
    admin_graphql_api_id: gid("Order", order.id),
    app_id: null,
    browser_ip: null,
    buyer_accepts_marketing: customer?.emailMarketingState === "SUBSCRIBED",
    cancel_reason: order.cancelReason?.toLowerCase() ?? null,
    cancelled_at: order.cancelledAt,
    cart_token: null,
    checkout_id: null,
    checkout_token: null,
    client_details: null,
    closed_at: order.closedAt,
    confirmation_number: `C${order.id.toString(36).toUpperCase()}`,
    confirmed: true,
    contact_email: order.email,
    created_at: order.createdAt,
    currency,
    current_subtotal_price: formatMoney(Math.max(0, currentSubtotal)),
    current_subtotal_price_set: moneySet(Math.max(0, currentSubtotal), currency),
    current_total_additional_fees_set: null,
    current_total_discounts: formatMoney(order.totalDiscountsCents),
    current_total_discounts_set: moneySet(order.totalDiscountsCents, currency),
    current_total_duties_set: null,
    current_total_price: formatMoney(current),
    current_total_price_set: moneySet(current, currency),
    current_total_tax: formatMoney(order.taxCents),
    current_total_tax_set: moneySet(order.taxCents, currency),
    customer_locale: order.customerLocale,
    device_id: null,
    discount_codes: order.discountApplications
      .filter((d) => d.type === "DISCOUNT_CODE")
      .map((d) => ({
        code: d.code,
        amount: formatMoney(order.totalDiscountsCents),
        type: d.valueType === "PERCENTAGE" ? "percentage" : "fixed_amount",
      })),
    duties_included: false,
    email: order.email,
    estimated_taxes: false,
    financial_status: order.financialStatus.toLowerCase(),
    fulfillment_status: restFulfillmentStatus(order),
    landing_site: null,
    landing_site_ref: null,
    location_id: null,
    merchant_business_entity_id: null,
    merchant_of_record_app_id: null,
    name: order.name,
    note: order.note,
    note_attributes: order.customAttributes.map((a) => ({ name: a.key, value: a.value })),
    number: order.number - 1000,
    order_number: order.number,
    order_status_url: `https://${data.shop.domain}/${shopId}/orders/${order.id.toString(16)}/authenticate`,
    original_total_additional_fees_set: null,
    original_total_duties_set: null,
    payment_gateway_names: order.paymentGatewayNames,
    phone: order.phone,
    po_number: null,
    presentment_currency: currency,
    processed_at: order.processedAt,
    reference: null,
    referring_site: null,
    source_identifier: null,
    source_name: order.sourceName,
    source_url: null,
    subtotal_price: formatMoney(orderSubtotal(order)),
    subtotal_price_set: moneySet(orderSubtotal(order), currency),
    tags: order.tags.join(", "),
    tax_exempt: false,
    tax_lines: [],
    taxes_included: false,
    test: order.test,
    token: order.id.toString(16),
    total_cash_rounding_payment_adjustment_set: moneySet(0, currency),
    total_cash_rounding_refund_adjustment_set: moneySet(0, currency),
    total_discounts: formatMoney(order.totalDiscountsCents),
    total_discounts_set: moneySet(order.totalDiscountsCents, currency),
    total_line_items_price: formatMoney(lineItemsTotal(order)),
    total_line_items_price_set: moneySet(lineItemsTotal(order), currency),
    total_outstanding: formatMoney(order.financialStatus === "PENDING" ? total : 0),
    total_price: formatMoney(total),
    total_price_set: moneySet(total, currency),
    total_shipping_price_set: moneySet(order.shippingCents, currency),
    total_tax: formatMoney(order.taxCents),
    total_tax_set: moneySet(order.taxCents, currency),
    total_tip_received: "0.00",
    total_weight: 0,
    updated_at: order.updatedAt,
    user_id: null,
    billing_address: addressPayload(order.billingAddress),
    customer: customer
      ? (() => {
          const {
            addresses: _addresses,
            last_order_id: _l,
            last_order_name: _n,
            orders_count: _o,
            total_spent: _t,
            ...rest
          } = customerPayload(data, customer);
          return rest;
        })()
      : null,
    discount_applications: order.discountApplications.map((d) => ({
      target_type: d.targetType === "LINE_ITEM" ? "line_item" : "shipping_line",
      type: d.type === "DISCOUNT_CODE" ? "discount_code" : d.type.toLowerCase(),
      value: d.valueType === "PERCENTAGE" ? d.value.toFixed(1) : formatMoney(d.value),
      value_type: d.valueType === "PERCENTAGE" ? "percentage" : "fixed_amount",
      allocation_method: d.allocationMethod.toLowerCase(),
      target_selection: d.targetSelection.toLowerCase(),
      ...(d.code ? { code: d.code } : { title: d.title, description: d.title }),
    })),
    fulfillments: order.fulfillments.map((f) => fulfillmentPayload(data, order, f)),
    line_items: order.lineItems.map((line) => lineItemPayload(data, order, line)),
    payment_terms: null,
    refunds: order.refunds.map((r) => refundPayload(data, order, r)),
    shipping_address: addressPayload(order.shippingAddress),
    shipping_lines: order.shippingTitle
      ? [
          {
            id: order.id + 7,
            carrier_identifier: null,
            code: order.shippingTitle,
            discounted_price: formatMoney(order.shippingCents),
            discounted_price_set: moneySet(order.shippingCents, currency),
            is_removed: false,
            phone: null,
            price: formatMoney(order.shippingCents),
            price_set: moneySet(order.shippingCents, currency),
            requested_fulfillment_service_id: null,
            source: "shopify",
            title: order.shippingTitle,
            tax_lines: [],
            discount_allocations: [],
          },
        ]
      : [],
  };
}

/** The REST Shop resource (app/uninstalled, shop/update). */
export function shopPayload(data: ShopData) {
  const shop = data.shop;
  return {
    id: shop.id,
    name: shop.name,
    email: shop.email,
    domain: new URL(shop.primaryDomainUrl).host,
    province: null,
    country: shop.countryCode,
    address1: null,
    zip: null,
    city: null,
    source: null,
    phone: null,
    latitude: null,
    longitude: null,
    primary_locale: shop.primaryLocale,
    address2: null,
    created_at: shop.createdAt,
    updated_at: shop.createdAt,
    country_code: shop.countryCode,
    country_name: shop.countryCode,
    currency: shop.currencyCode,
    customer_email: shop.email,
    timezone: shop.ianaTimezone,
    iana_timezone: shop.ianaTimezone,
    shop_owner: [...data.staff.values()].find((s) => s.accountOwner)?.firstName ?? shop.name,
    money_format: "${{amount}}",
    money_with_currency_format: `\${{amount}} ${shop.currencyCode}`,
    weight_unit: "kg",
    province_code: null,
    taxes_included: false,
    auto_configure_tax_inclusivity: null,
    tax_shipping: null,
    county_taxes: true,
    plan_display_name: shop.planName,
    plan_name: shop.planName.toLowerCase(),
    has_discounts: data.discounts.size > 0,
    has_gift_cards: [...data.products.values()].some((p) => p.isGiftCard),
    myshopify_domain: shop.domain,
    google_apps_domain: null,
    google_apps_login_enabled: null,
    money_in_emails_format: "${{amount}}",
    money_with_currency_in_emails_format: `\${{amount}} ${shop.currencyCode}`,
    eligible_for_payments: true,
    requires_extra_payments_agreement: false,
    password_enabled: false,
    has_storefront: true,
    finances: true,
    primary_location_id: data.locations.keys().next().value ?? null,
    checkout_api_supported: true,
    multi_location_enabled: true,
    setup_required: false,
    pre_launch_enabled: false,
    enabled_presentment_currencies: [shop.currencyCode],
    marketing_sms_consent_enabled_at_checkout: false,
    transactional_sms_disabled: false,
  };
}

/** customers/data_request (GDPR). */
export function customersDataRequestPayload(data: ShopData, customer: CustomerRecord, dataRequestId: number) {
  return {
    shop_id: data.shop.id,
    shop_domain: data.shop.domain,
    orders_requested: data.orderIdsByCustomer.get(customer.id) ?? [],
    customer: { id: customer.id, email: customer.email, phone: customer.phone },
    data_request: { id: dataRequestId },
  };
}

/**
 * customers/email_marketing_consent_update: the customer's email marketing
 * consent as it now stands (Shopify's own topic for it since 2025-01, when
 * `email_marketing_consent` left the customer payloads).
 */
export function customerEmailConsentPayload(customer: CustomerRecord) {
  return {
    customer_id: customer.id,
    email_address: customer.email,
    email_marketing_consent: {
      state: customer.emailMarketingState.toLowerCase(),
      opt_in_level: customer.emailMarketingState === "SUBSCRIBED" ? "single_opt_in" : null,
      consent_updated_at: customer.emailMarketingUpdatedAt ?? null,
      consent_collected_from: "OTHER",
    },
  };
}

/** customers/redact (GDPR). */
export function customersRedactPayload(data: ShopData, customer: CustomerRecord) {
  return {
    shop_id: data.shop.id,
    shop_domain: data.shop.domain,
    customer: { id: customer.id, email: customer.email, phone: customer.phone },
    orders_to_redact: data.orderIdsByCustomer.get(customer.id) ?? [],
  };
}

/** shop/redact (GDPR). */
export function shopRedactPayload(data: ShopData) {
  return { shop_id: data.shop.id, shop_domain: data.shop.domain };
}

/** bulk_operations/finish */
export function bulkOperationFinishPayload(operation: BulkOperationRecord) {
  return {
    admin_graphql_api_id: gid("BulkOperation", operation.id),
    completed_at: operation.completedAt,
    created_at: operation.createdAt,
    error_code: operation.errorCode?.toLowerCase() ?? null,
    status: operation.status.toLowerCase(),
    type: operation.type.toLowerCase(),
  };
}

/** products/create and products/update: the REST Product with its variants and options. */
export function productPayload(data: ShopData, product: ProductRecord) {
  const variants = product.variantIds.flatMap((id) => {
    const variant = data.variants.get(id);
    return variant ? [variant] : [];
  });
  return {
    id: product.id,
    title: product.title,
    body_html: product.descriptionHtml,
    vendor: product.vendor,
    product_type: product.productType,
    handle: product.handle,
    created_at: product.createdAt,
    updated_at: product.updatedAt,
    published_at: product.publishedAt,
    status: product.status.toLowerCase(),
    tags: product.tags.join(", "),
    admin_graphql_api_id: gid("Product", product.id),
    variants: variants.map((variant) => ({
      id: variant.id,
      product_id: product.id,
      title: variant.title,
      price: formatMoney(variant.priceCents),
      compare_at_price: variant.compareAtPriceCents === null ? null : formatMoney(variant.compareAtPriceCents),
      sku: variant.sku,
      position: variant.position,
      inventory_policy: variant.inventoryPolicy.toLowerCase(),
      option1: variant.selectedOptions[0]?.value ?? null,
      option2: variant.selectedOptions[1]?.value ?? null,
      option3: variant.selectedOptions[2]?.value ?? null,
      taxable: variant.taxable,
      inventory_item_id: variant.inventoryItemId,
      inventory_quantity: variant.inventoryQuantity,
      created_at: variant.createdAt,
      updated_at: variant.updatedAt,
      admin_graphql_api_id: gid("ProductVariant", variant.id),
    })),
    options: product.options.map((option, index) => ({
      product_id: product.id,
      name: option.name,
      position: index + 1,
      values: option.values,
    })),
  };
}

/** products/delete: the id only. */
export function productDeletePayload(product: ProductRecord) {
  return { id: product.id };
}

/** inventory_levels/update: one inventory item's available quantity at one location. */
export function inventoryLevelPayload(variant: VariantRecord, locationId: number, updatedAt: string) {
  return {
    inventory_item_id: variant.inventoryItemId,
    location_id: locationId,
    available: variant.inventoryQuantity,
    updated_at: updatedAt,
    admin_graphql_api_id: `${gid("InventoryLevel", locationId)}?inventory_item_id=${variant.inventoryItemId}`,
  };
}
