/* eslint-disable @typescript-eslint/no-explicit-any -- resolver sources/args are schema-shaped and checked by graphql-js */
/**
 * Field resolvers that answer the official Admin schema from the store.
 *
 * Every object type the emulator serves has an entry in {@link typeResolvers};
 * a field missing from its type's entry raises "the local Shopify does not
 * implement Type.field" instead of returning a silent null. Plain value
 * objects built here (connections, MoneyV2, payloads, userErrors) have no
 * entry and are read property by property — again failing loudly for a
 * property they lack.
 */
import { GraphQLError, type GraphQLAbstractType, type GraphQLResolveInfo } from "graphql";
import { mapConnection, paginate, sortByKey, type Connection, type CursorKey, type PageArgs } from "./connection";
import type { FlowTriggerDefinition } from "./flow";
import { formatDecimal, formatMoney, type Cents } from "./money";
import { FULFILLMENT_ORDER_SCOPES, hasScope } from "./access-scopes";
import { findReverseDelivery, findReverseFulfillmentOrder, reverseDeliveryQueries, saleTransactionOf } from "./reverse-deliveries";
import {
  compileSearch,
  matchBoolean,
  matchDate,
  matchNumber,
  matchTags,
  matchText,
  matchWords,
  type SearchNode,
  type SearchSpec,
  type SearchWarning,
} from "./search-query";
import {
  RETURN_REASON_DEFINITIONS,
  discountStatus,
  findDiscountByCode,
  codesOf,
  findMetafield,
  fulfilledQuantity,
  fulfillmentDisplayStatus,
  gid,
  metafieldsOf,
  orderCurrentTotal,
  orderFulfillmentStatus,
  orderSubtotal,
  orderTotal,
  orderTotalRefunded,
  parseGid,
  refundableQuantity,
  refundedQuantity,
  returnableQuantity,
  variantAvailableForSale,
  type AddressRecord,
  type BulkOperationRecord,
  type CollectionRecord,
  type CustomerRecord,
  type DiscountApplicationRecord,
  type DiscountRecord,
  type DraftOrderRecord,
  type ExchangeLineItemRecord,
  type FulfillmentLineItemRecord,
  type FulfillmentOrderRecord,
  type FulfillmentRecord,
  type LineItemRecord,
  type MetafieldRecord,
  type OrderRecord,
  type ProductRecord,
  type RefundRecord,
  type ReturnLineItemRecord,
  type ReturnRecord,
  type ReverseDeliveryRecord,
  type ReverseFulfillmentOrderRecord,
  type ShopData,
  type StaffMemberRecord,
  type Store,
  type TrackingInfoRecord,
  type UrlRedirectRecord,
  type VariantRecord,
} from "./store";

// ---------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------

export interface EmulatorApp {
  apiKey: string;
  /** Numeric app id; `$app` namespaces resolve to `app--{appId}`. */
  appId: number;
  title: string;
  handle: string;
  /** Comma-separated granted scopes. */
  scopes: string;
  /** The app's Shopify Flow trigger extensions (flow.ts). */
  flowTriggers: FlowTriggerDefinition[];
}

export interface SearchExtension {
  path: (string | number)[];
  query: string;
  parsed: unknown;
  warnings: SearchWarning[];
}

export interface PendingWebhook {
  topic: string;
  shop: string;
  /** Built lazily, once the whole operation has run, so it sees final data. */
  payload: () => unknown;
}

export interface BulkRunRequest {
  query: string;
  groupObjects: boolean;
}

export interface ResolverContext {
  store: Store;
  data: ShopData;
  app: EmulatorApp;
  now: Date;
  /** Staff member behind an online token. */
  userId: number | null;
  /** The access scopes of the token the request came with. */
  scopes: ReadonlySet<string>;
  /** True while a bulk operation runs: pagination limits are lifted. */
  bulk: boolean;
  search: SearchExtension[];
  webhooks: PendingWebhook[];
  /** Starts a bulk query (provided by the emulator). */
  runBulkQuery: (request: BulkRunRequest) => { operation: BulkOperationRecord | null; userErrors: unknown[] };
  cancelBulkOperation: (operation: BulkOperationRecord) => void;
}

export type Resolver = (source: any, args: any, ctx: ResolverContext, info: GraphQLResolveInfo) => unknown;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

export function notImplemented(typeName: string, fieldName: string): GraphQLError {
  return new GraphQLError(`The local Shopify emulator does not implement ${typeName}.${fieldName}`, {
    extensions: { code: "NOT_IMPLEMENTED_BY_EMULATOR", typeName, fieldName },
  });
}

export function invalidGid(value: unknown): GraphQLError {
  return new GraphQLError(`Invalid global id '${String(value)}'`, {
    extensions: { code: "argumentLiteralsIncompatible", typeName: "CoercionError" },
  });
}

/** Parses a GID argument; throws Shopify's "Invalid global id" error if malformed. */
export function requireGid(value: unknown): { type: string; id: number } {
  const parsed = typeof value === "string" ? parseGid(value) : undefined;
  if (!parsed) throw invalidGid(value);
  return parsed;
}

export function money(amount: Cents, currencyCode: string) {
  return { amount: formatDecimal(amount), currencyCode };
}

export function moneyBag(amount: Cents, currencyCode: string) {
  return { shopMoney: money(amount, currencyCode), presentmentMoney: money(amount, currencyCode) };
}

/** Resolvers reading record properties of the same name. */
function props(...names: string[]): Record<string, Resolver> {
  const out: Record<string, Resolver> = {};
  for (const name of names) out[name] = (src) => src[name];
  return out;
}

function legacy(type: string): Record<string, Resolver> {
  return {
    id: (src) => gid(type, src.id),
    legacyResourceId: (src) => String(src.id),
  };
}

/** `$app:foo` → `app--{appId}--foo`; `$app` → `app--{appId}`. */
export function resolveNamespace(namespace: string | null | undefined, appId: number): string {
  const ns = namespace ?? "$app";
  if (ns === "$app") return `app--${appId}`;
  if (ns.startsWith("$app:")) return `app--${appId}--${ns.slice(5)}`;
  return ns;
}

function searchParsed(node: SearchNode | null): unknown {
  if (!node) return null;
  switch (node.type) {
    case "and":
      return { and: node.children.map(searchParsed) };
    case "or":
      return { or: node.children.map(searchParsed) };
    case "not":
      return { not: searchParsed(node.child) };
    case "term": {
      if (node.field === null) return { match_all: node.value };
      const range = { ">": "range_gt", ">=": "range_gte", "<": "range_lt", "<=": "range_lte" } as const;
      return node.comparator === ":"
        ? { field: node.field, match_all: node.value }
        : { field: node.field, [range[node.comparator]]: node.value };
    }
  }
}

/** Filters by a search query, recording warnings like Shopify's `extensions.search`. */
function applySearch<T>(
  items: readonly T[],
  query: string | null | undefined,
  spec: SearchSpec<T>,
  ctx: ResolverContext,
  info: GraphQLResolveInfo,
): readonly T[] {
  const compiled = compileSearch(query, spec);
  if (compiled.warnings.length > 0 && query) {
    ctx.search.push({ path: pathOf(info), query, parsed: searchParsed(compiled.parsed), warnings: compiled.warnings });
  }
  return compiled.predicate ? items.filter(compiled.predicate) : items;
}

function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p: GraphQLResolveInfo["path"] | undefined = info.path; p; p = p.prev) out.unshift(p.key);
  return out;
}

function pageArgs(args: any): PageArgs {
  return { first: args.first, last: args.last, after: args.after, before: args.before, reverse: args.reverse };
}

/** A connection over records, sorted with `sortKey` → key function. */
function connectionOf<T extends { id: number }>(
  ctx: ResolverContext,
  items: readonly T[],
  args: any,
  key: (item: T) => CursorKey,
  alreadySorted = false,
): Connection<T> {
  const sorted = alreadySorted ? items : sortByKey(items, key);
  return paginate(sorted, pageArgs(args), key, { bulk: ctx.bulk });
}

const byId = <T extends { id: number }>(item: T): CursorKey => ({ id: item.id, value: item.id });

/** How far back an app without `read_all_orders` sees orders (shopify.dev: "the last 60 days' worth of orders"). */
export const ORDERS_WINDOW_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the token may read this order: every order with `read_all_orders`,
 * else only those created in the last 60 days. Shopify leaves older orders
 * out of `orders`, counts and look-ups alike, bulk operations included.
 */
export function orderVisible(ctx: Pick<ResolverContext, "scopes" | "now">, order: OrderRecord): boolean {
  if (ctx.scopes.has("read_all_orders")) return true;
  return Date.parse(order.createdAt) >= ctx.now.getTime() - ORDERS_WINDOW_DAYS * DAY_MS;
}

/** Whether the token's scopes show this fulfillment order: its location's kind decides which scope. */
export function fulfillmentOrderVisible(ctx: Pick<ResolverContext, "scopes" | "data">, fulfillmentOrder: FulfillmentOrderRecord): boolean {
  const thirdParty = ctx.data.locations.get(fulfillmentOrder.locationId)?.fulfillmentServiceHandle !== undefined;
  return hasScope(ctx.scopes, thirdParty ? FULFILLMENT_ORDER_SCOPES.thirdParty : FULFILLMENT_ORDER_SCOPES.merchantManaged);
}

function visibleOrder(ctx: ResolverContext, order: OrderRecord | undefined): OrderRecord | null {
  return order && orderVisible(ctx, order) ? order : null;
}

function visibleOrders(ctx: ResolverContext, ids: readonly number[]): OrderRecord[] {
  const orders: OrderRecord[] = [];
  for (const id of ids) {
    const order = ctx.data.orders.get(id)!;
    if (orderVisible(ctx, order)) orders.push(order);
  }
  return orders;
}

/** Simple lists with an optional `first` (non-connection list fields). */
function firstN<T>(items: readonly T[], first: number | null | undefined): T[] {
  return typeof first === "number" ? items.slice(0, first) : [...items];
}

function dateKey(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

function tzParts(timeZone: string, date: Date) {
  const offsetName =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(date).find((p) => p.type === "timeZoneName")
      ?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetName);
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const abbreviation =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")
      ?.value ?? "UTC";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  return { minutes, abbreviation, offset };
}

// ---------------------------------------------------------------------------
// Node look-up
// ---------------------------------------------------------------------------

export interface InventoryItemView {
  kind: "InventoryItem";
  id: number;
  variant: VariantRecord;
}

export interface ReturnableFulfillmentView {
  kind: "ReturnableFulfillment";
  id: number;
  fulfillment: FulfillmentRecord;
}

export function orderOf(data: ShopData, orderId: number): OrderRecord {
  const order = data.orders.get(orderId);
  if (!order) throw new Error(`Order ${orderId} vanished`);
  return order;
}

/** The records a shop keeps by id, by GID type. */
const RECORDS: Record<string, (data: ShopData) => Map<number, object>> = {
  Customer: (data) => data.customers,
  Order: (data) => data.orders,
  Product: (data) => data.products,
  ProductVariant: (data) => data.variants,
  Collection: (data) => data.collections,
  DiscountCodeNode: (data) => data.discounts,
  DraftOrder: (data) => data.draftOrders,
  UrlRedirect: (data) => data.urlRedirects,
  StaffMember: (data) => data.staff,
  BulkOperation: (data) => data.bulkOperations,
  Location: (data) => data.locations,
};

/** The records kept inside an order, by GID type: the index from their id to the order's, and where in the order they are. */
const ORDER_PARTS: Record<string, { index: (data: ShopData) => Map<number, number>; in: (order: OrderRecord) => { id: number }[] }> = {
  LineItem: { index: (data) => data.nested.lineItems, in: (o) => o.lineItems },
  Fulfillment: { index: (data) => data.nested.fulfillments, in: (o) => o.fulfillments },
  FulfillmentLineItem: { index: (data) => data.nested.fulfillmentLineItems, in: (o) => o.fulfillments.flatMap((f) => f.lineItems) },
  FulfillmentOrder: { index: (data) => data.nested.fulfillmentOrders, in: (o) => o.fulfillmentOrders },
  Refund: { index: (data) => data.nested.refunds, in: (o) => o.refunds },
  Return: { index: (data) => data.nested.returns, in: (o) => o.returns },
  ReturnLineItem: { index: (data) => data.nested.returnLineItems, in: (o) => o.returns.flatMap((r) => r.returnLineItems) },
  ExchangeLineItem: { index: (data) => data.nested.exchangeLineItems, in: (o) => o.returns.flatMap((r) => r.exchangeLineItems) },
};

/** Finds any supported record by GID in the context's shop. */
export function findNode(data: ShopData, type: string, id: number): object | null {
  // Own keys only: a GID's type is whatever the caller wrote ("constructor" included).
  const records = Object.hasOwn(RECORDS, type) ? RECORDS[type] : undefined;
  if (records) return records(data).get(id) ?? null;
  const part = Object.hasOwn(ORDER_PARTS, type) ? ORDER_PARTS[type] : undefined;
  if (part) {
    const orderId = part.index(data).get(id);
    return orderId === undefined ? null : (part.in(orderOf(data, orderId)).find((r) => r.id === id) ?? null);
  }
  switch (type) {
    case "Shop":
      return data.shop.id === id ? data.shop : null;
    case "InventoryItem": {
      const variantId = data.variantIdByInventoryItem.get(id);
      const variant = variantId === undefined ? undefined : data.variants.get(variantId);
      return variant ? ({ kind: "InventoryItem", id, variant } satisfies InventoryItemView) : null;
    }
    case "ReverseFulfillmentOrder":
      return findReverseFulfillmentOrder(data, id)?.rfo ?? null;
    case "ReverseDelivery":
      return findReverseDelivery(data, id);
    case "ReturnableFulfillment": {
      const fulfillment = findNode(data, "Fulfillment", id) as FulfillmentRecord | null;
      return fulfillment ? ({ kind: "ReturnableFulfillment", id, fulfillment } satisfies ReturnableFulfillmentView) : null;
    }
    case "Metafield": {
      for (const list of data.metafields.values()) {
        const found = list.find((m) => m.id === id);
        if (found) return found;
      }
      return null;
    }
    default:
      return null;
  }
}

/** Shopify's abstract-type resolution: records carry `kind`, values `__typename`. */
export function resolveType(value: unknown, _ctx: unknown, _info: unknown, abstractType: GraphQLAbstractType): string {
  if (value && typeof value === "object") {
    const v = value as { __typename?: string; kind?: string };
    if (v.__typename) return v.__typename;
    if (abstractType.name === "DiscountCode") return "DiscountCodeBasic";
    if (v.kind) return v.kind;
  }
  throw new GraphQLError(`The local Shopify emulator cannot resolve the runtime type of ${abstractType.name}`);
}

// ---------------------------------------------------------------------------
// Search specs
// ---------------------------------------------------------------------------

function customerName(c: CustomerRecord): string {
  return [c.firstName, c.lastName].filter(Boolean).join(" ");
}

export function customerSearch(): SearchSpec<CustomerRecord> {
  return {
    fields: {
      id: (c, t) => matchNumber(c.id, t),
      email: (c, t) => matchText(c.email, t),
      phone: (c, t) => matchText(c.phone?.replace(/[\s-]/g, ""), { ...t, value: t.value.replace(/[\s-]/g, "") }),
      first_name: (c, t) => matchText(c.firstName, t),
      last_name: (c, t) => matchText(c.lastName, t),
      tag: (c, t) => matchTags(c.tags, t),
      tag_not: (c, t) => !matchTags(c.tags, t),
      state: (c, t) => matchText(c.state, t),
      country: (c, t) => matchText(c.defaultAddress?.country, t) || matchText(c.defaultAddress?.countryCode, t),
      created_at: (c, t) => matchDate(c.createdAt, t),
      updated_at: (c, t) => matchDate(c.updatedAt, t),
      orders_count: (c, t) => matchNumber(c.numberOfOrders, t),
      number_of_orders: (c, t) => matchNumber(c.numberOfOrders, t),
      amount_spent: (c, t) => matchNumber(c.amountSpentCents / 100, t),
      total_spent: (c, t) => matchNumber(c.amountSpentCents / 100, t),
      accepts_marketing: (c, t) => matchBoolean(c.emailMarketingState === "SUBSCRIBED", t),
      locale: (c, t) => matchText(c.locale, t),
    },
    text: (c, value) =>
      matchWords(customerName(c), value) ||
      matchWords(c.email, value) ||
      matchWords(c.phone, value) ||
      c.tags.some((tag) => matchWords(tag, value)),
  };
}

function orderStatusMatches(order: OrderRecord, value: string): boolean {
  switch (value.toLowerCase()) {
    case "open":
      return order.closedAt === null && order.cancelledAt === null;
    case "closed":
      return order.closedAt !== null;
    case "cancelled":
    case "canceled":
      return order.cancelledAt !== null;
    case "not_closed":
      return order.closedAt === null;
    case "any":
      return true;
    default:
      return false;
  }
}

function fulfillmentStatusMatches(order: OrderRecord, value: string): boolean {
  const status = orderFulfillmentStatus(order);
  switch (value.toLowerCase()) {
    case "shipped":
    case "fulfilled":
      return status === "FULFILLED";
    case "partial":
      return status === "PARTIALLY_FULFILLED";
    case "unshipped":
    case "unfulfilled":
      return status === "UNFULFILLED";
    case "any":
      return true;
    default:
      return status.toLowerCase() === value.toLowerCase();
  }
}

export function orderSearch(data: ShopData): SearchSpec<OrderRecord> {
  const customerOf = (o: OrderRecord) => (o.customerId === null ? undefined : data.customers.get(o.customerId));
  return {
    fields: {
      id: (o, t) => matchNumber(o.id, t),
      name: (o, t) => {
        const value = t.value.startsWith("#") ? t.value : `#${t.value}`;
        return matchText(o.name, { ...t, value }) || matchText(o.name, t);
      },
      order_number: (o, t) => matchNumber(o.number, t),
      email: (o, t) => matchText(o.email, t),
      phone: (o, t) => matchText(o.phone, t),
      customer_id: (o, t) => matchNumber(o.customerId, t),
      tag: (o, t) => matchTags(o.tags, t),
      tag_not: (o, t) => !matchTags(o.tags, t),
      status: (o, t) => orderStatusMatches(o, t.value),
      financial_status: (o, t) => t.value.toLowerCase() === "any" || matchText(o.financialStatus, t),
      fulfillment_status: (o, t) => fulfillmentStatusMatches(o, t.value),
      created_at: (o, t) => matchDate(o.createdAt, t),
      updated_at: (o, t) => matchDate(o.updatedAt, t),
      processed_at: (o, t) => matchDate(o.processedAt, t),
      cancelled_at: (o, t) => matchDate(o.cancelledAt, t),
      discount_code: (o, t) => o.discountCodes.some((code) => matchText(code, t)),
      sku: (o, t) => o.lineItems.some((l) => matchText(l.sku, t)),
      test: (o, t) => matchBoolean(o.test, t),
      source_name: (o, t) => matchText(o.sourceName, t),
      gateway: (o, t) => o.paymentGatewayNames.some((g) => matchText(g, t)),
      return_status: (o, t) => matchText(orderReturnStatus(o), t),
      delivery_method: (o, t) => o.fulfillmentOrders.some((f) => matchText(f.deliveryMethodType, t)),
    },
    text: (o, value) => {
      const customer = customerOf(o);
      return (
        matchWords(o.name, value) ||
        matchWords(o.name.slice(1), value) ||
        matchWords(o.email, value) ||
        matchWords(o.phone, value) ||
        (customer !== undefined && matchWords(customerName(customer), value)) ||
        o.lineItems.some((l) => matchWords(l.sku, value) || matchWords(l.title, value))
      );
    },
  };
}

export function productSearch(data: ShopData): SearchSpec<ProductRecord> {
  const variants = (p: ProductRecord) => p.variantIds.map((id) => data.variants.get(id)!).filter(Boolean);
  return {
    fields: {
      id: (p, t) => matchNumber(p.id, t),
      title: (p, t) => matchText(p.title, t) || matchWords(p.title, t.value),
      handle: (p, t) => matchText(p.handle, t),
      product_type: (p, t) => matchText(p.productType, t),
      vendor: (p, t) => matchText(p.vendor, t),
      tag: (p, t) => matchTags(p.tags, t),
      tag_not: (p, t) => !matchTags(p.tags, t),
      status: (p, t) => t.value.split(",").some((s) => s.trim().toUpperCase() === p.status),
      sku: (p, t) => variants(p).some((v) => matchText(v.sku, t)),
      gift_card: (p, t) => matchBoolean(p.isGiftCard, t),
      created_at: (p, t) => matchDate(p.createdAt, t),
      updated_at: (p, t) => matchDate(p.updatedAt, t),
      inventory_total: (p, t) =>
        matchNumber(
          variants(p).reduce((s, v) => s + v.inventoryQuantity, 0),
          t,
        ),
      out_of_stock_somewhere: (p, t) =>
        matchBoolean(
          variants(p).some((v) => v.inventoryQuantity <= 0),
          t,
        ),
    },
    text: (p, value) =>
      matchWords(p.title, value) ||
      matchWords(p.vendor, value) ||
      matchWords(p.productType, value) ||
      p.tags.some((tag) => matchWords(tag, value)),
  };
}

function variantSearch(data: ShopData): SearchSpec<VariantRecord> {
  return {
    fields: {
      id: (v, t) => matchNumber(v.id, t),
      sku: (v, t) => matchText(v.sku, t),
      title: (v, t) => matchText(v.title, t),
      product_id: (v, t) => matchNumber(v.productId, t),
      inventory_quantity: (v, t) => matchNumber(v.inventoryQuantity, t),
      updated_at: (v, t) => matchDate(v.updatedAt, t),
      created_at: (v, t) => matchDate(v.createdAt, t),
    },
    text: (v, value) => matchWords(v.sku, value) || matchWords(v.title, value) || matchWords(data.products.get(v.productId)?.title, value),
  };
}

function collectionSearch(): SearchSpec<CollectionRecord> {
  return {
    fields: {
      id: (c, t) => matchNumber(c.id, t),
      title: (c, t) => matchText(c.title, t) || matchWords(c.title, t.value),
      handle: (c, t) => matchText(c.handle, t),
      updated_at: (c, t) => matchDate(c.updatedAt, t),
    },
    text: (c, value) => matchWords(c.title, value),
  };
}

function discountSearch(now: () => Date): SearchSpec<DiscountRecord> {
  return {
    fields: {
      id: (d, t) => matchNumber(d.id, t),
      code: (d, t) => matchText(d.code, t),
      title: (d, t) => matchText(d.title, t),
      status: (d, t) => matchText(discountStatus(d, now()), t),
      starts_at: (d, t) => matchDate(d.startsAt, t),
      ends_at: (d, t) => matchDate(d.endsAt, t),
      created_at: (d, t) => matchDate(d.createdAt, t),
      updated_at: (d, t) => matchDate(d.updatedAt, t),
      times_used: (d, t) => matchNumber(d.asyncUsageCount, t),
      type: (d, t) => matchText(d.valueType === "PERCENTAGE" ? "percentage" : "fixed_amount", t),
      discount_type: (d, t) => matchText(d.valueType === "PERCENTAGE" ? "percentage" : "fixed_amount", t),
    },
    text: (d, value) => matchWords(d.title, value) || matchWords(d.code, value),
  };
}

function bulkSearch(): SearchSpec<BulkOperationRecord> {
  return {
    fields: {
      status: (b, t) => matchText(b.status, t),
      operation_type: (b, t) => matchText(b.type, t),
      created_at: (b, t) => matchDate(b.createdAt, t),
      id: (b, t) => matchNumber(b.id, t),
    },
    text: () => true,
  };
}

// ---------------------------------------------------------------------------
// Derived order values
// ---------------------------------------------------------------------------

export function orderReturnStatus(order: OrderRecord): string {
  const live = order.returns.filter((r) => r.status !== "CANCELED" && r.status !== "DECLINED");
  if (live.length === 0) return "NO_RETURN";
  if (live.some((r) => r.status === "REQUESTED")) return "RETURN_REQUESTED";
  if (live.some((r) => r.status === "OPEN")) return "IN_PROGRESS";
  return "RETURNED";
}

function discountApplicationValue(app: DiscountApplicationRecord, currency: string) {
  return app.valueType === "PERCENTAGE"
    ? { __typename: "PricingPercentageValue", percentage: app.value }
    : { __typename: "MoneyV2", ...money(app.value, currency) };
}

export function discountApplicationView(app: DiscountApplicationRecord, index: number, currency: string) {
  const common = {
    allocationMethod: app.allocationMethod,
    index,
    targetSelection: app.targetSelection,
    targetType: app.targetType,
    value: discountApplicationValue(app, currency),
  };
  switch (app.type) {
    case "DISCOUNT_CODE":
      return { __typename: "DiscountCodeApplication", code: app.code ?? "", ...common };
    case "MANUAL":
      return { __typename: "ManualDiscountApplication", title: app.title ?? "", description: null, ...common };
    case "AUTOMATIC":
      return { __typename: "AutomaticDiscountApplication", title: app.title ?? "", ...common };
  }
}

function lineDiscountedTotal(line: LineItemRecord): Cents {
  return line.unitPriceCents * line.quantity - line.discountCents;
}

function customerOf(ctx: ResolverContext, id: number | null): CustomerRecord | null {
  return id === null ? null : (ctx.data.customers.get(id) ?? null);
}

function addressView(address: AddressRecord | null) {
  return address;
}

function metafieldResolvers(ownerType: string): Record<string, Resolver> {
  return {
    metafield: (src, args, ctx) =>
      findMetafield(ctx.data, gid(ownerType, src.id), resolveNamespace(args.namespace, ctx.app.appId), args.key) ?? null,
    metafields: (src, args, ctx) => {
      let list = metafieldsOf(ctx.data, gid(ownerType, src.id));
      if (args.namespace) {
        const ns = resolveNamespace(args.namespace, ctx.app.appId);
        list = list.filter((m) => m.namespace === ns);
      }
      if (args.keys) {
        const wanted = new Set<string>(
          (args.keys as string[]).map((k) => {
            const dot = k.lastIndexOf(".");
            return `${resolveNamespace(k.slice(0, dot), ctx.app.appId)}.${k.slice(dot + 1)}`;
          }),
        );
        list = list.filter((m) => wanted.has(`${m.namespace}.${m.key}`));
      }
      // Other apps' reserved namespaces are private to them.
      list = list.filter((m) => !m.namespace.startsWith("app--") || m.namespace.startsWith(`app--${ctx.app.appId}`));
      return connectionOf(ctx, list, args, byId);
    },
  };
}

// ---------------------------------------------------------------------------
// Query root
// ---------------------------------------------------------------------------

function customerSortKey(sortKey: string | undefined): (c: CustomerRecord) => CursorKey {
  switch (sortKey ?? "ID") {
    case "CREATED_AT":
      return (c) => ({ id: c.id, value: Date.parse(c.createdAt) });
    case "UPDATED_AT":
      return (c) => ({ id: c.id, value: Date.parse(c.updatedAt) });
    case "NAME":
      return (c) => ({ id: c.id, value: customerName(c).toLowerCase() });
    case "LOCATION":
      return (c) => ({ id: c.id, value: c.defaultAddress?.country ?? null });
    default:
      return byId;
  }
}

export function orderSortKey(data: ShopData, sortKey: string | undefined): (o: OrderRecord) => CursorKey {
  switch (sortKey ?? "PROCESSED_AT") {
    case "PROCESSED_AT":
      return (o) => ({ id: o.id, value: Date.parse(o.processedAt) });
    case "CREATED_AT":
      return (o) => ({ id: o.id, value: Date.parse(o.createdAt) });
    case "UPDATED_AT":
      return (o) => ({ id: o.id, value: Date.parse(o.updatedAt) });
    case "ORDER_NUMBER":
      return (o) => ({ id: o.id, value: o.number });
    case "TOTAL_PRICE":
      return (o) => ({ id: o.id, value: orderTotal(o) });
    case "CURRENT_TOTAL_PRICE":
      return (o) => ({ id: o.id, value: orderCurrentTotal(o) });
    case "FINANCIAL_STATUS":
      return (o) => ({ id: o.id, value: o.financialStatus });
    case "FULFILLMENT_STATUS":
      return (o) => ({ id: o.id, value: orderFulfillmentStatus(o) });
    case "TOTAL_ITEMS_QUANTITY":
      return (o) => ({ id: o.id, value: o.lineItems.reduce((s, l) => s + l.quantity, 0) });
    case "CUSTOMER_NAME":
      return (o) => {
        const c = o.customerId === null ? undefined : data.customers.get(o.customerId);
        return { id: o.id, value: c ? customerName(c).toLowerCase() : null };
      };
    case "ID":
    case "RELEVANCE":
      return byId;
    default:
      throw notImplemented("OrderSortKeys", sortKey ?? "");
  }
}

function productSortKey(data: ShopData, sortKey: string | undefined): (p: ProductRecord) => CursorKey {
  switch (sortKey ?? "ID") {
    case "TITLE":
      return (p) => ({ id: p.id, value: p.title.toLowerCase() });
    case "CREATED_AT":
      return (p) => ({ id: p.id, value: Date.parse(p.createdAt) });
    case "UPDATED_AT":
      return (p) => ({ id: p.id, value: Date.parse(p.updatedAt) });
    case "PRODUCT_TYPE":
      return (p) => ({ id: p.id, value: p.productType.toLowerCase() });
    case "VENDOR":
      return (p) => ({ id: p.id, value: p.vendor.toLowerCase() });
    case "PUBLISHED_AT":
      return (p) => ({ id: p.id, value: dateKey(p.publishedAt) });
    case "INVENTORY_TOTAL":
      return (p) => ({ id: p.id, value: p.variantIds.reduce((s, v) => s + (data.variants.get(v)?.inventoryQuantity ?? 0), 0) });
    default:
      return byId;
  }
}

function ordersConnection(ctx: ResolverContext, orders: readonly OrderRecord[], args: any, info: GraphQLResolveInfo, defaultSort: string) {
  const filtered = applySearch(orders, args.query, orderSearch(ctx.data), ctx, info);
  const key = orderSortKey(ctx.data, args.sortKey ?? defaultSort);
  return connectionOf(ctx, filtered, args, key);
}

const queryRoot: Record<string, Resolver> = {
  shop: (_src, _args, ctx) => ctx.data.shop,
  node: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Order" ? visibleOrder(ctx, ctx.data.orders.get(id)) : findNode(ctx.data, type, id);
  },
  nodes: (_src, args, ctx) =>
    (args.ids as string[]).map((value) => {
      const { type, id } = requireGid(value);
      return type === "Order" ? visibleOrder(ctx, ctx.data.orders.get(id)) : findNode(ctx.data, type, id);
    }),
  customer: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Customer" ? (ctx.data.customers.get(id) ?? null) : null;
  },
  customerByIdentifier: (_src, args, ctx) => {
    const identifier = args.identifier as { id?: string; emailAddress?: string; phoneNumber?: string; customId?: unknown };
    if (identifier.id) {
      const { type, id } = requireGid(identifier.id);
      return type === "Customer" ? (ctx.data.customers.get(id) ?? null) : null;
    }
    if (identifier.emailAddress) {
      const id = ctx.data.customerIdByEmail.get(identifier.emailAddress.toLowerCase());
      return id === undefined ? null : (ctx.data.customers.get(id) ?? null);
    }
    if (identifier.phoneNumber) {
      const wanted = identifier.phoneNumber.replace(/[\s-]/g, "");
      for (const c of ctx.data.customers.values()) if (c.phone?.replace(/[\s-]/g, "") === wanted) return c;
      return null;
    }
    throw notImplemented("CustomerIdentifierInput", "customId");
  },
  customers: (_src, args, ctx, info) => {
    const sortKey = args.sortKey ?? "ID";
    if (!args.query && (sortKey === "ID" || sortKey === "RELEVANCE")) {
      // Fast path: page over the sorted id index without materialising 100k records.
      const page = paginate(ctx.data.customerIds, pageArgs(args), (id) => ({ id, value: id }), { bulk: ctx.bulk });
      return mapConnection(page, (id) => ctx.data.customers.get(id)!);
    }
    const all = ctx.data.customerIds.map((id) => ctx.data.customers.get(id)!);
    const filtered = applySearch(all, args.query, customerSearch(), ctx, info);
    // The id index is already in id order, so the default sort needs no work.
    const byIdSort = sortKey === "ID" || sortKey === "RELEVANCE";
    return connectionOf(ctx, filtered, args, customerSortKey(sortKey), byIdSort);
  },
  customersCount: (_src, args, ctx, info) => {
    const all = ctx.data.customerIds.map((id) => ctx.data.customers.get(id)!);
    return countOf(applySearch(all, args.query, customerSearch(), ctx, info).length, args.limit);
  },
  order: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Order" ? visibleOrder(ctx, ctx.data.orders.get(id)) : null;
  },
  orders: (_src, args, ctx, info) => ordersConnection(ctx, visibleOrders(ctx, ctx.data.orderIds), args, info, "PROCESSED_AT"),
  ordersCount: (_src, args, ctx, info) =>
    countOf(applySearch(visibleOrders(ctx, ctx.data.orderIds), args.query, orderSearch(ctx.data), ctx, info).length, args.limit),
  product: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Product" ? (ctx.data.products.get(id) ?? null) : null;
  },
  products: (_src, args, ctx, info) => {
    const all = ctx.data.productIds.map((id) => ctx.data.products.get(id)!);
    const filtered = applySearch(all, args.query, productSearch(ctx.data), ctx, info);
    return connectionOf(ctx, filtered, args, productSortKey(ctx.data, args.sortKey));
  },
  productsCount: (_src, args, ctx, info) => {
    const all = ctx.data.productIds.map((id) => ctx.data.products.get(id)!);
    return countOf(applySearch(all, args.query, productSearch(ctx.data), ctx, info).length, args.limit);
  },
  productVariant: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "ProductVariant" ? (ctx.data.variants.get(id) ?? null) : null;
  },
  productVariants: (_src, args, ctx, info) => {
    const all = [...ctx.data.variants.values()];
    const filtered = applySearch(all, args.query, variantSearch(ctx.data), ctx, info);
    return connectionOf(ctx, filtered, args, byId);
  },
  collection: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Collection" ? (ctx.data.collections.get(id) ?? null) : null;
  },
  collectionByHandle: (_src, args, ctx) => [...ctx.data.collections.values()].find((c) => c.handle === args.handle) ?? null,
  productByHandle: (_src, args, ctx) => [...ctx.data.products.values()].find((p) => p.handle === args.handle) ?? null,
  collections: (_src, args, ctx, info) => {
    const all = ctx.data.collectionIds.map((id) => ctx.data.collections.get(id)!);
    const filtered = applySearch(all, args.query, collectionSearch(), ctx, info);
    const sortKey = args.sortKey ?? "ID";
    const key =
      sortKey === "TITLE"
        ? (c: CollectionRecord) => ({ id: c.id, value: c.title.toLowerCase() })
        : sortKey === "UPDATED_AT"
          ? (c: CollectionRecord) => ({ id: c.id, value: Date.parse(c.updatedAt) })
          : byId;
    return connectionOf(ctx, filtered, args, key);
  },
  codeDiscountNode: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "DiscountCodeNode" ? (ctx.data.discounts.get(id) ?? null) : null;
  },
  codeDiscountNodeByCode: (_src, args, ctx) => findDiscountByCode(ctx.data, args.code) ?? null,
  codeDiscountNodes: (_src, args, ctx, info) => {
    const all = [...ctx.data.discounts.values()];
    const filtered = applySearch(
      all,
      args.query,
      discountSearch(() => ctx.now),
      ctx,
      info,
    );
    const sortKey = args.sortKey ?? "ID";
    const key =
      sortKey === "TITLE"
        ? (d: DiscountRecord) => ({ id: d.id, value: d.title.toLowerCase() })
        : sortKey === "CREATED_AT"
          ? (d: DiscountRecord) => ({ id: d.id, value: Date.parse(d.createdAt) })
          : sortKey === "UPDATED_AT"
            ? (d: DiscountRecord) => ({ id: d.id, value: Date.parse(d.updatedAt) })
            : sortKey === "STARTS_AT"
              ? (d: DiscountRecord) => ({ id: d.id, value: Date.parse(d.startsAt) })
              : sortKey === "ENDS_AT"
                ? (d: DiscountRecord) => ({ id: d.id, value: dateKey(d.endsAt) })
                : byId;
    return connectionOf(ctx, filtered, args, key);
  },
  discountCodesCount: (_src, args, ctx, info) =>
    countOf(
      applySearch(
        [...ctx.data.discounts.values()],
        args.query,
        discountSearch(() => ctx.now),
        ctx,
        info,
      ).length,
      args.limit,
    ),
  currentBulkOperation: (_src, args, ctx) => {
    const type = args.type ?? "QUERY";
    let latest: BulkOperationRecord | null = null;
    for (const op of ctx.data.bulkOperations.values())
      if (op.apiKey === ctx.app.apiKey && op.type === type && (!latest || op.id > latest.id)) latest = op;
    return latest;
  },
  bulkOperation: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    const op = type === "BulkOperation" ? ctx.data.bulkOperations.get(id) : undefined;
    return op && op.apiKey === ctx.app.apiKey ? op : null;
  },
  bulkOperations: (_src, args, ctx, info) => {
    const mine = [...ctx.data.bulkOperations.values()].filter((op) => op.apiKey === ctx.app.apiKey);
    const filtered = applySearch(mine, args.query, bulkSearch(), ctx, info);
    const key =
      (args.sortKey ?? "CREATED_AT") === "CREATED_AT"
        ? (b: BulkOperationRecord) => ({ id: b.id, value: Date.parse(b.createdAt) })
        : (b: BulkOperationRecord) => ({ id: b.id, value: dateKey(b.completedAt) });
    return connectionOf(ctx, filtered, args, key);
  },
  return: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Return" ? findNode(ctx.data, "Return", id) : null;
  },
  ...reverseDeliveryQueries,
  returnableFulfillment: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "ReturnableFulfillment" ? findNode(ctx.data, "ReturnableFulfillment", id) : null;
  },
  returnReasonDefinitions: (_src, args, ctx) => {
    const handles = args.handles as string[] | undefined;
    const ids = (args.ids as string[] | undefined)?.map((id) => requireGid(id).id);
    const list = RETURN_REASON_DEFINITIONS.filter(
      (definition) => (!handles || handles.includes(definition.handle)) && (!ids || ids.includes(definition.id)),
    );
    return connectionOf(ctx, [...list], args, byId, true);
  },
  returnableFulfillments: (_src, args, ctx) => {
    const { type, id } = requireGid(args.orderId);
    const order = type === "Order" ? ctx.data.orders.get(id) : undefined;
    if (!order) throw new GraphQLError("Order does not exist.", { extensions: { code: "NOT_FOUND" } });
    const returnable = order.fulfillments
      .filter((f) => f.lineItems.some((fli) => returnableQuantity(order, fli) > 0))
      .map((f): ReturnableFulfillmentView => ({ kind: "ReturnableFulfillment", id: f.id, fulfillment: f }));
    return connectionOf(ctx, returnable, args, byId, true);
  },
  fulfillment: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "Fulfillment" ? findNode(ctx.data, "Fulfillment", id) : null;
  },
  fulfillmentOrder: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "FulfillmentOrder" ? findNode(ctx.data, "FulfillmentOrder", id) : null;
  },
  draftOrder: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "DraftOrder" ? (ctx.data.draftOrders.get(id) ?? null) : null;
  },
  draftOrders: (_src, args, ctx, info) => {
    // The filters Shopify documents for draftOrders(query:).
    const spec: SearchSpec<DraftOrderRecord> = {
      fields: {
        id: (d, t) => matchNumber(d.id, t),
        customer_id: (d, t) => matchNumber(d.customerId, t),
        status: (d, t) => matchText(d.status, t),
        tag: (d, t) => matchTags(d.tags, t),
        created_at: (d, t) => matchDate(d.createdAt, t),
        updated_at: (d, t) => matchDate(d.updatedAt, t),
      },
      text: (d, value) => matchWords(d.name, value) || matchWords(d.email ?? "", value),
    };
    return connectionOf(ctx, applySearch([...ctx.data.draftOrders.values()], args.query, spec, ctx, info), args, byId);
  },
  urlRedirect: (_src, args, ctx) => {
    const { type, id } = requireGid(args.id);
    return type === "UrlRedirect" ? (ctx.data.urlRedirects.get(id) ?? null) : null;
  },
  urlRedirects: (_src, args, ctx, info) => {
    const spec: SearchSpec<UrlRedirectRecord> = {
      fields: { path: (r, t) => matchText(r.path, t), target: (r, t) => matchText(r.target, t), id: (r, t) => matchNumber(r.id, t) },
      text: (r, value) => matchWords(r.path, value) || matchWords(r.target, value),
    };
    return connectionOf(ctx, applySearch([...ctx.data.urlRedirects.values()], args.query, spec, ctx, info), args, byId);
  },
  staffMember: (_src, args, ctx) => {
    if (args.id === undefined || args.id === null) return ctx.userId === null ? null : (ctx.data.staff.get(ctx.userId) ?? null);
    const { type, id } = requireGid(args.id);
    return type === "StaffMember" ? (ctx.data.staff.get(id) ?? null) : null;
  },
  currentStaffMember: (_src, _args, ctx) => (ctx.userId === null ? null : (ctx.data.staff.get(ctx.userId) ?? null)),
  staffMembers: (_src, args, ctx, info) => {
    const spec: SearchSpec<StaffMemberRecord> = {
      fields: {
        email: (s, t) => matchText(s.email, t),
        first_name: (s, t) => matchText(s.firstName, t),
        last_name: (s, t) => matchText(s.lastName, t),
        account_type: (s, t) => matchText(s.accountOwner ? "REGULAR" : s.collaborator ? "COLLABORATOR" : "REGULAR", t),
        id: (s, t) => matchNumber(s.id, t),
      },
      text: (s, value) => matchWords(`${s.firstName} ${s.lastName}`, value) || matchWords(s.email, value),
    };
    return connectionOf(ctx, applySearch([...ctx.data.staff.values()], args.query, spec, ctx, info), args, byId);
  },
  location: (_src, args, ctx) => {
    if (!args.id) return ctx.data.locations.values().next().value ?? null;
    const { type, id } = requireGid(args.id);
    return type === "Location" ? (ctx.data.locations.get(id) ?? null) : null;
  },
  currentAppInstallation: (_src, _args, ctx) => ({ kind: "AppInstallation", app: ctx.app }),
};

function countOf(count: number, limit: number | null | undefined) {
  const max = typeof limit === "number" ? limit : null;
  if (max !== null && count > max) return { count: max, precision: "AT_LEAST" };
  return { count, precision: "EXACT" };
}

// ---------------------------------------------------------------------------
// Object types
// ---------------------------------------------------------------------------

const shopResolvers: Record<string, Resolver> = {
  id: (s) => gid("Shop", s.id),
  name: (s) => s.name,
  email: (s) => s.email,
  contactEmail: (s) => s.email,
  myshopifyDomain: (s) => s.domain,
  currencyCode: (s) => s.currencyCode,
  enabledPresentmentCurrencies: (s) => [s.currencyCode],
  ianaTimezone: (s) => s.ianaTimezone,
  timezoneOffsetMinutes: (s, _a, ctx) => tzParts(s.ianaTimezone, ctx.now).minutes,
  timezoneOffset: (s, _a, ctx) => tzParts(s.ianaTimezone, ctx.now).offset,
  timezoneAbbreviation: (s, _a, ctx) => tzParts(s.ianaTimezone, ctx.now).abbreviation,
  primaryDomain: (s) => {
    const url = new URL(s.primaryDomainUrl);
    return { kind: "Domain", id: s.id, host: url.host, url: url.origin, sslEnabled: url.protocol === "https:" };
  },
  url: (s) => s.primaryDomainUrl,
  createdAt: (s) => s.createdAt,
  updatedAt: (s) => s.createdAt,
  plan: (s) => ({ partnerDevelopment: false, publicDisplayName: s.planName, shopifyPlus: s.planName === "Shopify Plus" }),
  shopOwnerName: (_s, _a, ctx) => {
    const owner = [...ctx.data.staff.values()].find((m) => m.accountOwner);
    return owner ? `${owner.firstName} ${owner.lastName}` : "";
  },
  accountOwner: (_s, _a, ctx) => {
    const owner = [...ctx.data.staff.values()].find((m) => m.accountOwner);
    if (!owner) throw new GraphQLError("Shop has no account owner in the local store");
    return owner;
  },
  customerTags: (_s, args, ctx) => stringConnection(ctx, collectTags(ctx.data.customers.values()), args),
  orderTags: (_s, args, ctx) => stringConnection(ctx, collectTags(ctx.data.orders.values()), args),
  productTags: (_s, args, ctx) => stringConnection(ctx, collectTags(ctx.data.products.values()), args),
  ...metafieldResolvers("Shop"),
};

function collectTags(records: Iterable<{ tags: string[] }>): string[] {
  const tags = new Set<string>();
  for (const r of records) for (const t of r.tags) tags.add(t);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

function stringConnection(ctx: ResolverContext, values: string[], args: any) {
  const indexed = values.map((value, i) => ({ id: i + 1, value }));
  return mapConnection(
    paginate(indexed, { first: args.first }, (v) => ({ id: v.id, value: v.id }), { bulk: ctx.bulk }),
    (v) => v.value,
  );
}

const domainResolvers: Record<string, Resolver> = {
  id: (d) => gid("Domain", d.id),
  ...props("host", "url", "sslEnabled"),
};

const mailingAddressResolvers: Record<string, Resolver> = {
  id: (a) => gid("MailingAddress", a.id),
  ...props("address1", "address2", "city", "company", "country", "firstName", "lastName", "phone", "province", "provinceCode", "zip"),
  countryCodeV2: (a) => a.countryCode,
  countryCode: (a) => a.countryCode,
  name: (a) => [a.firstName, a.lastName].filter(Boolean).join(" ") || null,
  formatted: (a, args) => {
    const lines: string[] = [];
    if (args.withName) {
      const name = [a.firstName, a.lastName].filter(Boolean).join(" ");
      if (name) lines.push(name);
    }
    if (args.withCompany !== false && a.company) lines.push(a.company);
    if (a.address1) lines.push(a.address1);
    if (a.address2) lines.push(a.address2);
    const cityLine = [a.city, a.provinceCode ?? a.province, a.zip].filter(Boolean).join(" ");
    if (cityLine) lines.push(cityLine);
    if (a.country) lines.push(a.country);
    return lines;
  },
  formattedArea: (a) => [a.city, a.province, a.country].filter(Boolean).join(", ") || null,
  timeZone: () => null,
  latitude: () => null,
  longitude: () => null,
  coordinatesValidated: () => false,
};

const customerResolvers: Record<string, Resolver> = {
  ...legacy("Customer"),
  ...props("firstName", "lastName", "note", "locale", "state", "verifiedEmail", "taxExempt", "createdAt", "updatedAt", "email", "phone"),
  tags: (c) => [...c.tags],
  displayName: (c) => customerName(c) || c.email || c.phone || "",
  defaultEmailAddress: (c) =>
    c.email
      ? {
          emailAddress: c.email,
          marketingState: c.emailMarketingState,
          marketingOptInLevel: c.emailMarketingState === "SUBSCRIBED" ? "SINGLE_OPT_IN" : null,
          marketingUpdatedAt: c.emailMarketingUpdatedAt ?? null,
          validFormat: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c.email),
        }
      : null,
  defaultPhoneNumber: (c) =>
    c.phone
      ? {
          phoneNumber: c.phone,
          marketingState: "NOT_SUBSCRIBED",
          marketingOptInLevel: null,
          marketingUpdatedAt: null,
          marketingCollectedFrom: null,
        }
      : null,
  emailMarketingConsent: (c) =>
    c.email
      ? {
          marketingState: c.emailMarketingState,
          marketingOptInLevel: c.emailMarketingState === "SUBSCRIBED" ? "SINGLE_OPT_IN" : null,
          consentUpdatedAt: c.emailMarketingUpdatedAt ?? null,
        }
      : null,
  amountSpent: (c, _a, ctx) => money(c.amountSpentCents, ctx.data.shop.currencyCode),
  numberOfOrders: (c) => String(c.numberOfOrders),
  lastOrder: (c, _a, ctx) => (c.lastOrderId === null ? null : (ctx.data.orders.get(c.lastOrderId) ?? null)),
  orders: (c, args, ctx, info) => ordersConnection(ctx, visibleOrders(ctx, ctx.data.orderIdsByCustomer.get(c.id) ?? []), args, info, "ID"),
  defaultAddress: (c) => addressView(c.defaultAddress),
  addresses: (c, args) => firstN(c.addresses, args.first),
  addressesV2: (c, args, ctx) => connectionOf(ctx, c.addresses as AddressRecord[], args, byId),
  canDelete: (c) => c.numberOfOrders === 0,
  lifetimeDuration: (c, _a, ctx) => {
    const days = Math.floor((ctx.now.getTime() - Date.parse(c.createdAt)) / 86_400_000);
    if (days < 1) return "less than a day";
    if (days < 30) return `${days} day${days === 1 ? "" : "s"}`;
    const months = Math.floor(days / 30);
    if (months < 12) return `about ${months} month${months === 1 ? "" : "s"}`;
    const years = Math.floor(months / 12);
    return `about ${years} year${years === 1 ? "" : "s"}`;
  },
  ...metafieldResolvers("Customer"),
};

function currencyOf(order: OrderRecord): string {
  return order.currencyCode;
}

const orderResolvers: Record<string, Resolver> = {
  ...legacy("Order"),
  ...props(
    "name",
    "number",
    "email",
    "phone",
    "createdAt",
    "processedAt",
    "updatedAt",
    "cancelledAt",
    "cancelReason",
    "closedAt",
    "currencyCode",
    "note",
    "test",
    "sourceName",
    "customerLocale",
    "paymentGatewayNames",
  ),
  presentmentCurrencyCode: (o) => o.currencyCode,
  closed: (o) => o.closedAt !== null,
  confirmed: () => true,
  tags: (o) => [...o.tags],
  customAttributes: (o) => o.customAttributes.map((a: { key: string; value: string }) => ({ key: a.key, value: a.value })),
  displayFinancialStatus: (o) => o.financialStatus,
  displayFulfillmentStatus: (o) => orderFulfillmentStatus(o),
  returnStatus: (o) => orderReturnStatus(o),
  fullyPaid: (o) => o.financialStatus !== "PENDING" && o.financialStatus !== "AUTHORIZED" && o.financialStatus !== "PARTIALLY_PAID",
  unpaid: (o) => o.financialStatus === "PENDING" || o.financialStatus === "AUTHORIZED",
  refundable: (o) => orderCurrentTotal(o) > 0 && o.financialStatus !== "PENDING",
  requiresShipping: (o) => o.lineItems.some((l: LineItemRecord) => l.requiresShipping),
  fulfillable: (o) =>
    o.cancelledAt === null && o.fulfillmentOrders.some((f: FulfillmentOrderRecord) => f.status === "OPEN" || f.status === "IN_PROGRESS"),
  discountCode: (o) => o.discountCodes[0] ?? null,
  discountCodes: (o) => [...o.discountCodes],
  discountApplications: (o, args, ctx) => {
    const views: { id: number; view: unknown }[] = o.discountApplications.map((app: DiscountApplicationRecord, i: number) => ({
      id: i + 1,
      view: discountApplicationView(app, i, currencyOf(o)),
    }));
    return mapConnection(connectionOf(ctx, views, args, byId, true), (v) => v.view);
  },
  customer: (o, _a, ctx) => customerOf(ctx, o.customerId),
  lineItems: (o, args, ctx) => connectionOf(ctx, o.lineItems, args, byId, true),
  subtotalLineItemsQuantity: (o) => o.lineItems.reduce((s: number, l: LineItemRecord) => s + l.quantity, 0),
  currentSubtotalLineItemsQuantity: (o) => o.lineItems.reduce((s: number, l: LineItemRecord) => s + refundableQuantity(o, l), 0),
  totalPriceSet: (o) => moneyBag(orderTotal(o), currencyOf(o)),
  originalTotalPriceSet: (o) => moneyBag(orderTotal(o), currencyOf(o)),
  currentTotalPriceSet: (o) => moneyBag(orderCurrentTotal(o), currencyOf(o)),
  subtotalPriceSet: (o) => moneyBag(orderSubtotal(o), currencyOf(o)),
  currentSubtotalPriceSet: (o) => {
    const refundedLines = o.refunds
      .flatMap((r: RefundRecord) => r.lineItems)
      .reduce((s: number, l: { subtotalCents: number }) => s + l.subtotalCents, 0);
    return moneyBag(Math.max(0, orderSubtotal(o) - refundedLines), currencyOf(o));
  },
  totalRefundedSet: (o) => moneyBag(orderTotalRefunded(o), currencyOf(o)),
  totalRefundedShippingSet: (o) =>
    moneyBag(
      o.refunds.reduce((s: number, r: RefundRecord) => s + r.shippingCents, 0),
      currencyOf(o),
    ),
  totalDiscountsSet: (o) => moneyBag(o.totalDiscountsCents, currencyOf(o)),
  currentTotalDiscountsSet: (o) => moneyBag(o.totalDiscountsCents, currencyOf(o)),
  cartDiscountAmountSet: (o) => moneyBag(o.totalDiscountsCents, currencyOf(o)),
  totalShippingPriceSet: (o) => moneyBag(o.shippingCents, currencyOf(o)),
  currentShippingPriceSet: (o) => moneyBag(o.shippingCents, currencyOf(o)),
  totalTaxSet: (o) => moneyBag(o.taxCents, currencyOf(o)),
  currentTotalTaxSet: (o) => moneyBag(o.taxCents, currencyOf(o)),
  totalReceivedSet: (o) => moneyBag(o.financialStatus === "PENDING" ? 0 : orderTotal(o), currencyOf(o)),
  netPaymentSet: (o) => moneyBag(o.financialStatus === "PENDING" ? 0 : orderCurrentTotal(o), currencyOf(o)),
  totalOutstandingSet: (o) => moneyBag(o.financialStatus === "PENDING" ? orderTotal(o) : 0, currencyOf(o)),
  totalTipReceivedSet: (o) => moneyBag(0, currencyOf(o)),
  taxLines: () => [],
  currentTaxLines: () => [],
  taxesIncluded: () => false,
  taxExempt: () => false,
  shippingAddress: (o) => addressView(o.shippingAddress),
  billingAddress: (o) => addressView(o.billingAddress),
  displayAddress: (o) => addressView(o.billingAddress ?? o.shippingAddress),
  shippingLine: (o) =>
    o.shippingTitle === null
      ? null
      : {
          id: gid("ShippingLine", o.id),
          title: o.shippingTitle,
          code: o.shippingTitle,
          source: "shopify",
          custom: false,
          isRemoved: false,
          carrierIdentifier: null,
          deliveryCategory: o.fulfillmentOrders.some((f: FulfillmentOrderRecord) => f.deliveryMethodType === "PICK_UP")
            ? "pick-up"
            : "shipping",
          originalPriceSet: moneyBag(o.shippingCents, currencyOf(o)),
          discountedPriceSet: moneyBag(o.shippingCents, currencyOf(o)),
          currentDiscountedPriceSet: moneyBag(o.shippingCents, currencyOf(o)),
          discountAllocations: [],
          taxLines: [],
          phone: null,
          shippingRateHandle: null,
        },
  refunds: (o, args) => firstN(o.refunds, args.first),
  returns: (o, args, ctx) => connectionOf(ctx, o.returns, args, byId, true),
  // The payment (one SALE, as a checkout makes) and each refund's transaction.
  transactions: (o: OrderRecord, args) => {
    const gateway = o.paymentGatewayNames[0] ?? "manual";
    const sale = saleTransactionOf(o);
    const list = [
      ...(sale
        ? [
            {
              kind: "OrderTransaction",
              id: sale.id,
              orderId: o.id,
              txKind: "SALE",
              status: "SUCCESS",
              amountCents: orderTotal(o),
              createdAt: o.processedAt,
              gateway,
            },
          ]
        : []),
      ...o.refunds.map((r) => ({
        kind: "OrderTransaction",
        id: r.transactionId,
        orderId: o.id,
        txKind: "REFUND",
        status: "SUCCESS",
        amountCents: r.totalCents,
        createdAt: r.createdAt,
        gateway,
      })),
    ];
    return firstN(list, args.first);
  },
  fulfillments: (o, args) => firstN(o.fulfillments, args.first),
  fulfillmentsCount: (o) => ({ count: o.fulfillments.length, precision: "EXACT" }),
  fulfillmentOrders: (o, args, ctx) => {
    // Shopify leaves out the fulfillment orders the token's scopes do not
    // cover: a 3PL's needs read_third_party_fulfillment_orders.
    let list: FulfillmentOrderRecord[] = o.fulfillmentOrders.filter((f: FulfillmentOrderRecord) => fulfillmentOrderVisible(ctx, f));
    if (args.displayable) list = list.filter((f) => f.status !== "CANCELLED" && f.status !== "INCOMPLETE");
    return connectionOf(ctx, list, args, byId, true);
  },
  statusPageUrl: (o, _a, ctx) => `https://${ctx.data.shop.domain}/${ctx.data.shop.id}/orders/${o.id.toString(16)}/authenticate`,
  ...metafieldResolvers("Order"),
};

const lineItemResolvers: Record<string, Resolver> = {
  id: (l) => gid("LineItem", l.id),
  ...props("title", "variantTitle", "sku", "vendor", "quantity", "isGiftCard", "requiresShipping", "taxable"),
  name: (l) => (l.variantTitle ? `${l.title} - ${l.variantTitle}` : l.title),
  customAttributes: (l) => l.customAttributes.map((a: { key: string; value: string }) => ({ key: a.key, value: a.value })),
  variant: (l, _a, ctx) => (l.variantId === null ? null : (ctx.data.variants.get(l.variantId) ?? null)),
  product: (l, _a, ctx) => (l.productId === null ? null : (ctx.data.products.get(l.productId) ?? null)),
  currentQuantity: (l, _a, ctx) => refundableQuantity(orderOf(ctx.data, l.orderId), l),
  refundableQuantity: (l, _a, ctx) => refundableQuantity(orderOf(ctx.data, l.orderId), l),
  unfulfilledQuantity: (l, _a, ctx) => {
    const order = orderOf(ctx.data, l.orderId);
    return Math.max(0, refundableQuantity(order, l) - fulfilledQuantity(order, l.id));
  },
  fulfillableQuantity: (l, _a, ctx) => {
    const order = orderOf(ctx.data, l.orderId);
    return l.requiresShipping ? Math.max(0, refundableQuantity(order, l) - fulfilledQuantity(order, l.id)) : 0;
  },
  nonFulfillableQuantity: (l, _a, ctx) => refundedQuantity(orderOf(ctx.data, l.orderId), l.id),
  fulfillmentStatus: (l, _a, ctx) => {
    const done = fulfilledQuantity(orderOf(ctx.data, l.orderId), l.id);
    return done === 0 ? "unfulfilled" : done >= l.quantity ? "fulfilled" : "partial";
  },
  restockable: (l, _a, ctx) => refundableQuantity(orderOf(ctx.data, l.orderId), l) > 0,
  merchantEditable: () => true,
  originalUnitPriceSet: (l, _a, ctx) => moneyBag(l.unitPriceCents, orderOf(ctx.data, l.orderId).currencyCode),
  originalTotalSet: (l, _a, ctx) => moneyBag(l.unitPriceCents * l.quantity, orderOf(ctx.data, l.orderId).currencyCode),
  // Code discounts are order-level allocations, so Shopify leaves them out of
  // the line's "discounted" prices unless asked (withCodeDiscounts: true).
  discountedUnitPriceSet: (l, _a, ctx) => moneyBag(l.unitPriceCents, orderOf(ctx.data, l.orderId).currencyCode),
  discountedTotalSet: (l, args, ctx) =>
    moneyBag(args.withCodeDiscounts ? lineDiscountedTotal(l) : l.unitPriceCents * l.quantity, orderOf(ctx.data, l.orderId).currencyCode),
  discountedUnitPriceAfterAllDiscountsSet: (l, _a, ctx) =>
    moneyBag(Math.round(lineDiscountedTotal(l) / l.quantity), orderOf(ctx.data, l.orderId).currencyCode),
  totalDiscountSet: (l, _a, ctx) => moneyBag(l.discountCents, orderOf(ctx.data, l.orderId).currencyCode),
  unfulfilledDiscountedTotalSet: (l, _a, ctx) => {
    const order = orderOf(ctx.data, l.orderId);
    const units = Math.max(0, refundableQuantity(order, l) - fulfilledQuantity(order, l.id));
    return moneyBag(Math.round((lineDiscountedTotal(l) * units) / l.quantity), order.currencyCode);
  },
  discountAllocations: (l, _a, ctx) => {
    const order = orderOf(ctx.data, l.orderId);
    if (l.discountCents === 0 || order.discountApplications.length === 0) return [];
    return [
      {
        allocatedAmountSet: moneyBag(l.discountCents, order.currencyCode),
        discountApplication: discountApplicationView(order.discountApplications[0]!, 0, order.currencyCode),
      },
    ];
  },
  taxLines: () => [],
  duties: () => [],
};

const fulfillmentResolvers: Record<string, Resolver> = {
  ...legacy("Fulfillment"),
  ...props("name", "status", "createdAt", "updatedAt", "estimatedDeliveryAt", "inTransitAt", "deliveredAt"),
  displayStatus: (f) => fulfillmentDisplayStatus(f),
  trackingInfo: (f, args) =>
    firstN<TrackingInfoRecord>(f.trackingInfo, args.first).map(
      (t: { company: string | null; number: string | null; url: string | null }) => ({ ...t }),
    ),
  events: (f, args, ctx) => {
    const sortKey = args.sortKey ?? "HAPPENED_AT";
    const key = sortKey === "ID" ? byId : (e: { id: number; happenedAt: string }) => ({ id: e.id, value: Date.parse(e.happenedAt) });
    return connectionOf(ctx, f.events, args, key);
  },
  fulfillmentLineItems: (f, args, ctx) => connectionOf(ctx, f.lineItems, args, byId, true),
  totalQuantity: (f) => f.lineItems.reduce((s: number, l: FulfillmentLineItemRecord) => s + l.quantity, 0),
  order: (f, _a, ctx) => orderOf(ctx.data, f.orderId),
  requiresShipping: () => true,
  location: (f, _a, ctx) => ctx.data.locations.get(f.locationId) ?? null,
  fulfillmentOrders: (f, args, ctx) => {
    const order = orderOf(ctx.data, f.orderId);
    return connectionOf(
      ctx,
      order.fulfillmentOrders.filter((fo) => fo.id === f.fulfillmentOrderId && fulfillmentOrderVisible(ctx, fo)),
      args,
      byId,
      true,
    );
  },
};

const fulfillmentEventResolvers: Record<string, Resolver> = {
  id: (e) => gid("FulfillmentEvent", e.id),
  ...props("status", "happenedAt", "createdAt", "message", "city", "province", "country", "zip", "estimatedDeliveryAt"),
  address1: () => null,
  latitude: () => null,
  longitude: () => null,
};

const fulfillmentLineItemResolvers: Record<string, Resolver> = {
  id: (f) => gid("FulfillmentLineItem", f.id),
  quantity: (f) => f.quantity,
  lineItem: (f, _a, ctx) => orderOf(ctx.data, f.orderId).lineItems.find((l) => l.id === f.lineItemId),
  originalTotalSet: (f, _a, ctx) => {
    const order = orderOf(ctx.data, f.orderId);
    const line = order.lineItems.find((l) => l.id === f.lineItemId)!;
    return moneyBag(line.unitPriceCents * f.quantity, order.currencyCode);
  },
  discountedTotalSet: (f, _a, ctx) => {
    const order = orderOf(ctx.data, f.orderId);
    const line = order.lineItems.find((l) => l.id === f.lineItemId)!;
    return moneyBag(Math.round((lineDiscountedTotal(line) * f.quantity) / line.quantity), order.currencyCode);
  },
};

const fulfillmentOrderResolvers: Record<string, Resolver> = {
  id: (f) => gid("FulfillmentOrder", f.id),
  ...props("status", "createdAt", "updatedAt"),
  orderId: (f) => gid("Order", f.orderId),
  orderName: (f, _a, ctx) => orderOf(ctx.data, f.orderId).name,
  orderProcessedAt: (f, _a, ctx) => orderOf(ctx.data, f.orderId).processedAt,
  order: (f, _a, ctx) => orderOf(ctx.data, f.orderId),
  requestStatus: () => "UNSUBMITTED",
  fulfillAt: (f) => f.createdAt,
  fulfillBy: () => null,
  fulfillmentHolds: () => [],
  supportedActions: () => [],
  deliveryMethod: (f) => ({
    id: gid("DeliveryMethod", f.deliveryMethodId),
    methodType: f.deliveryMethodType,
    presentedName: f.presentedName,
    serviceCode: f.deliveryMethodType === "PICK_UP" ? "pickup" : "standard",
    sourceReference: null,
    minDeliveryDateTime: null,
    maxDeliveryDateTime: null,
    additionalInformation: null,
    brandedPromise: null,
  }),
  assignedLocation: (f, _a, ctx) => {
    const location = ctx.data.locations.get(f.locationId)!;
    return {
      name: location.name,
      city: location.city,
      countryCode: location.countryCode,
      location,
      address1: null,
      address2: null,
      phone: null,
      province: null,
      zip: null,
    };
  },
  destination: (f, _a, ctx) => {
    const address = orderOf(ctx.data, f.orderId).shippingAddress;
    if (!address || f.deliveryMethodType === "PICK_UP") return null;
    return {
      ...address,
      id: gid("FulfillmentOrderDestination", address.id),
      email: orderOf(ctx.data, f.orderId).email,
      location: null,
    };
  },
  lineItems: (f, args, ctx) =>
    mapConnection(connectionOf(ctx, f.lineItems as FulfillmentOrderRecord["lineItems"], args, byId, true), (li) => ({
      ...li,
      kind: "FulfillmentOrderLineItem",
      orderId: f.orderId,
    })),
  fulfillments: (f, args, ctx) =>
    connectionOf(
      ctx,
      orderOf(ctx.data, f.orderId).fulfillments.filter((x) => x.fulfillmentOrderId === f.id),
      args,
      byId,
      true,
    ),
};

const fulfillmentOrderLineItemResolvers: Record<string, Resolver> = {
  id: (l) => gid("FulfillmentOrderLineItem", l.id),
  totalQuantity: (l) => l.totalQuantity,
  remainingQuantity: (l) => l.remainingQuantity,
  lineItem: (l, _a, ctx) => orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId),
  sku: (l, _a, ctx) => orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId)?.sku ?? null,
  productTitle: (l, _a, ctx) => orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId)?.title ?? "",
  variantTitle: (l, _a, ctx) => orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId)?.variantTitle ?? null,
  vendor: (l, _a, ctx) => orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId)?.vendor ?? null,
  requiresShipping: (l, _a, ctx) => orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId)?.requiresShipping ?? true,
  variant: (l, _a, ctx) => {
    const line = orderOf(ctx.data, l.orderId).lineItems.find((x) => x.id === l.lineItemId);
    return line?.variantId ? (ctx.data.variants.get(line.variantId) ?? null) : null;
  },
  warnings: () => [],
};

const refundResolvers: Record<string, Resolver> = {
  ...legacy("Refund"),
  ...props("createdAt", "processedAt", "note"),
  updatedAt: (r) => r.processedAt,
  order: (r, _a, ctx) => orderOf(ctx.data, r.orderId),
  return: (r, _a, ctx) => (r.returnId === null ? null : findNode(ctx.data, "Return", r.returnId)),
  totalRefundedSet: (r, _a, ctx) => moneyBag(r.totalCents, orderOf(ctx.data, r.orderId).currencyCode),
  totalRefunded: (r, _a, ctx) => money(r.totalCents, orderOf(ctx.data, r.orderId).currencyCode),
  refundLineItems: (r, args, ctx) =>
    mapConnection(connectionOf(ctx, r.lineItems, args, byId, true), (rli: any) => ({ ...rli, kind: "RefundLineItem", orderId: r.orderId })),
  transactions: (r, args, ctx) => {
    const order = orderOf(ctx.data, r.orderId);
    const tx = {
      kind: "OrderTransaction",
      id: r.transactionId,
      orderId: r.orderId,
      txKind: "REFUND",
      status: "SUCCESS",
      amountCents: r.totalCents,
      createdAt: r.createdAt,
      gateway: order.paymentGatewayNames[0] ?? "manual",
    };
    return connectionOf(ctx, [tx], args, byId, true);
  },
  staffMember: () => null,
  duties: () => [],
};

const orderTransactionResolvers: Record<string, Resolver> = {
  id: (t) => gid("OrderTransaction", t.id),
  kind: (t) => t.txKind,
  status: (t) => t.status,
  gateway: (t) => t.gateway,
  formattedGateway: (t) => (t.gateway === "shopify_payments" ? "Shopify Payments" : t.gateway),
  createdAt: (t) => t.createdAt,
  processedAt: (t) => t.createdAt,
  test: () => false,
  amountSet: (t, _a, ctx) => moneyBag(t.amountCents, orderOf(ctx.data, t.orderId).currencyCode),
  order: (t, _a, ctx) => orderOf(ctx.data, t.orderId),
};

const refundLineItemResolvers: Record<string, Resolver> = {
  id: (r) => gid("RefundLineItem", r.id),
  quantity: (r) => r.quantity,
  restockType: (r) => r.restockType,
  restocked: (r) => r.restockType !== "NO_RESTOCK",
  lineItem: (r, _a, ctx) => orderOf(ctx.data, r.orderId).lineItems.find((l) => l.id === r.lineItemId),
  priceSet: (r, _a, ctx) => {
    const order = orderOf(ctx.data, r.orderId);
    const line = order.lineItems.find((l) => l.id === r.lineItemId)!;
    return moneyBag(line.unitPriceCents, order.currencyCode);
  },
  subtotalSet: (r, _a, ctx) => moneyBag(r.subtotalCents, orderOf(ctx.data, r.orderId).currencyCode),
  totalTaxSet: (r, _a, ctx) => moneyBag(0, orderOf(ctx.data, r.orderId).currencyCode),
  location: () => null,
};

const returnResolvers: Record<string, Resolver> = {
  id: (r) => gid("Return", r.id),
  ...props("name", "status", "createdAt", "closedAt"),
  requestApprovedAt: (r) => (r.status === "REQUESTED" ? null : r.createdAt),
  order: (r, _a, ctx) => orderOf(ctx.data, r.orderId),
  totalQuantity: (r) =>
    r.returnLineItems.reduce((s: number, l: ReturnLineItemRecord) => s + l.quantity, 0) +
    r.exchangeLineItems.reduce((s: number, l: ExchangeLineItemRecord) => s + l.quantity, 0),
  returnLineItems: (r, args, ctx) => connectionOf(ctx, r.returnLineItems, args, byId, true),
  exchangeLineItems: (r, args, ctx) => connectionOf(ctx, r.exchangeLineItems, args, byId, true),
  refunds: (r, args, ctx) => {
    const order = orderOf(ctx.data, r.orderId);
    return connectionOf(
      ctx,
      order.refunds.filter((x) => x.returnId === r.id),
      args,
      byId,
      true,
    );
  },
  returnShippingFees: () => [],
  reverseFulfillmentOrders: (r: ReturnRecord, args, ctx) => connectionOf(ctx, r.reverseFulfillmentOrders, args, byId, true),
  decline: () => null,
  staffMember: () => null,
};

const returnLineItemResolvers: Record<string, Resolver> = {
  id: (l) => gid("ReturnLineItem", l.id),
  quantity: (l) => l.quantity,
  processedQuantity: (l) => l.processedQuantity,
  unprocessedQuantity: (l) => l.quantity - l.processedQuantity,
  processableQuantity: (l) => l.quantity - l.processedQuantity,
  refundedQuantity: (l) => l.refundedQuantity,
  refundableQuantity: (l) => l.quantity - l.refundedQuantity,
  returnReason: (l) => l.returnReason,
  returnReasonNote: (l) => l.returnReasonNote,
  customerNote: (l) => l.customerNote,
  returnReasonDefinition: (l) => RETURN_REASON_DEFINITIONS.find((definition) => definition.id === l.returnReasonDefinitionId) ?? null,
  restockingFee: () => null,
  fulfillmentLineItem: (l, _a, ctx) => findNode(ctx.data, "FulfillmentLineItem", l.fulfillmentLineItemId),
  withCodeDiscountedTotalPriceSet: (l, _a, ctx) => {
    const order = orderOf(ctx.data, orderIdOfReturn(ctx, l.returnId));
    const line = order.lineItems.find((x) => x.id === l.lineItemId)!;
    return moneyBag(Math.round((lineDiscountedTotal(line) * l.quantity) / line.quantity), order.currencyCode);
  },
};

function orderIdOfReturn(ctx: ResolverContext, returnId: number): number {
  const orderId = ctx.data.nested.returns.get(returnId);
  if (orderId === undefined) throw new Error(`Return ${returnId} vanished`);
  return orderId;
}

const exchangeLineItemResolvers: Record<string, Resolver> = {
  id: (l) => gid("ExchangeLineItem", l.id),
  quantity: (l) => l.quantity,
  processedQuantity: (l) => l.processedQuantity,
  unprocessedQuantity: (l) => l.quantity - l.processedQuantity,
  processableQuantity: (l) => l.quantity - l.processedQuantity,
  title: (l) => l.title,
  variantTitle: (l) => l.variantTitle,
  variantSku: (l) => l.sku,
  variantId: (l) => gid("ProductVariant", l.variantId),
  productId: (l) => gid("Product", l.productId),
  lineItem: (l, _a, ctx) => (l.lineItemId === null ? null : findNode(ctx.data, "LineItem", l.lineItemId)),
  lineItems: (l, _a, ctx) => (l.lineItemId === null ? [] : [findNode(ctx.data, "LineItem", l.lineItemId)]),
};

const returnableFulfillmentResolvers: Record<string, Resolver> = {
  id: (r) => gid("ReturnableFulfillment", r.id),
  fulfillment: (r) => r.fulfillment,
  returnableFulfillmentLineItems: (r, args, ctx) => {
    const order = orderOf(ctx.data, r.fulfillment.orderId);
    const items = (r.fulfillment as FulfillmentRecord).lineItems
      .map((fli) => ({ id: fli.id, fulfillmentLineItem: fli, quantity: returnableQuantity(order, fli) }))
      .filter((x) => x.quantity > 0);
    return mapConnection(connectionOf(ctx, items, args, byId, true), (x) => ({
      fulfillmentLineItem: x.fulfillmentLineItem,
      quantity: x.quantity,
    }));
  },
};

function variantsOf(data: ShopData, product: ProductRecord): VariantRecord[] {
  return product.variantIds.map((id) => data.variants.get(id)!).filter(Boolean);
}

const productResolvers: Record<string, Resolver> = {
  ...legacy("Product"),
  ...props("title", "handle", "descriptionHtml", "productType", "vendor", "status", "isGiftCard", "createdAt", "updatedAt", "publishedAt"),
  tags: (p) => [...p.tags],
  description: (p, args) => {
    const text = p.descriptionHtml.replace(/<[^>]+>/g, "");
    return typeof args.truncateAt === "number" && text.length > args.truncateAt ? `${text.slice(0, args.truncateAt)}…` : text;
  },
  totalInventory: (p, _a, ctx) => variantsOf(ctx.data, p).reduce((s, v) => s + v.inventoryQuantity, 0),
  tracksInventory: () => true,
  hasOnlyDefaultVariant: (p) => p.variantIds.length === 1 && p.options.length === 1 && p.options[0].name === "Title",
  hasOutOfStockVariants: (p, _a, ctx) => variantsOf(ctx.data, p).some((v) => v.inventoryQuantity <= 0),
  totalVariants: (p) => p.variantIds.length,
  variantsCount: (p) => ({ count: p.variantIds.length, precision: "EXACT" }),
  variants: (p, args, ctx) => {
    const sortKey = args.sortKey ?? "POSITION";
    const key =
      sortKey === "POSITION"
        ? (v: VariantRecord) => ({ id: v.id, value: v.position })
        : sortKey === "SKU"
          ? (v: VariantRecord) => ({ id: v.id, value: v.sku })
          : sortKey === "TITLE"
            ? (v: VariantRecord) => ({ id: v.id, value: v.title })
            : sortKey === "INVENTORY_QUANTITY"
              ? (v: VariantRecord) => ({ id: v.id, value: v.inventoryQuantity })
              : byId;
    return connectionOf(ctx, variantsOf(ctx.data, p), args, key);
  },
  options: (p, args) =>
    firstN<{ name: string; values: string[] }>(p.options, args.first).map((o, i) => ({
      id: gid("ProductOption", p.id * 10 + i + 1),
      name: o.name,
      position: i + 1,
      values: [...o.values],
      optionValues: o.values.map((value, j) => ({
        id: gid("ProductOptionValue", p.id * 100 + (i + 1) * 10 + j),
        name: value,
        hasVariants: true,
        linkedMetafieldValue: null,
        swatch: null,
      })),
      linkedMetafield: null,
    })),
  collections: (p, args, ctx) =>
    connectionOf(ctx, p.collectionIds.map((id: number) => ctx.data.collections.get(id)!).filter(Boolean), args, byId),
  inCollection: (p, args) => {
    const { id } = requireGid(args.id);
    return p.collectionIds.includes(id);
  },
  onlineStoreUrl: (p, _a, ctx) => (p.status === "ACTIVE" ? `${ctx.data.shop.primaryDomainUrl}/products/${p.handle}` : null),
  featuredMedia: () => null,
  priceRangeV2: (p, _a, ctx) => {
    const prices = variantsOf(ctx.data, p).map((v) => v.priceCents);
    const currency = ctx.data.shop.currencyCode;
    return { minVariantPrice: money(Math.min(...prices), currency), maxVariantPrice: money(Math.max(...prices), currency) };
  },
  ...metafieldResolvers("Product"),
};

const variantResolvers: Record<string, Resolver> = {
  ...legacy("ProductVariant"),
  ...props("title", "sku", "inventoryQuantity", "inventoryPolicy", "position", "taxable", "createdAt", "updatedAt"),
  displayName: (v, _a, ctx) => `${ctx.data.products.get(v.productId)?.title ?? ""} - ${v.title}`,
  price: (v) => formatMoney(v.priceCents),
  compareAtPrice: (v) => (v.compareAtPriceCents === null ? null : formatMoney(v.compareAtPriceCents)),
  availableForSale: (v, _a, ctx) => variantAvailableForSale(ctx.data, v),
  sellableOnlineQuantity: (v) => Math.max(0, v.inventoryQuantity),
  selectedOptions: (v) => v.selectedOptions.map((o: { name: string; value: string }) => ({ name: o.name, value: o.value })),
  product: (v, _a, ctx) => ctx.data.products.get(v.productId),
  inventoryItem: (v): InventoryItemView => ({ kind: "InventoryItem", id: v.inventoryItemId, variant: v }),
  barcode: () => null,
  requiresComponents: () => false,
  ...metafieldResolvers("ProductVariant"),
};

const inventoryItemResolvers: Record<string, Resolver> = {
  id: (i) => gid("InventoryItem", i.id),
  legacyResourceId: (i) => String(i.id),
  sku: (i) => i.variant.sku,
  tracked: () => true,
  requiresShipping: (i) => i.variant.requiresShipping,
  unitCost: (i, _a, ctx) => (i.variant.unitCostCents === null ? null : money(i.variant.unitCostCents, ctx.data.shop.currencyCode)),
  createdAt: (i) => i.variant.createdAt,
  updatedAt: (i) => i.variant.updatedAt,
  variant: (i) => i.variant,
  countryCodeOfOrigin: () => null,
  harmonizedSystemCode: () => null,
};

const collectionResolvers: Record<string, Resolver> = {
  ...legacy("Collection"),
  ...props("title", "handle", "descriptionHtml", "updatedAt"),
  description: (c) => c.descriptionHtml.replace(/<[^>]+>/g, ""),
  sortOrder: () => "MANUAL",
  products: (c, args, ctx) =>
    connectionOf(ctx, c.productIds.map((id: number) => ctx.data.products.get(id)!).filter(Boolean), args, byId, true),
  productsCount: (c) => ({ count: c.productIds.length, precision: "EXACT" }),
  hasProduct: (c, args) => c.productIds.includes(requireGid(args.id).id),
  image: () => null,
  ...metafieldResolvers("Collection"),
};

function discountSummary(d: DiscountRecord, currency: string): string {
  const value = d.valueType === "PERCENTAGE" ? `${d.value}% off entire order` : `${formatMoney(d.value)} ${currency} off entire order`;
  const minimum = d.minimumSubtotalCents !== null ? ` • Minimum purchase of ${formatMoney(d.minimumSubtotalCents)} ${currency}` : "";
  const once = d.appliesOncePerCustomer ? " • One use per customer" : "";
  return `${value}${minimum}${once}`;
}

const discountNodeResolvers: Record<string, Resolver> = {
  id: (d) => gid("DiscountCodeNode", d.id),
  codeDiscount: (d) => d,
  ...metafieldResolvers("DiscountCodeNode"),
};

const discountCodeBasicResolvers: Record<string, Resolver> = {
  ...props("title", "startsAt", "endsAt", "usageLimit", "appliesOncePerCustomer", "asyncUsageCount", "createdAt", "updatedAt"),
  tags: (d) => [...d.tags],
  status: (d, _a, ctx) => discountStatus(d, ctx.now),
  summary: (d, _a, ctx) => discountSummary(d, ctx.data.shop.currencyCode),
  shortSummary: (d, _a, ctx) => discountSummary(d, ctx.data.shop.currencyCode).split(" • ")[0],
  codes: (d, args, ctx) => connectionOf(ctx, codesOf(d), args, byId, true),
  codesCount: (d) => ({ count: codesOf(d).length, precision: "EXACT" }),
  customerGets: (d, _a, ctx) => ({
    appliesOnOneTimePurchase: true,
    appliesOnSubscription: false,
    items: { __typename: "AllDiscountItems", allItems: true },
    value:
      d.valueType === "PERCENTAGE"
        ? { __typename: "DiscountPercentage", percentage: d.value / 100 }
        : { __typename: "DiscountAmount", amount: money(d.value, ctx.data.shop.currencyCode), appliesOnEachItem: d.appliesOnEachItem },
  }),
  minimumRequirement: (d, _a, ctx) =>
    d.minimumSubtotalCents !== null
      ? { __typename: "DiscountMinimumSubtotal", greaterThanOrEqualToSubtotal: money(d.minimumSubtotalCents, ctx.data.shop.currencyCode) }
      : d.minimumQuantity !== null
        ? { __typename: "DiscountMinimumQuantity", greaterThanOrEqualToQuantity: String(d.minimumQuantity) }
        : null,
  context: (d, _a, ctx) =>
    d.customerIds === null
      ? { __typename: "DiscountBuyerSelectionAll", all: "ALL" }
      : { __typename: "DiscountCustomers", customers: d.customerIds.map((id: number) => ctx.data.customers.get(id)).filter(Boolean) },
  customerSelection: (d, _a, ctx) =>
    d.customerIds === null
      ? { __typename: "DiscountCustomerAll", allCustomers: true }
      : { __typename: "DiscountCustomers", customers: d.customerIds.map((id: number) => ctx.data.customers.get(id)).filter(Boolean) },
  combinesWith: (d) => ({ ...d.combinesWith, productDiscountsWithTagsOnSameCartLine: null }),
  discountClass: () => "ORDER",
  discountClasses: () => ["ORDER"],
  hasTimelineComment: () => false,
  recurringCycleLimit: () => null,
  shareableUrls: () => [],
  totalSales: (d, _a, ctx) => {
    let total = 0;
    for (const order of ctx.data.orders.values())
      if (order.discountCodes.some((c) => c.toLowerCase() === d.code.toLowerCase())) total += orderCurrentTotal(order);
    return money(total, ctx.data.shop.currencyCode);
  },
};

const discountRedeemCodeResolvers: Record<string, Resolver> = {
  id: (c) => gid("DiscountRedeemCode", c.id),
  code: (c) => c.code,
  asyncUsageCount: (c) => c.asyncUsageCount,
  createdBy: () => null,
};

const draftOrderResolvers: Record<string, Resolver> = {
  ...legacy("DraftOrder"),
  ...props("name", "status", "email", "phone", "createdAt", "updatedAt", "currencyCode"),
  note2: (d) => d.note,
  tags: (d) => [...d.tags],
  discountCodes: (d) => [...d.discountCodes],
  presentmentCurrencyCode: (d) => d.currencyCode,
  customAttributes: (d) => d.customAttributes.map((a: { key: string; value: string }) => ({ ...a })),
  customer: (d, _a, ctx) => customerOf(ctx, d.customerId),
  completedAt: (d) => d.completedAt,
  order: (d, _a, ctx) => (d.orderId === null ? null : (ctx.data.orders.get(d.orderId) ?? null)),
  ready: () => true,
  invoiceSentAt: () => null,
  invoiceUrl: (d, _a, ctx) => `https://${ctx.data.shop.domain}/${ctx.data.shop.id}/invoices/${d.id.toString(16)}`,
  taxExempt: () => false,
  taxesIncluded: () => false,
  visibleToCustomer: () => true,
  totalQuantityOfLineItems: (d) => d.lineItems.reduce((s: number, l: { quantity: number }) => s + l.quantity, 0),
  lineItems: (d, args, ctx) =>
    mapConnection(connectionOf(ctx, d.lineItems, args, byId, true), (l: any) => ({ ...l, kind: "DraftOrderLineItem", draft: d })),
  totalLineItemsPriceSet: (d) => moneyBag(draftLinesTotal(d), d.currencyCode),
  lineItemsSubtotalPrice: (d) => moneyBag(draftLinesTotal(d), d.currencyCode),
  totalDiscountsSet: (d) => moneyBag(draftLineDiscounts(d) + draftDiscount(d), d.currencyCode),
  subtotalPriceSet: (d) => moneyBag(draftLinesTotal(d) - draftDiscount(d), d.currencyCode),
  totalPriceSet: (d) => moneyBag(draftLinesTotal(d) - draftDiscount(d), d.currencyCode),
  totalShippingPriceSet: (d) => moneyBag(0, d.currencyCode),
  totalTaxSet: (d) => moneyBag(0, d.currencyCode),
  appliedDiscount: (d) =>
    d.appliedDiscount === null
      ? null
      : {
          title: d.appliedDiscount.title,
          description: d.appliedDiscount.title ?? "",
          value: d.appliedDiscount.valueType === "PERCENTAGE" ? d.appliedDiscount.value : d.appliedDiscount.value / 100,
          valueType: d.appliedDiscount.valueType,
          amountSet: moneyBag(draftDiscount(d), d.currencyCode),
        },
  ...metafieldResolvers("DraftOrder"),
};

/** The lines after their own discounts. */
function draftLinesTotal(d: DraftOrderRecord): Cents {
  return d.lineItems.reduce((s, l) => s + l.unitPriceCents * l.quantity - l.discountCents, 0);
}

function draftLineDiscounts(d: DraftOrderRecord): Cents {
  return d.lineItems.reduce((s, l) => s + l.discountCents, 0);
}

function draftDiscount(d: DraftOrderRecord): Cents {
  if (!d.appliedDiscount) return 0;
  const total = draftLinesTotal(d);
  return d.appliedDiscount.valueType === "PERCENTAGE"
    ? Math.round((total * d.appliedDiscount.value) / 100)
    : Math.min(total, d.appliedDiscount.value);
}

const draftOrderLineItemResolvers: Record<string, Resolver> = {
  id: (l) => gid("DraftOrderLineItem", l.id),
  ...props("title", "variantTitle", "sku", "quantity"),
  name: (l) => (l.variantTitle ? `${l.title} - ${l.variantTitle}` : l.title),
  custom: (l) => l.variantId === null,
  customAttributes: (l) => l.customAttributes.map((a: { key: string; value: string }) => ({ ...a })),
  variant: (l, _a, ctx) => (l.variantId === null ? null : (ctx.data.variants.get(l.variantId) ?? null)),
  product: (l, _a, ctx) => (l.productId === null ? null : (ctx.data.products.get(l.productId) ?? null)),
  originalUnitPriceSet: (l) => moneyBag(l.unitPriceCents, l.draft.currencyCode),
  originalTotalSet: (l) => moneyBag(l.unitPriceCents * l.quantity, l.draft.currencyCode),
  discountedTotalSet: (l) => moneyBag(l.unitPriceCents * l.quantity - l.discountCents, l.draft.currencyCode),
  totalDiscountSet: (l) => moneyBag(l.discountCents, l.draft.currencyCode),
  approximateDiscountedUnitPriceSet: (l) =>
    moneyBag(Math.round((l.unitPriceCents * l.quantity - l.discountCents) / l.quantity), l.draft.currencyCode),
  requiresShipping: (l, _a, ctx) => (l.variantId === null ? true : (ctx.data.variants.get(l.variantId)?.requiresShipping ?? true)),
  isGiftCard: (l, _a, ctx) => (l.productId === null ? false : (ctx.data.products.get(l.productId)?.isGiftCard ?? false)),
  taxable: () => true,
  appliedDiscount: (l) =>
    l.appliedDiscount === null
      ? null
      : {
          title: l.appliedDiscount.title,
          description: l.appliedDiscount.title ?? "",
          value: l.appliedDiscount.value,
          valueType: l.appliedDiscount.valueType,
          amountSet: moneyBag(l.discountCents, l.draft.currencyCode),
        },
  uuid: (l) => `draft-line-${l.id}`,
};

const urlRedirectResolvers: Record<string, Resolver> = {
  id: (r) => gid("UrlRedirect", r.id),
  ...props("path", "target"),
};

const staffMemberResolvers: Record<string, Resolver> = {
  id: (s) => gid("StaffMember", s.id),
  ...props("email", "firstName", "lastName", "locale", "active", "phone"),
  name: (s) => `${s.firstName} ${s.lastName}`.trim(),
  isShopOwner: (s) => s.accountOwner,
  exists: () => true,
  initials: (s) => [s.firstName, s.lastName].filter(Boolean).map((n: string) => n[0]!.toUpperCase()),
  accountType: (s) => (s.collaborator ? "COLLABORATOR" : "REGULAR"),
};

const bulkOperationResolvers: Record<string, Resolver> = {
  id: (b) => gid("BulkOperation", b.id),
  ...props("status", "type", "query", "createdAt", "completedAt", "errorCode", "url"),
  objectCount: (b) => String(b.objectCount),
  rootObjectCount: (b) => String(b.rootObjectCount),
  fileSize: (b) => (b.fileSize === null ? null : String(b.fileSize)),
  partialDataUrl: () => null,
};

const metafieldRecordResolvers: Record<string, Resolver> = {
  ...legacy("Metafield"),
  ...props("namespace", "key", "type", "value", "createdAt", "updatedAt"),
  jsonValue: (m) => metafieldJsonValue(m),
  compareDigest: (m) => Buffer.from(`${m.id}:${m.updatedAt}:${m.value}`).toString("base64"),
  ownerType: (m) => {
    const type = parseGid(m.ownerGid)?.type ?? "";
    return type === "DiscountCodeNode" ? "DISCOUNT" : type.toUpperCase();
  },
  owner: (m, _a, ctx) => {
    const parsed = parseGid(m.ownerGid);
    return parsed ? findNode(ctx.data, parsed.type, parsed.id) : null;
  },
  description: () => null,
  definition: () => null,
  reference: () => null,
};

export function metafieldJsonValue(m: MetafieldRecord): unknown {
  if (
    m.type === "json" ||
    m.type.startsWith("list.") ||
    m.type === "money" ||
    m.type === "rating" ||
    m.type === "dimension" ||
    m.type === "volume" ||
    m.type === "weight"
  ) {
    try {
      return JSON.parse(m.value);
    } catch {
      return m.value;
    }
  }
  if (m.type === "number_integer") return Number(m.value);
  if (m.type === "number_decimal") return m.value;
  if (m.type === "boolean") return m.value === "true";
  return m.value;
}

const locationResolvers: Record<string, Resolver> = {
  ...legacy("Location"),
  name: (l) => l.name,
  isActive: () => true,
  fulfillsOnlineOrders: () => true,
  shipsInventory: () => true,
  address: (l) => ({
    city: l.city,
    countryCode: l.countryCode,
    address1: null,
    address2: null,
    country: l.countryCode,
    phone: null,
    province: null,
    provinceCode: null,
    zip: null,
    formatted: [l.city, l.countryCode],
    latitude: null,
    longitude: null,
  }),
};

const appInstallationResolvers: Record<string, Resolver> = {
  id: (i) => gid("AppInstallation", i.app.appId),
  // The scopes granted to the app on this shop: the token's.
  accessScopes: (_i, _a, ctx) => [...ctx.scopes].map((handle) => ({ handle, description: handle })),
  app: (i) => ({ kind: "App", app: i.app }),
  activeSubscriptions: () => [],
  launchUrl: (_i, _a, ctx) =>
    `https://admin.shopify.com/store/${ctx.data.shop.domain.replace(".myshopify.com", "")}/apps/${ctx.app.handle}`,
  uninstallUrl: () => null,
};

const appResolvers: Record<string, Resolver> = {
  id: (a) => gid("App", a.app.appId),
  apiKey: (a) => a.app.apiKey,
  title: (a) => a.app.title,
  handle: (a) => a.app.handle,
  embedded: () => true,
  developerName: () => "Concierge",
  description: () => null,
};

/** Resolvers per GraphQL object type that reads from store records. */
export const typeResolvers: Record<string, Record<string, Resolver>> = {
  QueryRoot: queryRoot,
  Shop: shopResolvers,
  Domain: domainResolvers,
  MailingAddress: mailingAddressResolvers,
  Customer: customerResolvers,
  Order: orderResolvers,
  LineItem: lineItemResolvers,
  Fulfillment: fulfillmentResolvers,
  FulfillmentEvent: fulfillmentEventResolvers,
  FulfillmentLineItem: fulfillmentLineItemResolvers,
  FulfillmentOrder: fulfillmentOrderResolvers,
  FulfillmentOrderLineItem: fulfillmentOrderLineItemResolvers,
  Refund: refundResolvers,
  RefundLineItem: refundLineItemResolvers,
  OrderTransaction: orderTransactionResolvers,
  Return: returnResolvers,
  ReturnLineItem: returnLineItemResolvers,
  ReturnReasonDefinition: {
    id: (d) => gid("ReturnReasonDefinition", d.id),
    ...props("handle", "name", "deleted"),
  },
  ExchangeLineItem: exchangeLineItemResolvers,
  ReverseFulfillmentOrder: {
    id: (r: ReverseFulfillmentOrderRecord) => gid("ReverseFulfillmentOrder", r.id),
    status: (r: ReverseFulfillmentOrderRecord) => r.status,
    order: (r: ReverseFulfillmentOrderRecord, _a, ctx) => orderOf(ctx.data, r.orderId),
    lineItems: (r: ReverseFulfillmentOrderRecord, args, ctx) =>
      mapConnection(connectionOf(ctx, r.lineItems, args, byId, true), (line) => ({ ...line, orderId: r.orderId })),
    reverseDeliveries: (r: ReverseFulfillmentOrderRecord, args, ctx) => connectionOf(ctx, r.reverseDeliveries, args, byId, true),
    thirdPartyConfirmation: () => null,
  },
  ReverseFulfillmentOrderLineItem: {
    id: (l) => gid("ReverseFulfillmentOrderLineItem", l.id),
    totalQuantity: (l) => l.totalQuantity,
    dispositions: () => [],
    fulfillmentLineItem: (l, _a, ctx) => findNode(ctx.data, "FulfillmentLineItem", l.fulfillmentLineItemId),
  },
  ReverseDelivery: {
    id: (d: ReverseDeliveryRecord) => gid("ReverseDelivery", d.id),
    deliverable: (d: ReverseDeliveryRecord) => ({ __typename: "ReverseDeliveryShippingDeliverable", delivery: d }),
    reverseFulfillmentOrder: (d: ReverseDeliveryRecord, _a, ctx) => findReverseFulfillmentOrder(ctx.data, d.reverseFulfillmentOrderId)?.rfo,
    reverseDeliveryLineItems: (d: ReverseDeliveryRecord, args, ctx) =>
      mapConnection(connectionOf(ctx, d.lineItems, args, byId, true), (line) => ({ ...line, delivery: d })),
  },
  ReverseDeliveryLineItem: {
    id: (l) => gid("ReverseDeliveryLineItem", l.id),
    quantity: (l) => l.quantity,
    dispositions: () => [],
    reverseFulfillmentOrderLineItem: (l, _a, ctx) => {
      const rfo = findReverseFulfillmentOrder(ctx.data, l.delivery.reverseFulfillmentOrderId)?.rfo;
      const line = rfo?.lineItems.find((candidate) => candidate.id === l.reverseFulfillmentOrderLineItemId);
      return line ? { ...line, orderId: rfo!.orderId } : null;
    },
  },
  ReverseDeliveryShippingDeliverable: {
    tracking: (v: { delivery: ReverseDeliveryRecord }) => v.delivery.tracking,
    label: (v: { delivery: ReverseDeliveryRecord }) =>
      v.delivery.labelUrl ? { publicFileUrl: v.delivery.labelUrl, createdAt: v.delivery.createdAt, updatedAt: v.delivery.updatedAt } : null,
  },
  ReverseDeliveryTrackingV2: { ...props("carrierName", "number", "url") },
  ReverseDeliveryLabelV2: { ...props("publicFileUrl", "createdAt", "updatedAt") },
  ReturnableFulfillment: returnableFulfillmentResolvers,
  Product: productResolvers,
  ProductVariant: variantResolvers,
  InventoryItem: inventoryItemResolvers,
  Collection: collectionResolvers,
  DiscountCodeNode: discountNodeResolvers,
  DiscountCodeBasic: discountCodeBasicResolvers,
  DiscountRedeemCode: discountRedeemCodeResolvers,
  DraftOrder: draftOrderResolvers,
  DraftOrderLineItem: draftOrderLineItemResolvers,
  UrlRedirect: urlRedirectResolvers,
  StaffMember: staffMemberResolvers,
  BulkOperation: bulkOperationResolvers,
  Metafield: metafieldRecordResolvers,
  Location: locationResolvers,
  AppInstallation: appInstallationResolvers,
  App: appResolvers,
};
