/**
 * "Local Shopify": a plain node:http server in front of the Admin API
 * emulator, for end-to-end tests, the benchmark and demos.
 *
 *   POST /admin/api/{ADMIN_API_VERSION}/graphql.json   Admin GraphQL (shop from the access token)
 *   POST /admin/oauth/access_token                     token exchange / refresh (JSON or form body)
 *   GET  /_local/bulk/{id}.jsonl                       bulk operation results
 *   /_local/*                                          demo controls (orders, draft orders, refunds, fulfillments, …)
 *
 * Any other API version answers 404 like Shopify. Store changes made through
 * the control endpoints deliver the webhooks the app subscribed to in
 * shopify.app.toml, signed with the app secret.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { GraphQLEnumType } from "graphql";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { loadAdminSchema } from "./admin-schema";
import { createAdminEmulator, INVALID_TOKEN_BODY, type AdminEmulator, type WebhookEvent } from "./admin-emulator";
import { signSessionToken } from "./auth";
import type { ThrottleOptions } from "./cost";
import { cents, parseDecimalToCents } from "./money";
import {
  addFulfillmentEvent,
  cancelOrder,
  completeDraftOrder,
  createOrder,
  defaultLocationId,
  fulfillOrder,
  gid,
  markOrderPaid,
  parseGid,
  refundOrder,
  shopifyTime,
  StoreError,
  type DraftOrderRecord,
  type FulfillmentEventStatus,
  type OrderRecord,
  type ShopData,
  type Store,
} from "./store";
import {
  customerPayload,
  customersDataRequestPayload,
  customersRedactPayload,
  fulfillmentEventPayload,
  fulfillmentPayload,
  inventoryLevelPayload,
  orderPayload,
  productDeletePayload,
  productPayload,
  readWebhookConfig,
  refundPayload,
  shopPayload,
  shopRedactPayload,
  WebhookDispatcher,
  type WebhookDelivery,
  type WebhookSubscription,
} from "./webhooks";
import { handleMailbox, type MailCatcher } from "./mailbox";

/** The local App Bridge script served at /admin/app-bridge.js. */
export const APP_BRIDGE_PATH = fileURLToPath(new URL("./admin/app-bridge.js", import.meta.url));
/** App Bridge session tokens live one minute. */
export const SESSION_TOKEN_TTL_SECONDS = 60;

/** The app's shopify.app.toml (read for webhook subscriptions and scopes). */
export const APP_TOML_PATH = fileURLToPath(new URL("../shopify.app.toml", import.meta.url));

export interface StartLocalShopifyOptions {
  port?: number;
  host?: string;
  store: Store;
  apiKey: string;
  apiSecret: string;
  /** Where webhooks go: `{appUrl}{uri}`. Without it no webhook is sent. */
  appUrl?: string;
  /** Subscriptions; defaults to those in shopify.app.toml. */
  webhookSubscriptions?: WebhookSubscription[];
  /** Granted scopes; defaults to `[access_scopes] scopes` of shopify.app.toml. */
  scopes?: string;
  throttle?: ThrottleOptions;
  now?: () => Date;
  /** Webhook retry policy (see WebhookDispatcher). */
  webhookMaxAttempts?: number;
  webhookRetryDelayMs?: number;
  bulkOperationDelayMs?: number;
  /** Bulk queries one app may run at once on a shop (default 5, as from 2026-01). */
  maxConcurrentBulkQueries?: number;
  /** Deprecated parts of the schema answered as removed (see AdminEmulatorOptions). */
  refuseDeprecated?: "all" | readonly string[];
  /** The demo's mail catcher, whose messages /mailbox shows (mailbox.ts). */
  mailbox?: MailCatcher;
}

export interface LocalShopify {
  /** Base URL, e.g. http://127.0.0.1:54321 */
  url: string;
  /** The Admin GraphQL endpoint. */
  graphqlUrl: string;
  store: Store;
  emulator: AdminEmulator;
  /** Null when no appUrl was given. */
  webhooks: WebhookDispatcher | null;
  /** Delivers one webhook event to the subscribed URIs (no-op without appUrl). */
  deliverWebhook(topic: string, shop: string, payload: unknown, options?: { eventId?: string }): Promise<WebhookDelivery[]>;
  /** Installs the app on a shop and returns an offline access token (with `scope` if the merchant granted less). */
  installApp(shop: string, options?: { token?: string; scope?: string }): string;
  /** A session token (App Bridge JWT) for a staff member of the shop. */
  sessionToken(shop: string, userId?: number): string;
  /**
   * Makes the Admin GraphQL API hang, as Shopify sometimes does: requests are
   * held without an answer until the returned function is called, then
   * answered as usual (a client that gave up meanwhile gets nothing).
   */
  hangAdminApi(): () => void;
  /**
   * Loses the answers to the named operation (its `operationName`, or the
   * name in its document): Shopify does the work, the answer never reaches
   * the app (a connection cut after the commit, a gateway timeout). Every
   * call's answer, or the next `calls` ones' only; each held until the
   * returned function is called.
   */
  loseAdminAnswers(operationName: string, options?: { calls?: number }): () => void;
  /** Waits for bulk operations and webhook deliveries in flight. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === "string" ? body : JSON.stringify(body));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
  } catch {
    if (contentType?.includes("json")) throw new HttpError(400, { errors: "Invalid JSON body" });
    return Object.fromEntries(new URLSearchParams(raw));
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

/** The shop a JWT names in `dest`, without verifying it (verification comes later). */
function shopFromJwt(token: unknown): string | undefined {
  if (typeof token !== "string") return undefined;
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { dest?: string };
    return payload.dest?.replace(/^https:\/\//, "");
  } catch {
    return undefined;
  }
}

export function readAppToml(path = APP_TOML_PATH): { subscriptions: WebhookSubscription[]; scopes: string | null } {
  if (!existsSync(path)) return { subscriptions: [], scopes: null };
  const text = readFileSync(path, "utf8");
  const scopes = /^\s*scopes\s*=\s*"([^"]*)"/m.exec(text)?.[1] ?? null;
  return { subscriptions: readWebhookConfig(text).subscriptions, scopes };
}

export async function startLocalShopify(options: StartLocalShopifyOptions): Promise<LocalShopify> {
  const toml = readAppToml();
  const now = options.now ?? (() => new Date());
  const emulator = createAdminEmulator({
    store: options.store,
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    scopes: options.scopes ?? toml.scopes ?? undefined,
    throttle: options.throttle,
    now,
    bulkOperationDelayMs: options.bulkOperationDelayMs,
    maxConcurrentBulkQueries: options.maxConcurrentBulkQueries,
    refuseDeprecated: options.refuseDeprecated,
  });
  const webhooks = options.appUrl
    ? new WebhookDispatcher({
        appUrl: options.appUrl,
        apiSecret: options.apiSecret,
        subscriptions: options.webhookSubscriptions ?? toml.subscriptions,
        apiVersion: ADMIN_API_VERSION,
        maxAttempts: options.webhookMaxAttempts,
        retryDelayMs: options.webhookRetryDelayMs,
        now,
      })
    : null;

  const deliverWebhook = (topic: string, shop: string, payload: unknown, deliverOptions: { eventId?: string } = {}) =>
    webhooks && webhooks.isSubscribed(topic) ? webhooks.deliver(topic, shop, payload, deliverOptions) : Promise.resolve([]);
  emulator.onWebhook((event: WebhookEvent) => void deliverWebhook(event.topic, event.shop, event.payload));

  const shopOf = (value: unknown): ShopData => {
    const domain = typeof value === "string" && value ? value : options.store.shops.keys().next().value;
    const data = domain ? options.store.shops.get(domain) : undefined;
    if (!data) throw new HttpError(404, { errors: `Unknown shop ${String(value)}` });
    return data;
  };
  const numericId = (value: unknown, type: string): number => {
    if (typeof value === "number") return value;
    if (typeof value === "string") {
      if (/^\d+$/.test(value)) return Number(value);
      const parsed = parseGid(value);
      if (parsed && parsed.type === type) return parsed.id;
    }
    throw new HttpError(422, { errors: `Invalid ${type} id ${String(value)}` });
  };
  const orderOf = (data: ShopData, id: unknown): OrderRecord => {
    const byName = typeof id === "string" && id.startsWith("#") ? data.orderIdByName.get(id) : undefined;
    const order = data.orders.get(byName ?? numericId(id, "Order"));
    if (!order) throw new HttpError(404, { errors: `Order ${String(id)} not found` });
    return order;
  };
  const draftOrderOf = (data: ShopData, id: unknown): DraftOrderRecord => {
    const byName =
      typeof id === "string" && id.startsWith("#") ? [...data.draftOrders.values()].find((draft) => draft.name === id)?.id : undefined;
    const draft = data.draftOrders.get(byName ?? numericId(id, "DraftOrder"));
    if (!draft) throw new HttpError(404, { errors: `Draft order ${String(id)} not found` });
    return draft;
  };
  const emit = (data: ShopData, topic: string, payload: unknown) => void deliverWebhook(topic, data.shop.domain, payload);
  /** A new order's webhooks, as checkout sends them: created, paid when it is, and the customer's new totals. */
  const emitNewOrder = (shop: ShopData, order: OrderRecord) => {
    emit(shop, "orders/create", orderPayload(shop, order));
    if (order.financialStatus === "PAID") emit(shop, "orders/paid", orderPayload(shop, order));
    if (order.customerId !== null) emit(shop, "customers/update", customerPayload(shop, shop.customers.get(order.customerId)!));
  };

  // --- control endpoints ---------------------------------------------------

  const control = async (
    method: string,
    path: string,
    params: Record<string, unknown>,
    query: URLSearchParams,
  ): Promise<[number, unknown]> => {
    const data = () => shopOf(params.shop ?? query.get("shop"));
    const at = shopifyTime(now());
    let m: RegExpExecArray | null;
    if (method === "GET" && path === "/_local/health") return [200, { ok: true, apiVersion: ADMIN_API_VERSION }];
    if (method === "GET" && path === "/_local/shops")
      return [
        200,
        {
          shops: [...options.store.shops.values()].map((d) => ({
            domain: d.shop.domain,
            name: d.shop.name,
            customers: d.customers.size,
            orders: d.orders.size,
          })),
        },
      ];
    if (method === "GET" && path === "/_local/webhooks") return [200, { deliveries: webhooks?.deliveries ?? [] }];
    if (method === "POST" && path === "/_local/admin-api/outage") {
      // Shopify hanging for a while, as a browser journey needs it (the tests in process call hangAdminApi).
      const seconds = Number(params.seconds);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 60)
        throw new HttpError(422, { errors: "seconds must be between 0 and 60" });
      const release = hangAdminApi();
      setTimeout(release, seconds * 1_000).unref();
      return [200, { hangingForSeconds: seconds }];
    }
    if (method === "POST" && path === "/_local/admin-api/lost-answers") {
      // Shopify doing an operation's work and its answer lost, for a while (loseAdminAnswers, for a browser journey).
      const seconds = Number(params.seconds);
      const operation = typeof params.operation === "string" ? params.operation : "";
      if (!/^\w+$/.test(operation) || !Number.isFinite(seconds) || seconds <= 0 || seconds > 60)
        throw new HttpError(422, { errors: "operation must be an operation's name and seconds between 0 and 60" });
      const release = loseAdminAnswers(operation);
      setTimeout(release, seconds * 1_000).unref();
      return [200, { losingAnswersOf: operation, forSeconds: seconds }];
    }
    if (method === "POST" && path === "/_local/install") {
      const shop = data();
      const record = emulator.installApp(shop.shop.domain, { token: typeof params.token === "string" ? params.token : undefined });
      return [200, { access_token: record.token, scope: record.scope }];
    }
    if (method === "POST" && path === "/_local/session-token") {
      const shop = data();
      const userId = params.userId === undefined ? undefined : numericId(params.userId, "StaffMember");
      return [200, { token: sessionToken(shop.shop.domain, userId) }];
    }
    if (method === "POST" && path === "/_local/webhooks") {
      const shop = data();
      if (typeof params.topic !== "string") throw new HttpError(422, { errors: "topic is required" });
      return [200, { deliveries: await deliverWebhook(params.topic, shop.shop.domain, params.payload ?? {}) }];
    }
    if (method === "POST" && path === "/_local/uninstall") {
      const shop = data();
      emulator.tokens.revoke(shop.shop.domain, options.apiKey);
      emit(shop, "app/uninstalled", shopPayload(shop));
      return [200, { uninstalled: shop.shop.domain }];
    }
    if (method === "POST" && path === "/_local/orders") {
      const shop = data();
      const customerId =
        params.customerId !== undefined && params.customerId !== null
          ? numericId(params.customerId, "Customer")
          : typeof params.email === "string"
            ? (shop.customerIdByEmail.get(params.email.toLowerCase()) ?? null)
            : null;
      const lines = ((params.lines ?? params.lineItems ?? []) as Record<string, unknown>[]).map((line) => {
        let variantId: number | undefined;
        if (line.variantId !== undefined) variantId = numericId(line.variantId, "ProductVariant");
        else if (typeof line.sku === "string") variantId = [...shop.variants.values()].find((v) => v.sku === line.sku)?.id;
        if (variantId === undefined) throw new HttpError(422, { errors: `Unknown variant for line ${JSON.stringify(line)}` });
        const price = line.price === undefined ? undefined : parseDecimalToCents(String(line.price));
        return { variantId, quantity: Number(line.quantity ?? 1), unitPriceCents: price };
      });
      const attributes = (params.customAttributes ?? params.noteAttributes ?? params.note_attributes ?? []) as {
        key?: string;
        name?: string;
        value: string;
      }[];
      const order = createOrder(options.store, shop, {
        customerId,
        email: typeof params.email === "string" ? params.email : undefined,
        lines,
        createdAt: at,
        discountCode: typeof params.discountCode === "string" ? params.discountCode : null,
        // A code is checked as checkout checks it: active, for this buyer, within its limits.
        checkoutAt: now(),
        customAttributes: attributes.map((a) => ({ key: String(a.key ?? a.name), value: String(a.value) })),
        tags: (params.tags ?? []) as string[],
        note: typeof params.note === "string" ? params.note : null,
        shippingCents: params.shipping === undefined ? cents("8.00") : (parseDecimalToCents(String(params.shipping)) ?? 0),
        deliveryMethod: params.deliveryMethod === "PICK_UP" ? "PICK_UP" : "SHIPPING",
        financialStatus: params.financialStatus === "PENDING" ? "PENDING" : "PAID",
      });
      emitNewOrder(shop, order);
      return [201, { order: orderPayload(shop, order), admin_graphql_api_id: gid("Order", order.id) }];
    }
    if ((m = /^\/_local\/draft_orders\/([^/]+)\/complete$/.exec(path)) && method === "POST") {
      const shop = data();
      const draft = draftOrderOf(shop, decodeURIComponent(m[1]!));
      const order = completeDraftOrder(options.store, shop, draft, {
        at,
        paymentPending: params.paymentPending === true || params.paymentPending === "true",
        discountCode: typeof params.discountCode === "string" ? params.discountCode : null,
      });
      emitNewOrder(shop, order);
      return [
        201,
        {
          order: orderPayload(shop, order),
          admin_graphql_api_id: gid("Order", order.id),
          draft_order: { id: draft.id, name: draft.name, status: draft.status },
        },
      ];
    }
    if ((m = /^\/_local\/orders\/([^/]+)\/(refund|fulfill|cancel|pay)$/.exec(path)) && method === "POST") {
      const shop = data();
      const order = orderOf(shop, decodeURIComponent(m[1]!));
      switch (m[2]) {
        case "refund": {
          const refund = refundOrder(options.store, shop, order, {
            full: params.full === true || (!params.lines && !params.refundShipping),
            lines: ((params.lines ?? []) as { lineItemId: unknown; quantity: number }[]).map((l) => ({
              lineItemId: numericId(l.lineItemId, "LineItem"),
              quantity: Number(l.quantity),
            })),
            refundShipping: params.refundShipping === true,
            note: typeof params.note === "string" ? params.note : null,
            restockType: params.restock === true ? "RETURN" : "NO_RESTOCK",
            at,
          });
          emit(shop, "refunds/create", refundPayload(shop, order, refund));
          emit(shop, "orders/updated", orderPayload(shop, order));
          return [201, { refund: refundPayload(shop, order, refund) }];
        }
        case "fulfill": {
          const tracking = params.tracking as { company?: string; number?: string; url?: string } | undefined;
          const fulfillment = fulfillOrder(options.store, shop, order, {
            at,
            lines: params.lines
              ? (params.lines as { lineItemId: unknown; quantity: number }[]).map((l) => ({
                  lineItemId: numericId(l.lineItemId, "LineItem"),
                  quantity: Number(l.quantity),
                }))
              : undefined,
            tracking: tracking ? { company: tracking.company ?? null, number: tracking.number ?? null, url: tracking.url ?? null } : null,
            shipmentStatus: params.status === undefined ? undefined : fulfillmentEventStatusOf(params.status),
            estimatedDeliveryAt: typeof params.estimatedDeliveryAt === "string" ? params.estimatedDeliveryAt : null,
          });
          emit(shop, "fulfillments/create", fulfillmentPayload(shop, order, fulfillment));
          for (const event of fulfillment.events)
            emit(shop, "fulfillment_events/create", fulfillmentEventPayload(shop, order, fulfillment, event));
          emit(shop, "orders/updated", orderPayload(shop, order));
          return [201, { fulfillment: fulfillmentPayload(shop, order, fulfillment) }];
        }
        case "pay": {
          markOrderPaid(shop, order, at);
          emit(shop, "orders/paid", orderPayload(shop, order));
          emit(shop, "orders/updated", orderPayload(shop, order));
          if (order.customerId !== null) emit(shop, "customers/update", customerPayload(shop, shop.customers.get(order.customerId)!));
          return [200, { order: orderPayload(shop, order) }];
        }
        case "cancel": {
          const refundsBefore = order.refunds.length;
          cancelOrder(options.store, shop, order, {
            at,
            reason: (typeof params.reason === "string" ? params.reason.toUpperCase() : "CUSTOMER") as "CUSTOMER",
            refund: params.refund !== false,
            restock: params.restock !== false,
          });
          for (const refund of order.refunds.slice(refundsBefore)) emit(shop, "refunds/create", refundPayload(shop, order, refund));
          emit(shop, "orders/cancelled", orderPayload(shop, order));
          emit(shop, "orders/updated", orderPayload(shop, order));
          return [200, { order: orderPayload(shop, order) }];
        }
      }
    }
    if ((m = /^\/_local\/variants\/([^/]+)$/.exec(path)) && method === "POST") {
      // The merchant changes a variant's price or stock in the Shopify admin.
      const shop = data();
      const variant = shop.variants.get(numericId(decodeURIComponent(m[1]!), "ProductVariant"));
      const product = variant ? shop.products.get(variant.productId) : undefined;
      if (!variant || !product) throw new HttpError(404, { errors: `Variant ${m[1]} not found` });
      const price = params.price === undefined ? undefined : parseDecimalToCents(String(params.price));
      if (params.price !== undefined && (price === undefined || price < 0n)) throw new HttpError(422, { errors: "price is not a price" });
      const quantity = params.inventoryQuantity;
      if (quantity !== undefined && !(typeof quantity === "number" && Number.isInteger(quantity))) {
        throw new HttpError(422, { errors: "inventoryQuantity must be an integer" });
      }
      if (price !== undefined) variant.priceCents = price;
      if (typeof quantity === "number") variant.inventoryQuantity = quantity;
      variant.updatedAt = at;
      product.updatedAt = at;
      if (typeof quantity === "number") emit(shop, "inventory_levels/update", inventoryLevelPayload(variant, defaultLocationId(shop), at));
      emit(shop, "products/update", productPayload(shop, product));
      return [200, { product: productPayload(shop, product) }];
    }
    if ((m = /^\/_local\/products\/([^/]+)$/.exec(path)) && method === "DELETE") {
      const shop = data();
      const product = shop.products.get(numericId(decodeURIComponent(m[1]!), "Product"));
      if (!product) throw new HttpError(404, { errors: `Product ${m[1]} not found` });
      for (const id of product.variantIds) shop.variants.delete(id);
      shop.products.delete(product.id);
      emit(shop, "products/delete", productDeletePayload(product));
      return [200, { id: product.id }];
    }
    if ((m = /^\/_local\/fulfillments\/([^/]+)\/events$/.exec(path)) && method === "POST") {
      const shop = data();
      const fulfillmentId = numericId(decodeURIComponent(m[1]!), "Fulfillment");
      const orderId = shop.nested.fulfillments.get(fulfillmentId);
      const order = orderId === undefined ? undefined : shop.orders.get(orderId);
      const fulfillment = order?.fulfillments.find((f) => f.id === fulfillmentId);
      if (!order || !fulfillment) throw new HttpError(404, { errors: `Fulfillment ${m[1]} not found` });
      const event = addFulfillmentEvent(options.store, shop, order, fulfillment, {
        status: fulfillmentEventStatusOf(params.status),
        at,
        message: typeof params.message === "string" ? params.message : null,
        estimatedDeliveryAt: typeof params.estimatedDeliveryAt === "string" ? params.estimatedDeliveryAt : null,
      });
      emit(shop, "fulfillment_events/create", fulfillmentEventPayload(shop, order, fulfillment, event));
      emit(shop, "fulfillments/update", fulfillmentPayload(shop, order, fulfillment));
      emit(shop, "orders/updated", orderPayload(shop, order));
      return [201, { fulfillment: fulfillmentPayload(shop, order, fulfillment) }];
    }
    if ((m = /^\/_local\/customers\/([^/]+)\/(data_request|redact)$/.exec(path)) && method === "POST") {
      const shop = data();
      const customer = shop.customers.get(numericId(decodeURIComponent(m[1]!), "Customer"));
      if (!customer) throw new HttpError(404, { errors: `Customer ${m[1]} not found` });
      if (m[2] === "data_request") {
        const payload = customersDataRequestPayload(shop, customer, options.store.nextId());
        emit(shop, "customers/data_request", payload);
        return [200, payload];
      }
      const payload = customersRedactPayload(shop, customer);
      emit(shop, "customers/redact", payload);
      return [200, payload];
    }
    if (method === "POST" && path === "/_local/shop/redact") {
      const shop = data();
      const payload = shopRedactPayload(shop);
      emit(shop, "shop/redact", payload);
      return [200, payload];
    }
    throw new HttpError(404, { errors: "Not Found" });
  };

  const sessionToken = (shop: string, userId?: number) => {
    const data = shopOf(shop);
    const owner = [...data.staff.values()].find((s) => s.accountOwner) ?? [...data.staff.values()][0];
    const user = userId ?? owner?.id;
    if (user === undefined) throw new Error(`Shop ${shop} has no staff member`);
    return signSessionToken({
      shop,
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      userId: user,
      now: now(),
      expiresInSeconds: SESSION_TOKEN_TTL_SECONDS,
    });
  };

  // --- HTTP ----------------------------------------------------------------

  // Resolved while the Admin API answers; a pending promise while it hangs.
  let adminOutage: Promise<void> = Promise.resolve();
  const hangAdminApi = () => {
    let release!: () => void;
    adminOutage = new Promise<void>((resolve) => (release = resolve));
    return () => {
      release();
      adminOutage = Promise.resolve();
    };
  };

  // Operations whose answers are lost after the work is done (the next `calls` of them, or all),
  // each answer held until released.
  const lostAnswers = new Map<string, { held: Promise<void>; calls: number }>();
  const loseAdminAnswers = (operationName: string, options: { calls?: number } = {}) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    lostAnswers.set(operationName, { held, calls: options.calls ?? Number.POSITIVE_INFINITY });
    return () => {
      release();
      if (lostAnswers.get(operationName)?.held === held) lostAnswers.delete(operationName);
    };
  };
  /** Whether this call's answer is lost: then held until released. */
  const answerHeld = (operationName: string) => {
    const lost = lostAnswers.get(operationName);
    if (!lost || lost.calls <= 0) return null;
    lost.calls -= 1;
    return lost.held;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://local-shopify");
    const method = req.method ?? "GET";
    try {
      const graphql = /^\/admin\/api\/([^/]+)\/graphql\.json$/.exec(url.pathname);
      if (graphql) {
        await adminOutage;
        if (graphql[1] !== ADMIN_API_VERSION || method !== "POST") return send(res, 404, { errors: "Not Found" });
        const token = req.headers["x-shopify-access-token"];
        const record = emulator.tokens.lookup(typeof token === "string" ? token : undefined);
        if (!record) return send(res, 401, INVALID_TOKEN_BODY);
        const raw = await readBody(req);
        let body: { query?: unknown; variables?: unknown; operationName?: unknown };
        if (req.headers["content-type"]?.includes("application/graphql")) body = { query: raw };
        else {
          try {
            body = JSON.parse(raw) as typeof body;
          } catch {
            return send(res, 400, { errors: "Invalid JSON in request body" });
          }
        }
        if (typeof body.query !== "string") return send(res, 400, { errors: { query: "Required parameter missing or invalid" } });
        const operationName = typeof body.operationName === "string" ? body.operationName : null;
        const result = await emulator.execute({
          shop: record.shop,
          accessToken: record.token,
          query: body.query,
          variables: (body.variables as Record<string, unknown> | null) ?? null,
          operationName,
        });
        const held = answerHeld(operationName ?? /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "");
        if (held) await held;
        return send(res, result.status, result.body, { "X-Shopify-API-Version": ADMIN_API_VERSION, "X-Request-Id": randomUUID() });
      }
      if (url.pathname === "/admin/oauth/access_token") {
        if (method !== "POST") return send(res, 404, { errors: "Not Found" });
        const params = parseParams(await readBody(req), req.headers["content-type"]);
        const host = req.headers.host ?? "";
        const shop =
          url.searchParams.get("shop") ??
          (host.endsWith(".myshopify.com") ? host : undefined) ??
          shopFromJwt(params.subject_token) ??
          (typeof req.headers["x-shopify-shop-domain"] === "string" ? req.headers["x-shopify-shop-domain"] : undefined) ??
          options.store.shops.keys().next().value ??
          "";
        const result = emulator.handleAccessTokenRequest(shop, params);
        return send(res, result.status, result.body);
      }
      // The local App Bridge (admin/app-bridge.js) loads from here and asks
      // for session tokens for the staff member, as Shopify admin mints them.
      if (url.pathname === "/admin/app-bridge.js" && method === "GET") {
        if (!existsSync(APP_BRIDGE_PATH)) return send(res, 404, { errors: "Not Found" });
        res.writeHead(200, { "Content-Type": "application/javascript; charset=utf-8", "Access-Control-Allow-Origin": "*" });
        res.end(readFileSync(APP_BRIDGE_PATH));
        return;
      }
      if (url.pathname === "/admin/session-token" && method === "GET") {
        const cors = { "Access-Control-Allow-Origin": "*" };
        if (url.searchParams.get("client_id") !== options.apiKey) return send(res, 400, { errors: "Unknown client_id" }, cors);
        const shop = url.searchParams.get("shop") ?? "";
        if (!options.store.shops.has(shop)) return send(res, 404, { errors: `Unknown shop ${shop}` }, cors);
        const userId = url.searchParams.get("user_id");
        return send(
          res,
          200,
          { token: sessionToken(shop, userId ? Number(userId) : undefined), expires_in: SESSION_TOKEN_TTL_SECONDS },
          cors,
        );
      }
      // Shopify admin opening the app: /admin/apps/{handle}/{path}?{query}
      // loads the app's URL with that path and query (a deep link such as
      // /apps/{handle}/app/agent-desk?q=…), the embedded parameters and a
      // fresh session token for the staff member, as admin.shopify.com does
      // inside its iframe. No path is the app's root, which sends a visit
      // with ?shop= on to /app.
      const adminApp = /^\/admin\/apps\/[\w-]+(\/.*)?$/.exec(url.pathname);
      if (adminApp && method === "GET") {
        if (!options.appUrl) return send(res, 404, { errors: "No app URL configured" });
        const shop = url.searchParams.get("shop") ?? options.store.shops.keys().next().value ?? "";
        if (!options.store.shops.has(shop)) return send(res, 404, { errors: `Unknown shop ${shop}` });
        // The path set, not resolved: "//elsewhere.example/x" stays a path of the app, never another host.
        const target = new URL(options.appUrl);
        target.pathname = adminApp[1] ?? "/";
        for (const [name, value] of url.searchParams) target.searchParams.set(name, value);
        target.searchParams.set("embedded", "1");
        target.searchParams.set("shop", shop);
        target.searchParams.set("host", Buffer.from(`admin.shopify.com/store/${shop.replace(".myshopify.com", "")}`).toString("base64url"));
        target.searchParams.set("locale", url.searchParams.get("locale") ?? "en");
        target.searchParams.set("id_token", sessionToken(shop));
        res.writeHead(302, { Location: target.toString() });
        res.end();
        return;
      }
      const bulk = /^\/_local\/bulk\/(\d+)\.jsonl$/.exec(url.pathname);
      if (bulk && method === "GET") {
        const jsonl = emulator.bulkResult(Number(bulk[1]));
        if (jsonl === undefined) return send(res, 404, { errors: "Not Found" });
        res.writeHead(200, { "Content-Type": "application/jsonl", "Content-Length": Buffer.byteLength(jsonl) });
        res.end(jsonl);
        return;
      }
      if (options.mailbox && (await handleMailbox(options.mailbox, req, res, url))) return;
      if (url.pathname.startsWith("/_local/")) {
        const params = method === "GET" ? {} : parseParams(await readBody(req), req.headers["content-type"]);
        const [status, body] = await control(method, url.pathname, params, url.searchParams);
        return send(res, status, body);
      }
      return send(res, 404, { errors: "Not Found" });
    } catch (error) {
      if (error instanceof HttpError) return send(res, error.status, error.body);
      if (error instanceof StoreError) return send(res, 422, { errors: error.message });
      return send(res, 500, { errors: error instanceof Error ? error.message : String(error) });
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const baseUrl = `http://${host}:${address.port}`;
  emulator.setPublicUrl(baseUrl);

  return {
    url: baseUrl,
    graphqlUrl: `${baseUrl}/admin/api/${ADMIN_API_VERSION}/graphql.json`,
    store: options.store,
    emulator,
    webhooks,
    deliverWebhook,
    installApp: (shop, installOptions) => emulator.installApp(shop, installOptions).token,
    sessionToken,
    hangAdminApi,
    loseAdminAnswers,
    async idle() {
      await emulator.idle();
      await webhooks?.idle();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A carrier scan's status as a test or the demo posts it, Shopify's REST
 * spelling ("in_transit") or its GraphQL one ("IN_TRANSIT"), as the Admin
 * schema's FulfillmentEventStatus; anything else is refused as Shopify
 * refuses it, so the store never holds a status GraphQL cannot answer.
 */
function fulfillmentEventStatusOf(value: unknown): FulfillmentEventStatus {
  const statuses = (loadAdminSchema().getType("FulfillmentEventStatus") as GraphQLEnumType).getValues().map((status) => status.name);
  const status = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (!statuses.includes(status))
    throw new HttpError(422, { errors: `status must be one of ${statuses.map((name) => name.toLowerCase()).join(", ")}` });
  return status as FulfillmentEventStatus;
}
