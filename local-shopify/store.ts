/**
 * The in-memory data behind the local Shopify: one {@link Store} holds any
 * number of shops, each with its customers, orders, products, discounts, …
 *
 * Records are plain data keyed by numeric ids (the number at the end of a
 * Shopify GID). Money is kept in integer cents ({@link Cents}), never floats.
 * Records nested in an order (line items, fulfillments, refunds, returns)
 * carry their `orderId`, and each shop keeps indexes from nested ids to
 * their order so `node(id:)` and webhooks find them in O(1).
 *
 * The mutating helpers at the bottom (createOrder, refundOrder, …) are the
 * single place where business rules live; both the GraphQL emulator and the
 * demo control endpoints call them, so customer totals stay consistent.
 */
import type { FlowTriggerRun } from "./flow";
import { allocateProportionally, percentOf, type Cents } from "./money";

// ---------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------

export interface ShopRecord {
  kind: "Shop";
  id: number;
  domain: string;
  name: string;
  email: string;
  currencyCode: string;
  ianaTimezone: string;
  primaryLocale: string;
  /** Customer-facing domain, e.g. `https://concierge-demo.example`. */
  primaryDomainUrl: string;
  planName: string;
  createdAt: string;
  countryCode: string;
}

export interface AddressRecord {
  id: number;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  provinceCode: string | null;
  country: string | null;
  countryCode: string | null;
  zip: string | null;
  phone: string | null;
}

export interface CustomerRecord {
  kind: "Customer";
  id: number;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  tags: string[];
  note: string | null;
  locale: string;
  state: "DISABLED" | "ENABLED" | "INVITED" | "DECLINED";
  verifiedEmail: boolean;
  taxExempt: boolean;
  emailMarketingState: "SUBSCRIBED" | "NOT_SUBSCRIBED" | "UNSUBSCRIBED" | "PENDING";
  /** When the customer last gave or withdrew email marketing consent (customerEmailMarketingConsentUpdate). */
  emailMarketingUpdatedAt?: string | null;
  createdAt: string;
  updatedAt: string;
  defaultAddress: AddressRecord | null;
  addresses: AddressRecord[];
  /** Derived from the customer's orders by {@link recomputeCustomerStats}. */
  amountSpentCents: Cents;
  numberOfOrders: number;
  lastOrderId: number | null;
}

export interface MetafieldRecord {
  kind: "Metafield";
  id: number;
  ownerGid: string;
  /** Fully resolved namespace (`$app:x` is stored as `app--{appId}--x`). */
  namespace: string;
  key: string;
  type: string;
  value: string;
  createdAt: string;
  updatedAt: string;
}

export interface SelectedOptionRecord {
  name: string;
  value: string;
}

export interface VariantRecord {
  kind: "ProductVariant";
  id: number;
  productId: number;
  title: string;
  sku: string | null;
  priceCents: Cents;
  compareAtPriceCents: Cents | null;
  inventoryQuantity: number;
  inventoryPolicy: "DENY" | "CONTINUE";
  selectedOptions: SelectedOptionRecord[];
  inventoryItemId: number;
  unitCostCents: Cents | null;
  position: number;
  taxable: boolean;
  requiresShipping: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProductRecord {
  kind: "Product";
  id: number;
  title: string;
  handle: string;
  descriptionHtml: string;
  productType: string;
  vendor: string;
  tags: string[];
  status: "ACTIVE" | "ARCHIVED" | "DRAFT";
  isGiftCard: boolean;
  options: { name: string; values: string[] }[];
  variantIds: number[];
  collectionIds: number[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface CollectionRecord {
  kind: "Collection";
  id: number;
  title: string;
  handle: string;
  descriptionHtml: string;
  productIds: number[];
  updatedAt: string;
}

export interface AttributeRecord {
  key: string;
  value: string;
}

export interface DiscountApplicationRecord {
  /** DISCOUNT_CODE for code discounts, MANUAL/AUTOMATIC otherwise. */
  type: "DISCOUNT_CODE" | "MANUAL" | "AUTOMATIC";
  code: string | null;
  title: string | null;
  valueType: "PERCENTAGE" | "FIXED_AMOUNT";
  /** Percentage (e.g. 10 for 10 %) when PERCENTAGE, cents when FIXED_AMOUNT. */
  value: number;
  allocationMethod: "ACROSS" | "EACH" | "ONE";
  targetSelection: "ALL" | "ENTITLED" | "EXPLICIT";
  targetType: "LINE_ITEM" | "SHIPPING_LINE";
}

export interface LineItemRecord {
  kind: "LineItem";
  id: number;
  orderId: number;
  productId: number | null;
  variantId: number | null;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  vendor: string | null;
  quantity: number;
  unitPriceCents: Cents;
  /** Share of the order's discounts allocated to this line (total, not per unit). */
  discountCents: Cents;
  isGiftCard: boolean;
  requiresShipping: boolean;
  taxable: boolean;
  customAttributes: AttributeRecord[];
}

/**
 * A carrier's tracking event: Shopify's FulfillmentEvent.status enum as generated from the
 * official schema (app/types, npm run graphql-codegen), not the app's own reading of it, so the
 * emulator answers what Shopify's schema says (graphql-js refuses any other value on output).
 */
export type { FulfillmentEventStatus } from "../app/types/admin.types";
import type { FulfillmentEventStatus } from "../app/types/admin.types";

export interface FulfillmentEventRecord {
  kind: "FulfillmentEvent";
  id: number;
  status: FulfillmentEventStatus;
  happenedAt: string;
  createdAt: string;
  message: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  estimatedDeliveryAt: string | null;
}

export interface FulfillmentLineItemRecord {
  kind: "FulfillmentLineItem";
  id: number;
  orderId: number;
  fulfillmentId: number;
  lineItemId: number;
  quantity: number;
}

export interface TrackingInfoRecord {
  company: string | null;
  number: string | null;
  url: string | null;
}

export interface FulfillmentRecord {
  kind: "Fulfillment";
  id: number;
  orderId: number;
  /** "#1001.1", "#1001.2", … */
  name: string;
  status: "SUCCESS" | "CANCELLED" | "ERROR" | "FAILURE" | "OPEN" | "PENDING";
  /** The latest tracking state; mirrors the last event's status. */
  shipmentStatus: FulfillmentEventStatus | null;
  createdAt: string;
  updatedAt: string;
  trackingInfo: TrackingInfoRecord[];
  estimatedDeliveryAt: string | null;
  inTransitAt: string | null;
  deliveredAt: string | null;
  lineItems: FulfillmentLineItemRecord[];
  events: FulfillmentEventRecord[];
  locationId: number;
  /** The fulfillment order this fulfillment came from. */
  fulfillmentOrderId: number | null;
}

export interface FulfillmentOrderLineItemRecord {
  id: number;
  lineItemId: number;
  totalQuantity: number;
  remainingQuantity: number;
}

export interface FulfillmentOrderRecord {
  kind: "FulfillmentOrder";
  id: number;
  orderId: number;
  status: "CANCELLED" | "CLOSED" | "INCOMPLETE" | "IN_PROGRESS" | "ON_HOLD" | "OPEN" | "SCHEDULED";
  deliveryMethodType: "LOCAL" | "NONE" | "PICKUP_POINT" | "PICK_UP" | "RETAIL" | "SHIPPING";
  deliveryMethodId: number;
  presentedName: string;
  lineItems: FulfillmentOrderLineItemRecord[];
  locationId: number;
  createdAt: string;
  updatedAt: string;
}

export interface RefundLineItemRecord {
  id: number;
  lineItemId: number;
  quantity: number;
  subtotalCents: Cents;
  restockType: "NO_RESTOCK" | "CANCEL" | "RETURN" | "LEGACY_RESTOCK";
}

export interface RefundRecord {
  kind: "Refund";
  id: number;
  orderId: number;
  returnId: number | null;
  note: string | null;
  createdAt: string;
  processedAt: string;
  lineItems: RefundLineItemRecord[];
  shippingCents: Cents;
  /** Money actually sent back to the buyer. */
  totalCents: Cents;
  transactionId: number;
}

export interface ReturnLineItemRecord {
  kind: "ReturnLineItem";
  id: number;
  returnId: number;
  fulfillmentLineItemId: number;
  lineItemId: number;
  quantity: number;
  processedQuantity: number;
  refundedQuantity: number;
  returnReason: string;
  returnReasonNote: string;
  /** The ReturnReasonDefinition given with returnReasonDefinitionId, if any. */
  returnReasonDefinitionId?: number;
  customerNote: string | null;
}

export interface ReturnReasonDefinitionRecord {
  kind: "ReturnReasonDefinition";
  id: number;
  handle: string;
  name: string;
  deleted: boolean;
}

/**
 * Shopify's library of return reasons (returnReasonDefinitions), the same for
 * every shop. shopify.dev lists only example handles ("arrived-late",
 * "comfort", "too-tight", "color-too-bright", "quality"); the rest are the
 * ReturnReason enum's meanings as handles, and one deleted reason, so that
 * code that offers deleted reasons fails here.
 */
export const RETURN_REASON_DEFINITIONS: readonly ReturnReasonDefinitionRecord[] = [
  ["too-small", "Too small"],
  ["too-large", "Too large"],
  ["too-tight", "Too tight"],
  ["comfort", "Uncomfortable"],
  ["color", "Color"],
  ["color-too-bright", "Color too bright"],
  ["style", "Style"],
  ["defective", "Damaged or defective"],
  ["quality", "Quality"],
  ["not-as-described", "Not as described"],
  ["wrong-item", "Received the wrong item"],
  ["arrived-late", "Arrived late"],
  ["unwanted", "Changed my mind"],
  ["other", "Other"],
  ["unknown", "Unknown", true],
].map(([handle, name, deleted], index) => ({
  kind: "ReturnReasonDefinition",
  id: 9_100 + index,
  handle: String(handle),
  name: String(name),
  deleted: deleted === true,
}));

export interface ExchangeLineItemRecord {
  kind: "ExchangeLineItem";
  id: number;
  returnId: number;
  variantId: number;
  productId: number;
  title: string;
  variantTitle: string;
  sku: string | null;
  unitPriceCents: Cents;
  /** The exchange line's appliedDiscount, per unit (a free gift: the whole price). */
  discountCents: Cents;
  quantity: number;
  processedQuantity: number;
  /** Credit from the returned items applied to this line when it was processed. */
  creditCents: Cents;
  /** The new order line item created when the exchange was processed. */
  lineItemId: number | null;
}

export interface ReturnRecord {
  kind: "Return";
  id: number;
  orderId: number;
  /** "#1001-R1" */
  name: string;
  status: "CANCELED" | "CLOSED" | "DECLINED" | "OPEN" | "REQUESTED";
  createdAt: string;
  closedAt: string | null;
  returnLineItems: ReturnLineItemRecord[];
  exchangeLineItems: ExchangeLineItemRecord[];
  refundIds: number[];
  /** Made when the return opens: what the buyer sends back, and the shipments (reverse deliveries) it travels in. */
  reverseFulfillmentOrders: ReverseFulfillmentOrderRecord[];
}

export interface ReverseFulfillmentOrderLineItemRecord {
  kind: "ReverseFulfillmentOrderLineItem";
  id: number;
  returnLineItemId: number;
  fulfillmentLineItemId: number;
  totalQuantity: number;
}

export interface ReverseDeliveryRecord {
  kind: "ReverseDelivery";
  id: number;
  orderId: number;
  returnId: number;
  reverseFulfillmentOrderId: number;
  lineItems: { kind: "ReverseDeliveryLineItem"; id: number; reverseFulfillmentOrderLineItemId: number; quantity: number }[];
  /** Shopify keeps a number, a URL and the carrier it infers; it has no scan events for a reverse delivery. */
  tracking: { number: string | null; url: string | null; carrierName: string | null } | null;
  labelUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReverseFulfillmentOrderRecord {
  kind: "ReverseFulfillmentOrder";
  id: number;
  orderId: number;
  returnId: number;
  status: "CANCELED" | "CLOSED" | "OPEN";
  lineItems: ReverseFulfillmentOrderLineItemRecord[];
  reverseDeliveries: ReverseDeliveryRecord[];
}

export type OrderFinancialStatus =
  "AUTHORIZED" | "EXPIRED" | "PAID" | "PARTIALLY_PAID" | "PARTIALLY_REFUNDED" | "PENDING" | "REFUNDED" | "VOIDED";

export interface OrderRecord {
  kind: "Order";
  id: number;
  number: number;
  /** "#1001" */
  name: string;
  email: string | null;
  phone: string | null;
  customerId: number | null;
  customerLocale: string | null;
  createdAt: string;
  processedAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelReason: "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "OTHER" | "STAFF" | null;
  closedAt: string | null;
  currencyCode: string;
  financialStatus: OrderFinancialStatus;
  tags: string[];
  note: string | null;
  customAttributes: AttributeRecord[];
  discountCodes: string[];
  discountApplications: DiscountApplicationRecord[];
  lineItems: LineItemRecord[];
  shippingTitle: string | null;
  shippingCents: Cents;
  taxCents: Cents;
  totalDiscountsCents: Cents;
  shippingAddress: AddressRecord | null;
  billingAddress: AddressRecord | null;
  fulfillments: FulfillmentRecord[];
  fulfillmentOrders: FulfillmentOrderRecord[];
  refunds: RefundRecord[];
  returns: ReturnRecord[];
  sourceName: string;
  test: boolean;
  paymentGatewayNames: string[];
}

export interface DiscountRecord {
  kind: "DiscountCodeNode";
  id: number;
  /** Id of the DiscountRedeemCode (Shopify ids codes separately). */
  redeemCodeId: number;
  title: string;
  code: string;
  valueType: "PERCENTAGE" | "FIXED_AMOUNT";
  /** Percentage value in percent (10 = 10 %) or amount in cents. */
  value: number;
  appliesOnEachItem: boolean;
  minimumSubtotalCents: Cents | null;
  minimumQuantity: number | null;
  usageLimit: number | null;
  appliesOncePerCustomer: boolean;
  /** null = all buyers; otherwise the eligible customer ids. */
  customerIds: number[] | null;
  startsAt: string;
  endsAt: string | null;
  combinesWith: { orderDiscounts: boolean; productDiscounts: boolean; shippingDiscounts: boolean };
  tags: string[];
  asyncUsageCount: number;
  createdAt: string;
  updatedAt: string;
  createdByAppKey: string | null;
  /**
   * Codes added with discountRedeemCodeBulkAdd. With more than one code,
   * Shopify applies `usageLimit` to each code, not to the discount.
   */
  redeemCodes?: RedeemCodeRecord[];
}

export interface RedeemCodeRecord {
  id: number;
  code: string;
  asyncUsageCount: number;
}

export interface DraftOrderLineItemRecord {
  id: number;
  variantId: number | null;
  productId: number | null;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  quantity: number;
  unitPriceCents: Cents;
  customAttributes: AttributeRecord[];
  /** The line's own appliedDiscount, as given. */
  appliedDiscount: { title: string | null; valueType: "PERCENTAGE" | "FIXED_AMOUNT"; value: number } | null;
  /** What that discount takes off the whole line. */
  discountCents: Cents;
}

export interface DraftOrderRecord {
  kind: "DraftOrder";
  id: number;
  name: string;
  status: "COMPLETED" | "INVOICE_SENT" | "OPEN";
  customerId: number | null;
  email: string | null;
  phone: string | null;
  note: string | null;
  tags: string[];
  customAttributes: AttributeRecord[];
  discountCodes: string[];
  lineItems: DraftOrderLineItemRecord[];
  appliedDiscount: { title: string | null; valueType: "PERCENTAGE" | "FIXED_AMOUNT"; value: number } | null;
  currencyCode: string;
  createdAt: string;
  updatedAt: string;
  /** When it became an order (completeDraftOrder), and which. */
  completedAt: string | null;
  orderId: number | null;
}

export interface UrlRedirectRecord {
  kind: "UrlRedirect";
  id: number;
  path: string;
  target: string;
}

export interface StaffMemberRecord {
  kind: "StaffMember";
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  locale: string;
  accountOwner: boolean;
  active: boolean;
  phone: string | null;
  collaborator: boolean;
  emailVerified: boolean;
}

export interface BulkOperationRecord {
  kind: "BulkOperation";
  id: number;
  /** The app that started it; each app sees only its own operations. */
  apiKey: string;
  status: "CANCELED" | "CANCELING" | "COMPLETED" | "CREATED" | "EXPIRED" | "FAILED" | "RUNNING";
  type: "QUERY" | "MUTATION";
  query: string;
  groupObjects: boolean;
  createdAt: string;
  completedAt: string | null;
  errorCode: "ACCESS_DENIED" | "INTERNAL_SERVER_ERROR" | "TIMEOUT" | null;
  objectCount: number;
  rootObjectCount: number;
  fileSize: number | null;
  /** The JSONL result, served by the local server at `url`. */
  resultJsonl: string | null;
  url: string | null;
}

export interface LocationRecord {
  kind: "Location";
  id: number;
  name: string;
  city: string;
  countryCode: string;
  /** The handle of the fulfillment service (a 3PL) that manages this location; absent for the merchant's own. */
  fulfillmentServiceHandle?: string;
}

// ---------------------------------------------------------------------------
// Shop data & store
// ---------------------------------------------------------------------------

/** Where a nested record lives, for `node(id:)` look-ups. */
export interface NestedIndexes {
  lineItems: Map<number, number>;
  fulfillments: Map<number, number>;
  fulfillmentLineItems: Map<number, number>;
  fulfillmentOrders: Map<number, number>;
  refunds: Map<number, number>;
  returns: Map<number, number>;
  returnLineItems: Map<number, number>;
  exchangeLineItems: Map<number, number>;
  reverseFulfillmentOrders: Map<number, number>;
  reverseDeliveries: Map<number, number>;
}

export interface ShopData {
  shop: ShopRecord;
  customers: Map<number, CustomerRecord>;
  /** Customer ids in ascending order (ids are allocated increasingly). */
  customerIds: number[];
  customerIdByEmail: Map<string, number>;
  orders: Map<number, OrderRecord>;
  orderIds: number[];
  orderIdsByCustomer: Map<number, number[]>;
  orderIdByName: Map<string, number>;
  nextOrderNumber: number;
  products: Map<number, ProductRecord>;
  productIds: number[];
  variants: Map<number, VariantRecord>;
  variantIdByInventoryItem: Map<number, number>;
  collections: Map<number, CollectionRecord>;
  collectionIds: number[];
  discounts: Map<number, DiscountRecord>;
  discountIdByCode: Map<string, number>;
  draftOrders: Map<number, DraftOrderRecord>;
  nextDraftOrderNumber: number;
  urlRedirects: Map<number, UrlRedirectRecord>;
  staff: Map<number, StaffMemberRecord>;
  bulkOperations: Map<number, BulkOperationRecord>;
  /** Flow trigger runs the apps started (flowTriggerReceive), oldest first. */
  flowTriggerRuns: FlowTriggerRun[];
  /** Metafields by owner GID. */
  metafields: Map<string, MetafieldRecord[]>;
  locations: Map<number, LocationRecord>;
  nested: NestedIndexes;
}

export interface Store {
  shops: Map<string, ShopData>;
  /** Allocates a new id; ids are unique across the whole store and increasing. */
  nextId(): number;
  getShop(domain: string): ShopData;
}

export interface CreateStoreOptions {
  /** First id handed out (default 1_000_001); ids then increase by one. */
  firstId?: number;
}

export function createStore(options: CreateStoreOptions = {}): Store {
  let next = options.firstId ?? 1_000_001;
  const shops = new Map<string, ShopData>();
  return {
    shops,
    nextId: () => next++,
    getShop(domain) {
      const data = shops.get(domain);
      if (!data) throw new Error(`Unknown shop ${domain}`);
      return data;
    },
  };
}

export interface AddShopInput {
  domain: string;
  name: string;
  email?: string;
  currencyCode?: string;
  ianaTimezone?: string;
  primaryLocale?: string;
  primaryDomainUrl?: string;
  planName?: string;
  createdAt: string;
  countryCode?: string;
  locationName?: string;
  locationCity?: string;
}

export function addShop(store: Store, input: AddShopInput): ShopData {
  if (store.shops.has(input.domain)) throw new Error(`Shop ${input.domain} already exists`);
  const shop: ShopRecord = {
    kind: "Shop",
    id: store.nextId(),
    domain: input.domain,
    name: input.name,
    email: input.email ?? `owner@${input.domain}`,
    currencyCode: input.currencyCode ?? "USD",
    ianaTimezone: input.ianaTimezone ?? "America/New_York",
    primaryLocale: input.primaryLocale ?? "en",
    primaryDomainUrl: input.primaryDomainUrl ?? `https://${input.domain}`,
    planName: input.planName ?? "Basic",
    createdAt: input.createdAt,
    countryCode: input.countryCode ?? "US",
  };
  const data: ShopData = {
    shop,
    customers: new Map(),
    customerIds: [],
    customerIdByEmail: new Map(),
    orders: new Map(),
    orderIds: [],
    orderIdsByCustomer: new Map(),
    orderIdByName: new Map(),
    nextOrderNumber: 1001,
    products: new Map(),
    productIds: [],
    variants: new Map(),
    variantIdByInventoryItem: new Map(),
    collections: new Map(),
    collectionIds: [],
    discounts: new Map(),
    discountIdByCode: new Map(),
    draftOrders: new Map(),
    nextDraftOrderNumber: 1,
    urlRedirects: new Map(),
    staff: new Map(),
    bulkOperations: new Map(),
    flowTriggerRuns: [],
    metafields: new Map(),
    locations: new Map(),
    nested: {
      lineItems: new Map(),
      fulfillments: new Map(),
      fulfillmentLineItems: new Map(),
      fulfillmentOrders: new Map(),
      refunds: new Map(),
      returns: new Map(),
      returnLineItems: new Map(),
      exchangeLineItems: new Map(),
      reverseFulfillmentOrders: new Map(),
      reverseDeliveries: new Map(),
    },
  };
  const locationId = store.nextId();
  data.locations.set(locationId, {
    kind: "Location",
    id: locationId,
    name: input.locationName ?? "Main warehouse",
    city: input.locationCity ?? "New York",
    countryCode: shop.countryCode,
  });
  store.shops.set(input.domain, data);
  return data;
}

/** A location managed by a fulfillment service (a 3PL warehouse), as a fulfillment service app's registration makes one. */
export function addFulfillmentServiceLocation(store: Store, data: ShopData, input: { name: string; handle: string }): LocationRecord {
  const id = store.nextId();
  const location: LocationRecord = {
    kind: "Location",
    id,
    name: input.name,
    city: "Newark",
    countryCode: data.shop.countryCode,
    fulfillmentServiceHandle: input.handle,
  };
  data.locations.set(id, location);
  return location;
}

export function defaultLocationId(data: ShopData): number {
  const first = data.locations.keys().next();
  if (first.done) throw new Error("Shop has no location");
  return first.value;
}

// ---------------------------------------------------------------------------
// GIDs
// ---------------------------------------------------------------------------

/** Shopify's DateTime format: ISO 8601 in UTC with second precision. */
export function shopifyTime(date: Date | number): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function gid(type: string, id: number | string): string {
  return `gid://shopify/${type}/${id}`;
}

/** Parses `gid://shopify/Type/123` (query strings ignored); undefined if malformed. */
export function parseGid(value: string): { type: string; id: number } | undefined {
  const m = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/.exec(value);
  if (!m) return undefined;
  return { type: m[1]!, id: Number(m[2]) };
}

// ---------------------------------------------------------------------------
// Customers & products
// ---------------------------------------------------------------------------

export interface AddCustomerInput {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone?: string | null;
  tags?: string[];
  note?: string | null;
  locale?: string;
  createdAt: string;
  updatedAt?: string;
  address?: Omit<AddressRecord, "id"> | null;
  emailMarketingState?: CustomerRecord["emailMarketingState"];
  state?: CustomerRecord["state"];
}

export function addCustomer(store: Store, data: ShopData, input: AddCustomerInput): CustomerRecord {
  const address = input.address ? { id: store.nextId(), ...input.address } : null;
  const customer: CustomerRecord = {
    kind: "Customer",
    id: store.nextId(),
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone ?? null,
    tags: normalizeTags(input.tags ?? []),
    note: input.note ?? null,
    locale: input.locale ?? data.shop.primaryLocale,
    state: input.state ?? "DISABLED",
    verifiedEmail: input.email !== null,
    taxExempt: false,
    emailMarketingState: input.emailMarketingState ?? "NOT_SUBSCRIBED",
    createdAt: input.createdAt,
    updatedAt: input.updatedAt ?? input.createdAt,
    defaultAddress: address,
    addresses: address ? [address] : [],
    amountSpentCents: 0,
    numberOfOrders: 0,
    lastOrderId: null,
  };
  data.customers.set(customer.id, customer);
  data.customerIds.push(customer.id);
  if (customer.email) data.customerIdByEmail.set(customer.email.toLowerCase(), customer.id);
  return customer;
}

/** Shopify stores tags trimmed, de-duplicated (case-insensitively) and sorted. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    for (const part of raw.split(",")) {
      const tag = part.trim();
      if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
}

export function setCustomerEmail(data: ShopData, customer: CustomerRecord, email: string | null): void {
  if (customer.email) data.customerIdByEmail.delete(customer.email.toLowerCase());
  customer.email = email;
  if (email) data.customerIdByEmail.set(email.toLowerCase(), customer.id);
}

export interface AddProductInput {
  title: string;
  handle?: string;
  descriptionHtml?: string;
  productType: string;
  vendor: string;
  tags?: string[];
  isGiftCard?: boolean;
  status?: ProductRecord["status"];
  createdAt: string;
  options?: { name: string; values: string[] }[];
  variants: {
    title: string;
    sku: string | null;
    priceCents: Cents;
    compareAtPriceCents?: Cents | null;
    inventoryQuantity: number;
    unitCostCents: Cents | null;
    selectedOptions: SelectedOptionRecord[];
    inventoryPolicy?: VariantRecord["inventoryPolicy"];
    requiresShipping?: boolean;
  }[];
}

export function handleize(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function addProduct(store: Store, data: ShopData, input: AddProductInput): ProductRecord {
  const product: ProductRecord = {
    kind: "Product",
    id: store.nextId(),
    title: input.title,
    handle: input.handle ?? handleize(input.title),
    descriptionHtml: input.descriptionHtml ?? "",
    productType: input.productType,
    vendor: input.vendor,
    tags: normalizeTags(input.tags ?? []),
    status: input.status ?? "ACTIVE",
    isGiftCard: input.isGiftCard ?? false,
    options: input.options ?? [{ name: "Title", values: ["Default Title"] }],
    variantIds: [],
    collectionIds: [],
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    publishedAt: input.createdAt,
  };
  data.products.set(product.id, product);
  data.productIds.push(product.id);
  input.variants.forEach((v, index) => {
    const variant: VariantRecord = {
      kind: "ProductVariant",
      id: store.nextId(),
      productId: product.id,
      title: v.title,
      sku: v.sku,
      priceCents: v.priceCents,
      compareAtPriceCents: v.compareAtPriceCents ?? null,
      inventoryQuantity: v.inventoryQuantity,
      inventoryPolicy: v.inventoryPolicy ?? "DENY",
      selectedOptions: v.selectedOptions,
      inventoryItemId: store.nextId(),
      unitCostCents: v.unitCostCents,
      position: index + 1,
      taxable: !product.isGiftCard,
      requiresShipping: v.requiresShipping ?? !product.isGiftCard,
      createdAt: input.createdAt,
      updatedAt: input.createdAt,
    };
    data.variants.set(variant.id, variant);
    data.variantIdByInventoryItem.set(variant.inventoryItemId, variant.id);
    product.variantIds.push(variant.id);
  });
  return product;
}

export function addCollection(
  store: Store,
  data: ShopData,
  input: { title: string; handle?: string; productIds: number[]; updatedAt: string; descriptionHtml?: string },
): CollectionRecord {
  const collection: CollectionRecord = {
    kind: "Collection",
    id: store.nextId(),
    title: input.title,
    handle: input.handle ?? handleize(input.title),
    descriptionHtml: input.descriptionHtml ?? "",
    productIds: [...input.productIds],
    updatedAt: input.updatedAt,
  };
  data.collections.set(collection.id, collection);
  data.collectionIds.push(collection.id);
  for (const productId of input.productIds) data.products.get(productId)?.collectionIds.push(collection.id);
  return collection;
}

export function addStaffMember(store: Store, data: ShopData, input: Omit<StaffMemberRecord, "kind" | "id">): StaffMemberRecord {
  const staff: StaffMemberRecord = { kind: "StaffMember", id: store.nextId(), ...input };
  data.staff.set(staff.id, staff);
  return staff;
}

/** True when a variant can be bought now (Shopify's `availableForSale`). */
export function variantAvailableForSale(data: ShopData, variant: VariantRecord): boolean {
  const product = data.products.get(variant.productId);
  if (!product || product.status !== "ACTIVE") return false;
  return variant.inventoryPolicy === "CONTINUE" || variant.inventoryQuantity > 0 || product.isGiftCard;
}

// ---------------------------------------------------------------------------
// Discounts
// ---------------------------------------------------------------------------

export type DiscountStatus = "ACTIVE" | "EXPIRED" | "SCHEDULED";

/** Shopify derives a code discount's status from its dates and usage. */
export function discountStatus(discount: DiscountRecord, now: Date): DiscountStatus {
  const at = now.getTime();
  if (Date.parse(discount.startsAt) > at) return "SCHEDULED";
  if (discount.endsAt !== null && Date.parse(discount.endsAt) <= at) return "EXPIRED";
  if (discount.usageLimit !== null && !discount.redeemCodes?.length && discount.asyncUsageCount >= discount.usageLimit) return "EXPIRED";
  return "ACTIVE";
}

export function addDiscount(
  store: Store,
  data: ShopData,
  input: Omit<DiscountRecord, "kind" | "id" | "redeemCodeId" | "asyncUsageCount" | "updatedAt"> & {
    asyncUsageCount?: number;
  },
): DiscountRecord {
  const discount: DiscountRecord = {
    kind: "DiscountCodeNode",
    id: store.nextId(),
    redeemCodeId: store.nextId(),
    asyncUsageCount: input.asyncUsageCount ?? 0,
    updatedAt: input.createdAt,
    ...input,
  };
  data.discounts.set(discount.id, discount);
  data.discountIdByCode.set(discount.code.toLowerCase(), discount.id);
  return discount;
}

/** Every code of the discount: its own, then those added in bulk. */
export function codesOf(discount: DiscountRecord): RedeemCodeRecord[] {
  return [{ id: discount.redeemCodeId, code: discount.code, asyncUsageCount: discount.asyncUsageCount }, ...(discount.redeemCodes ?? [])];
}

/**
 * discountRedeemCodeBulkAdd, done at once: each new code joins the discount;
 * a code already used by any discount of the shop (or twice in the list) fails.
 */
export function addRedeemCodes(store: Store, data: ShopData, discount: DiscountRecord, codes: string[]) {
  let imported = 0;
  for (const raw of codes) {
    const code = raw.trim();
    if (!code || data.discountIdByCode.has(code.toLowerCase())) continue;
    (discount.redeemCodes ??= []).push({ id: store.nextId(), code, asyncUsageCount: 0 });
    data.discountIdByCode.set(code.toLowerCase(), discount.id);
    imported++;
  }
  return { codesCount: codes.length, importedCount: imported, failedCount: codes.length - imported };
}

/** The code the shopper entered, as the discount holds it (its own code or one added in bulk). */
function redeemedCode(discount: DiscountRecord, entered: string): RedeemCodeRecord | undefined {
  const key = entered.trim().toLowerCase();
  return discount.redeemCodes?.find((code) => code.code.toLowerCase() === key);
}

/** Counts a use of the code entered: on the discount, and on the code itself when it was added in bulk. */
function countCodeUse(discount: DiscountRecord, entered: string): string {
  discount.asyncUsageCount++;
  const added = redeemedCode(discount, entered);
  if (!added) return discount.code;
  added.asyncUsageCount++;
  return added.code;
}

export function findDiscountByCode(data: ShopData, code: string): DiscountRecord | undefined {
  const id = data.discountIdByCode.get(code.trim().toLowerCase());
  return id === undefined ? undefined : data.discounts.get(id);
}

/**
 * Why checkout refuses this code for this cart, or null when it applies.
 * Shopify only applies a code that is ACTIVE now (not scheduled, ended,
 * deactivated or used up), to an eligible buyer (a code for listed customers
 * needs one of them signed in), once per customer when it says so, and to a
 * cart that reaches its minimum subtotal.
 */
export function discountRefusal(
  data: ShopData,
  discount: DiscountRecord,
  cart: { customerId: number | null; subtotalCents: Cents; now: Date; code?: string },
): string | null {
  const status = discountStatus(discount, cart.now);
  if (status !== "ACTIVE") return `Discount code ${discount.code} is not active (${status})`;
  const added = cart.code ? redeemedCode(discount, cart.code) : undefined;
  if (added && discount.usageLimit !== null && added.asyncUsageCount >= discount.usageLimit)
    return `Discount code ${added.code} has been used up`;
  if (discount.customerIds !== null && (cart.customerId === null || !discount.customerIds.includes(cart.customerId))) {
    return `Discount code ${discount.code} is not available to this customer`;
  }
  if (discount.appliesOncePerCustomer && cart.customerId !== null) {
    const used = (data.orderIdsByCustomer.get(cart.customerId) ?? []).some((id) =>
      data.orders.get(id)?.discountCodes.some((code) => findDiscountByCode(data, code)?.id === discount.id),
    );
    if (used) return `Discount code ${discount.code} was already used by this customer`;
  }
  if (discount.minimumSubtotalCents !== null && cart.subtotalCents < discount.minimumSubtotalCents) {
    return `Discount code ${discount.code} needs a subtotal of at least ${discount.minimumSubtotalCents} cents`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------

export interface OrderLineInput {
  variantId: number;
  quantity: number;
  /** Defaults to the variant's current price. */
  unitPriceCents?: Cents;
  customAttributes?: AttributeRecord[];
}

export interface CreateOrderInput {
  customerId: number | null;
  /** Where it is fulfilled from; the shop's first location when absent. */
  locationId?: number;
  email?: string | null;
  phone?: string | null;
  lines: OrderLineInput[];
  createdAt: string;
  processedAt?: string;
  discountCode?: string | null;
  customAttributes?: AttributeRecord[];
  tags?: string[];
  note?: string | null;
  shippingCents?: Cents;
  shippingTitle?: string;
  /** PICK_UP for local pickup orders; SHIPPING otherwise. */
  deliveryMethod?: "SHIPPING" | "PICK_UP" | "LOCAL";
  financialStatus?: OrderFinancialStatus;
  /** Skip decrementing inventory (seed data that already has final stock). */
  keepInventory?: boolean;
  /** Count a use of the discount code (default true). */
  countDiscountUsage?: boolean;
  /**
   * Check the discount code as checkout does at this instant (discountRefusal)
   * and refuse the order if it doesn't apply. Unset for seed data, whose
   * history is written after the fact.
   */
  checkoutAt?: Date;
  sourceName?: string;
}

export class StoreError extends Error {}

/** Sum of `unit × quantity` over the order's lines. */
export function lineItemsTotal(order: OrderRecord): Cents {
  return order.lineItems.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
}

/** Subtotal after discounts, before shipping and tax. */
export function orderSubtotal(order: OrderRecord): Cents {
  return lineItemsTotal(order) - order.totalDiscountsCents;
}

export function orderTotal(order: OrderRecord): Cents {
  return orderSubtotal(order) + order.shippingCents + order.taxCents;
}

export function orderTotalRefunded(order: OrderRecord): Cents {
  return order.refunds.reduce((sum, refund) => sum + refund.totalCents, 0);
}

/** Total minus refunds: Shopify's `currentTotalPriceSet`. */
export function orderCurrentTotal(order: OrderRecord): Cents {
  return orderTotal(order) - orderTotalRefunded(order);
}

export function refundedQuantity(order: OrderRecord, lineItemId: number): number {
  let quantity = 0;
  for (const refund of order.refunds) for (const line of refund.lineItems) if (line.lineItemId === lineItemId) quantity += line.quantity;
  return quantity;
}

export function refundableQuantity(order: OrderRecord, line: LineItemRecord): number {
  return Math.max(0, line.quantity - refundedQuantity(order, line.id));
}

export function fulfilledQuantity(order: OrderRecord, lineItemId: number): number {
  let quantity = 0;
  for (const fulfillment of order.fulfillments) {
    if (fulfillment.status !== "SUCCESS") continue;
    for (const line of fulfillment.lineItems) if (line.lineItemId === lineItemId) quantity += line.quantity;
  }
  return quantity;
}

export type OrderFulfillmentStatus =
  "FULFILLED" | "IN_PROGRESS" | "OPEN" | "PARTIALLY_FULFILLED" | "UNFULFILLED" | "RESTOCKED" | "FULFILLMENT_NOT_REQUIRED";

/** Shopify's `displayFulfillmentStatus`, derived from fulfillments and refunds. */
export function orderFulfillmentStatus(order: OrderRecord): OrderFulfillmentStatus {
  let fulfillable = 0;
  let fulfilled = 0;
  let restocked = 0;
  for (const line of order.lineItems) {
    if (!line.requiresShipping) continue;
    const refunded = refundedQuantity(order, line.id);
    const done = fulfilledQuantity(order, line.id);
    fulfilled += done;
    fulfillable += Math.max(done, line.quantity - refunded);
    restocked += refunded;
  }
  if (fulfillable === 0) return restocked > 0 ? "RESTOCKED" : "FULFILLMENT_NOT_REQUIRED";
  if (fulfilled === 0) return "UNFULFILLED";
  if (fulfilled >= fulfillable) return "FULFILLED";
  return "PARTIALLY_FULFILLED";
}

// The app maps the same names back when it imports orders (app/domain/store-import.ts): the local
// Shopify keeps its own table on purpose, so that it answers what Shopify writes, not what the app reads.
const REST_FULFILLMENT_STATUS = new Map<string, "fulfilled" | "partial" | "restocked">([
  ["FULFILLED", "fulfilled"],
  ["PARTIALLY_FULFILLED", "partial"],
  ["RESTOCKED", "restocked"],
]);

/** The REST `fulfillment_status`: "fulfilled", "partial", "restocked", or null for everything else. */
export function restFulfillmentStatus(order: OrderRecord): "fulfilled" | "partial" | "restocked" | null {
  return REST_FULFILLMENT_STATUS.get(orderFulfillmentStatus(order)) ?? null;
}

function counts(status: OrderFinancialStatus): boolean {
  return status === "PAID" || status === "PARTIALLY_PAID" || status === "PARTIALLY_REFUNDED" || status === "REFUNDED";
}

/**
 * Recomputes a customer's `amountSpent` (paid order totals net of refunds),
 * `numberOfOrders` and `lastOrder` from the orders themselves, so they can
 * never drift from the order data.
 */
export function recomputeCustomerStats(data: ShopData, customerId: number): void {
  const customer = data.customers.get(customerId);
  if (!customer) return;
  const orderIds = data.orderIdsByCustomer.get(customerId) ?? [];
  let spent = 0;
  let count = 0;
  let last: OrderRecord | undefined;
  for (const id of orderIds) {
    const order = data.orders.get(id);
    if (!order || order.test) continue;
    count++;
    if (counts(order.financialStatus)) spent += orderCurrentTotal(order);
    if (!last || Date.parse(order.processedAt) >= Date.parse(last.processedAt)) last = order;
  }
  customer.amountSpentCents = spent;
  customer.numberOfOrders = count;
  customer.lastOrderId = last?.id ?? null;
}

/** Registers an order and every nested record in the shop's indexes. */
function indexOrder(data: ShopData, order: OrderRecord): void {
  for (const line of order.lineItems) data.nested.lineItems.set(line.id, order.id);
  for (const fo of order.fulfillmentOrders) data.nested.fulfillmentOrders.set(fo.id, order.id);
}

/**
 * Creates an order as checkout would: prices from the variants, the
 * discount code applied (percentage or fixed amount, allocated across lines),
 * inventory decremented, a fulfillment order opened per delivery method, and
 * the customer's totals recomputed.
 */
export function createOrder(store: Store, data: ShopData, input: CreateOrderInput): OrderRecord {
  if (input.lines.length === 0) throw new StoreError("An order needs at least one line item");
  const customer = input.customerId === null ? undefined : data.customers.get(input.customerId);
  if (input.customerId !== null && !customer) throw new StoreError(`Unknown customer ${input.customerId}`);
  const id = store.nextId();
  const number = data.nextOrderNumber++;
  const lineItems: LineItemRecord[] = input.lines.map((line) => {
    const variant = data.variants.get(line.variantId);
    if (!variant) throw new StoreError(`Unknown variant ${line.variantId}`);
    const product = data.products.get(variant.productId)!;
    if (line.quantity <= 0) throw new StoreError("Quantity must be positive");
    if (!input.keepInventory) variant.inventoryQuantity -= line.quantity;
    return {
      kind: "LineItem",
      id: store.nextId(),
      orderId: id,
      productId: product.id,
      variantId: variant.id,
      title: product.title,
      variantTitle: variant.title === "Default Title" ? null : variant.title,
      sku: variant.sku,
      vendor: product.vendor,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents ?? variant.priceCents,
      discountCents: 0,
      isGiftCard: product.isGiftCard,
      requiresShipping: variant.requiresShipping,
      taxable: variant.taxable,
      customAttributes: line.customAttributes ?? [],
    };
  });

  const discountApplications: DiscountApplicationRecord[] = [];
  const discountCodes: string[] = [];
  let totalDiscounts = 0;
  if (input.discountCode) {
    const discount = findDiscountByCode(data, input.discountCode);
    const eligibleLines = lineItems.filter((l) => !l.isGiftCard);
    const base = eligibleLines.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0);
    let amount: Cents;
    let valueType: DiscountApplicationRecord["valueType"];
    let redeemed: string;
    let value: number;
    if (discount && input.checkoutAt) {
      const refusal = discountRefusal(data, discount, {
        customerId: customer?.id ?? null,
        subtotalCents: base,
        now: input.checkoutAt,
        code: input.discountCode,
      });
      if (refusal) throw new StoreError(refusal);
    }
    if (discount) {
      valueType = discount.valueType;
      value = discount.value;
      amount = discount.valueType === "PERCENTAGE" ? percentOf(base, discount.value) : Math.min(base, discount.value);
      if (input.countDiscountUsage !== false) redeemed = countCodeUse(discount, input.discountCode);
      else redeemed = redeemedCode(discount, input.discountCode)?.code ?? discount.code;
    } else {
      throw new StoreError(`Unknown discount code ${input.discountCode}`);
    }
    const shares = allocateProportionally(
      amount,
      eligibleLines.map((l) => l.unitPriceCents * l.quantity),
    );
    eligibleLines.forEach((line, i) => (line.discountCents = shares[i] ?? 0));
    totalDiscounts = amount;
    discountCodes.push(redeemed);
    discountApplications.push({
      type: "DISCOUNT_CODE",
      code: redeemed,
      title: null,
      valueType,
      value,
      allocationMethod: "ACROSS",
      targetSelection: "ALL",
      targetType: "LINE_ITEM",
    });
  }

  const deliveryMethod = input.deliveryMethod ?? "SHIPPING";
  const requiresShipping = lineItems.some((l) => l.requiresShipping);
  const shippingCents = deliveryMethod === "SHIPPING" && requiresShipping ? (input.shippingCents ?? 0) : 0;
  const createdAt = input.createdAt;
  const address = customer?.defaultAddress ? { ...customer.defaultAddress, id: store.nextId() } : null;
  const locationId = input.locationId ?? defaultLocationId(data);
  const order: OrderRecord = {
    kind: "Order",
    id,
    number,
    name: `#${number}`,
    email: input.email !== undefined ? input.email : (customer?.email ?? null),
    phone: input.phone !== undefined ? input.phone : (customer?.phone ?? null),
    customerId: customer?.id ?? null,
    customerLocale: customer?.locale ?? data.shop.primaryLocale,
    createdAt,
    processedAt: input.processedAt ?? createdAt,
    updatedAt: createdAt,
    cancelledAt: null,
    cancelReason: null,
    closedAt: null,
    currencyCode: data.shop.currencyCode,
    financialStatus: input.financialStatus ?? "PAID",
    tags: normalizeTags(input.tags ?? []),
    note: input.note ?? null,
    customAttributes: input.customAttributes ?? [],
    discountCodes,
    discountApplications,
    lineItems,
    shippingTitle: deliveryMethod === "PICK_UP" ? "Local pickup" : shippingCents > 0 ? "Standard" : "Free shipping",
    shippingCents,
    taxCents: 0,
    totalDiscountsCents: totalDiscounts,
    shippingAddress: deliveryMethod === "PICK_UP" ? null : address,
    billingAddress: address ? { ...address, id: store.nextId() } : null,
    fulfillments: [],
    fulfillmentOrders: [],
    refunds: [],
    returns: [],
    sourceName: input.sourceName ?? "web",
    test: false,
    paymentGatewayNames: ["shopify_payments"],
  };
  const shippable = lineItems.filter((l) => l.requiresShipping);
  if (shippable.length > 0) {
    order.fulfillmentOrders.push({
      kind: "FulfillmentOrder",
      id: store.nextId(),
      orderId: id,
      status: "OPEN",
      deliveryMethodType: deliveryMethod,
      deliveryMethodId: store.nextId(),
      presentedName: deliveryMethod === "PICK_UP" ? "Pickup in store" : (order.shippingTitle ?? "Standard"),
      lineItems: shippable.map((l) => ({
        id: store.nextId(),
        lineItemId: l.id,
        totalQuantity: l.quantity,
        remainingQuantity: l.quantity,
      })),
      locationId,
      createdAt,
      updatedAt: createdAt,
    });
  }
  data.orders.set(id, order);
  insertSortedId(data.orderIds, id);
  data.orderIdByName.set(order.name, id);
  if (customer) {
    const list = data.orderIdsByCustomer.get(customer.id) ?? [];
    list.push(id);
    data.orderIdsByCustomer.set(customer.id, list);
    recomputeCustomerStats(data, customer.id);
    if (Date.parse(createdAt) > Date.parse(customer.updatedAt)) customer.updatedAt = createdAt;
  }
  indexOrder(data, order);
  return order;
}

export interface CompleteDraftOrderInput {
  at: string;
  /** The order is created unpaid (payment terms, or an invoice paid later: markOrderPaid); paid now otherwise. */
  paymentPending?: boolean;
  /** A discount code the shopper entered at the invoice's checkout, checked as checkout checks it. */
  discountCode?: string | null;
}

/**
 * Completes a draft order into an order, as Shopify does when the shopper
 * pays its invoice or the merchant completes it (draftOrderComplete): the
 * draft's lines at their prices less their own discounts (and the draft's
 * order discount, spread over them), its customer, email, note, tags and
 * custom attributes, which the order carries as its own (the REST payload's
 * `note_attributes`). The draft order is COMPLETED and points at the order.
 */
export function completeDraftOrder(store: Store, data: ShopData, draft: DraftOrderRecord, input: CompleteDraftOrderInput): OrderRecord {
  if (draft.status === "COMPLETED") throw new StoreError(`Draft order ${draft.name} is already completed`);
  const lines = draft.lineItems.map((line) => {
    if (line.variantId === null) throw new StoreError("The local Shopify completes draft orders of product variants only");
    return {
      variantId: line.variantId,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      customAttributes: line.customAttributes,
    };
  });
  const order = createOrder(store, data, {
    customerId: draft.customerId,
    email: draft.email,
    phone: draft.phone,
    lines,
    createdAt: input.at,
    customAttributes: draft.customAttributes.map((attribute) => ({ ...attribute })),
    tags: draft.tags,
    note: draft.note,
    shippingCents: 0,
    financialStatus: input.paymentPending ? "PENDING" : "PAID",
    sourceName: "shopify_draft_order",
  });
  order.lineItems.forEach((line, index) => (line.discountCents = draft.lineItems[index]!.discountCents));
  const afterLineDiscounts = () => order.lineItems.map((line) => line.unitPriceCents * line.quantity - line.discountCents);
  if (draft.appliedDiscount) {
    const base = afterLineDiscounts().reduce((sum, cents) => sum + cents, 0);
    const amount =
      draft.appliedDiscount.valueType === "PERCENTAGE"
        ? percentOf(base, draft.appliedDiscount.value)
        : Math.min(base, draft.appliedDiscount.value);
    allocateProportionally(amount, afterLineDiscounts()).forEach((share, index) => (order.lineItems[index]!.discountCents += share));
  }
  if (input.discountCode) {
    const discount = findDiscountByCode(data, input.discountCode);
    if (!discount) throw new StoreError(`Unknown discount code ${input.discountCode}`);
    const eligible = order.lineItems.map((line, index) => (line.isGiftCard ? 0 : afterLineDiscounts()[index]!));
    const base = eligible.reduce((sum, cents) => sum + cents, 0);
    const refusal = discountRefusal(data, discount, {
      customerId: draft.customerId,
      subtotalCents: base,
      now: new Date(input.at),
      code: input.discountCode,
    });
    if (refusal) throw new StoreError(refusal);
    const amount = discount.valueType === "PERCENTAGE" ? percentOf(base, discount.value) : Math.min(base, discount.value);
    allocateProportionally(amount, eligible).forEach((share, index) => (order.lineItems[index]!.discountCents += share));
    const redeemed = countCodeUse(discount, input.discountCode);
    order.discountCodes.push(redeemed);
    order.discountApplications.push({
      type: "DISCOUNT_CODE",
      code: redeemed,
      title: null,
      valueType: discount.valueType,
      value: discount.value,
      allocationMethod: "ACROSS",
      targetSelection: "ALL",
      targetType: "LINE_ITEM",
    });
  }
  order.totalDiscountsCents = order.lineItems.reduce((sum, line) => sum + line.discountCents, 0);
  if (order.customerId !== null) recomputeCustomerStats(data, order.customerId);
  draft.status = "COMPLETED";
  draft.completedAt = input.at;
  draft.orderId = order.id;
  draft.updatedAt = input.at;
  return order;
}

/** The shopper pays an order created unpaid (PENDING): it becomes PAID, as orders/paid then says. */
export function markOrderPaid(data: ShopData, order: OrderRecord, at: string): OrderRecord {
  if (order.cancelledAt) throw new StoreError(`Order ${order.name} is cancelled`);
  if (order.financialStatus !== "PENDING" && order.financialStatus !== "AUTHORIZED" && order.financialStatus !== "PARTIALLY_PAID") {
    throw new StoreError(`Order ${order.name} is ${order.financialStatus.toLowerCase()}, not awaiting payment`);
  }
  order.financialStatus = "PAID";
  touchOrder(data, order, at);
  return order;
}

function insertSortedId(ids: number[], id: number): void {
  if (ids.length === 0 || ids[ids.length - 1]! < id) {
    ids.push(id);
    return;
  }
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  ids.splice(lo, 0, id);
}

function touchOrder(data: ShopData, order: OrderRecord, at: string): void {
  order.updatedAt = at;
  if (order.customerId !== null) {
    recomputeCustomerStats(data, order.customerId);
    const customer = data.customers.get(order.customerId);
    if (customer && Date.parse(at) > Date.parse(customer.updatedAt)) customer.updatedAt = at;
  }
}

export interface RefundInput {
  /** Lines and quantities to refund; empty with `full` refunds everything left. */
  lines?: { lineItemId: number; quantity: number }[];
  /** Refund every remaining quantity and the shipping. */
  full?: boolean;
  refundShipping?: boolean;
  note?: string | null;
  at: string;
  returnId?: number | null;
  restockType?: RefundLineItemRecord["restockType"];
}

/**
 * Refunds line quantities (at their discounted unit price) and optionally
 * shipping, then moves the order to PARTIALLY_REFUNDED / REFUNDED.
 */
export function refundOrder(store: Store, data: ShopData, order: OrderRecord, input: RefundInput): RefundRecord {
  const requested = input.full
    ? order.lineItems.map((l) => ({ lineItemId: l.id, quantity: refundableQuantity(order, l) })).filter((l) => l.quantity > 0)
    : (input.lines ?? []);
  const lines: RefundLineItemRecord[] = requested.map(({ lineItemId, quantity }) => {
    const line = order.lineItems.find((l) => l.id === lineItemId);
    if (!line) throw new StoreError(`Line item ${lineItemId} is not on order ${order.name}`);
    if (quantity <= 0 || quantity > refundableQuantity(order, line))
      throw new StoreError(`Cannot refund ${quantity} of line item ${lineItemId}`);
    return {
      id: store.nextId(),
      lineItemId,
      quantity,
      subtotalCents: discountedUnitTotal(line, quantity),
      restockType: input.restockType ?? (input.returnId ? "RETURN" : "NO_RESTOCK"),
    };
  });
  const alreadyRefundedShipping = order.refunds.reduce((s, r) => s + r.shippingCents, 0);
  const shippingCents = input.full || input.refundShipping ? Math.max(0, order.shippingCents - alreadyRefundedShipping) : 0;
  const linesTotal = lines.reduce((s, l) => s + l.subtotalCents, 0);
  const remaining = orderCurrentTotal(order);
  const totalCents = Math.min(remaining, linesTotal + shippingCents);
  if (lines.length === 0 && shippingCents === 0) throw new StoreError("Nothing to refund");
  const refund: RefundRecord = {
    kind: "Refund",
    id: store.nextId(),
    orderId: order.id,
    returnId: input.returnId ?? null,
    note: input.note ?? null,
    createdAt: input.at,
    processedAt: input.at,
    lineItems: lines,
    shippingCents,
    totalCents,
    transactionId: store.nextId(),
  };
  order.refunds.push(refund);
  data.nested.refunds.set(refund.id, order.id);
  for (const line of lines) {
    const item = order.lineItems.find((l) => l.id === line.lineItemId)!;
    // Unfulfilled refunded units leave the fulfillment order.
    for (const fo of order.fulfillmentOrders) {
      const foLine = fo.lineItems.find((l) => l.lineItemId === item.id);
      // Shopify removes refunded units from what is left to fulfil first.
      if (foLine) {
        const stillToShip = item.quantity - refundedQuantity(order, item.id) - fulfilledQuantity(order, item.id);
        foLine.remainingQuantity = Math.max(0, Math.min(foLine.remainingQuantity, stillToShip));
      }
      if (fo.status !== "CLOSED" && fo.lineItems.every((l) => l.remainingQuantity === 0)) fo.status = "CLOSED";
    }
    if (line.restockType !== "NO_RESTOCK" && item.variantId !== null) {
      const variant = data.variants.get(item.variantId);
      if (variant) variant.inventoryQuantity += line.quantity;
    }
  }
  order.financialStatus = orderCurrentTotal(order) <= 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
  touchOrder(data, order, input.at);
  return refund;
}

/** Discounted price of `quantity` units of a line (discount spread evenly). */
export function discountedUnitTotal(line: LineItemRecord, quantity: number): Cents {
  const lineTotal = line.unitPriceCents * line.quantity - line.discountCents;
  return Math.round((lineTotal * quantity) / line.quantity);
}

export interface FulfillInput {
  at: string;
  /** Lines to fulfil; defaults to everything still unfulfilled. */
  lines?: { lineItemId: number; quantity: number }[];
  tracking?: TrackingInfoRecord | null;
  /** Initial shipment status; defaults to CONFIRMED (label printed). */
  shipmentStatus?: FulfillmentEventStatus;
  estimatedDeliveryAt?: string | null;
}

/** Creates a fulfillment from the order's open fulfillment order. */
export function fulfillOrder(store: Store, data: ShopData, order: OrderRecord, input: FulfillInput): FulfillmentRecord {
  if (order.cancelledAt) throw new StoreError(`Order ${order.name} is cancelled`);
  const fo = order.fulfillmentOrders.find((f) => f.status === "OPEN" || f.status === "IN_PROGRESS");
  if (!fo) throw new StoreError(`Order ${order.name} has nothing left to fulfil`);
  const wanted =
    input.lines ??
    fo.lineItems.filter((l) => l.remainingQuantity > 0).map((l) => ({ lineItemId: l.lineItemId, quantity: l.remainingQuantity }));
  if (wanted.length === 0) throw new StoreError(`Order ${order.name} has nothing left to fulfil`);
  const id = store.nextId();
  const lines: FulfillmentLineItemRecord[] = wanted.map(({ lineItemId, quantity }) => {
    const foLine = fo.lineItems.find((l) => l.lineItemId === lineItemId);
    if (!foLine || quantity <= 0 || quantity > foLine.remainingQuantity)
      throw new StoreError(`Cannot fulfil ${quantity} of line item ${lineItemId}`);
    foLine.remainingQuantity -= quantity;
    return { kind: "FulfillmentLineItem", id: store.nextId(), orderId: order.id, fulfillmentId: id, lineItemId, quantity };
  });
  fo.status = fo.lineItems.every((l) => l.remainingQuantity === 0) ? "CLOSED" : "IN_PROGRESS";
  fo.updatedAt = input.at;
  const fulfillment: FulfillmentRecord = {
    kind: "Fulfillment",
    id,
    orderId: order.id,
    name: `${order.name}.${order.fulfillments.length + 1}`,
    status: "SUCCESS",
    shipmentStatus: null,
    createdAt: input.at,
    updatedAt: input.at,
    trackingInfo: input.tracking ? [input.tracking] : [],
    estimatedDeliveryAt: input.estimatedDeliveryAt ?? null,
    inTransitAt: null,
    deliveredAt: null,
    lineItems: lines,
    events: [],
    locationId: fo.locationId,
    fulfillmentOrderId: fo.id,
  };
  order.fulfillments.push(fulfillment);
  data.nested.fulfillments.set(id, order.id);
  for (const line of lines) data.nested.fulfillmentLineItems.set(line.id, order.id);
  addFulfillmentEvent(store, data, order, fulfillment, {
    status: input.shipmentStatus ?? (fo.deliveryMethodType === "PICK_UP" ? "READY_FOR_PICKUP" : "CONFIRMED"),
    at: input.at,
    estimatedDeliveryAt: input.estimatedDeliveryAt ?? null,
  });
  touchOrder(data, order, input.at);
  return fulfillment;
}

/** Appends a carrier tracking event and updates the fulfillment's dates. */
export function addFulfillmentEvent(
  store: Store,
  data: ShopData,
  order: OrderRecord,
  fulfillment: FulfillmentRecord,
  input: {
    status: FulfillmentEventStatus;
    at: string;
    message?: string | null;
    city?: string | null;
    country?: string | null;
    estimatedDeliveryAt?: string | null;
  },
): FulfillmentEventRecord {
  const event: FulfillmentEventRecord = {
    kind: "FulfillmentEvent",
    id: store.nextId(),
    status: input.status,
    happenedAt: input.at,
    createdAt: input.at,
    message: input.message ?? null,
    city: input.city ?? null,
    province: null,
    country: input.country ?? null,
    zip: null,
    estimatedDeliveryAt: input.estimatedDeliveryAt ?? null,
  };
  fulfillment.events.push(event);
  fulfillment.shipmentStatus = input.status;
  if (input.estimatedDeliveryAt !== undefined && input.estimatedDeliveryAt !== null)
    fulfillment.estimatedDeliveryAt = input.estimatedDeliveryAt;
  if (input.status === "IN_TRANSIT" && !fulfillment.inTransitAt) fulfillment.inTransitAt = input.at;
  if (input.status === "DELIVERED") {
    fulfillment.deliveredAt = input.at;
    if (!fulfillment.inTransitAt) fulfillment.inTransitAt = input.at;
  }
  fulfillment.updatedAt = input.at;
  touchOrder(data, order, input.at);
  return event;
}

/** Shopify's `Fulfillment.displayStatus` from status + latest shipment state. */
export function fulfillmentDisplayStatus(fulfillment: FulfillmentRecord): string {
  if (fulfillment.status === "CANCELLED") return "CANCELED";
  if (fulfillment.status === "FAILURE" || fulfillment.status === "ERROR") return "FAILURE";
  return fulfillment.shipmentStatus ?? "FULFILLED";
}

export interface CancelInput {
  at: string;
  reason: NonNullable<OrderRecord["cancelReason"]>;
  refund?: boolean;
  restock?: boolean;
}

/** Cancels an order: optional full refund, restock, fulfillment orders closed. */
export function cancelOrder(store: Store, data: ShopData, order: OrderRecord, input: CancelInput): OrderRecord {
  if (order.cancelledAt) throw new StoreError(`Order ${order.name} is already cancelled`);
  if (order.fulfillments.some((f) => f.status === "SUCCESS"))
    throw new StoreError(`Order ${order.name} has fulfillments and cannot be cancelled`);
  if (input.refund !== false && orderCurrentTotal(order) > 0 && counts(order.financialStatus)) {
    refundOrder(store, data, order, { full: true, at: input.at, restockType: input.restock === false ? "NO_RESTOCK" : "CANCEL" });
  } else if (input.restock !== false) {
    for (const line of order.lineItems) {
      const variant = line.variantId === null ? undefined : data.variants.get(line.variantId);
      if (variant) variant.inventoryQuantity += refundableQuantity(order, line);
    }
  }
  if (order.financialStatus === "PENDING" || order.financialStatus === "AUTHORIZED") order.financialStatus = "VOIDED";
  order.cancelledAt = input.at;
  order.cancelReason = input.reason;
  order.closedAt = input.at;
  for (const fo of order.fulfillmentOrders) {
    fo.status = "CLOSED";
    fo.updatedAt = input.at;
  }
  touchOrder(data, order, input.at);
  return order;
}

// ---------------------------------------------------------------------------
// Returns
// ---------------------------------------------------------------------------

/** Units of a fulfillment line item already claimed by live returns. */
export function quantityInReturns(order: OrderRecord, fulfillmentLineItemId: number): number {
  let quantity = 0;
  for (const ret of order.returns) {
    if (ret.status === "CANCELED" || ret.status === "DECLINED") continue;
    for (const line of ret.returnLineItems) if (line.fulfillmentLineItemId === fulfillmentLineItemId) quantity += line.quantity;
  }
  return quantity;
}

/**
 * Units of a fulfillment line item a buyer can still send back: fulfilled,
 * not a gift card, not refunded without a return, not already in a return.
 */
export function returnableQuantity(order: OrderRecord, fli: FulfillmentLineItemRecord): number {
  const line = order.lineItems.find((l) => l.id === fli.lineItemId);
  if (!line || line.isGiftCard) return 0;
  const fulfillment = order.fulfillments.find((f) => f.id === fli.fulfillmentId);
  if (!fulfillment || fulfillment.status !== "SUCCESS") return 0;
  const refundedOutsideReturns = order.refunds
    .filter((r) => r.returnId === null)
    .flatMap((r) => r.lineItems)
    .filter((l) => l.lineItemId === line.id)
    .reduce((s, l) => s + l.quantity, 0);
  const unitsStillOwned = Math.max(0, line.quantity - refundedOutsideReturns);
  return Math.max(0, Math.min(fli.quantity, unitsStillOwned) - quantityInReturns(order, fli.id));
}

export function findFulfillmentLineItem(order: OrderRecord, fulfillmentLineItemId: number): FulfillmentLineItemRecord | undefined {
  for (const fulfillment of order.fulfillments)
    for (const line of fulfillment.lineItems) if (line.id === fulfillmentLineItemId) return line;
  return undefined;
}

export interface CreateReturnInput {
  at: string;
  returnLineItems: {
    fulfillmentLineItemId: number;
    quantity: number;
    returnReason?: string;
    returnReasonNote?: string;
    returnReasonDefinitionId?: number;
    customerNote?: string | null;
  }[];
  /** `discountCents`: the appliedDiscount per unit, already capped at the price. */
  exchangeLineItems?: { variantId: number; quantity: number; discountCents?: Cents }[];
  status?: ReturnRecord["status"];
}

/** Opens a return (callers validate quantities first; see the emulator). */
export function createReturn(store: Store, data: ShopData, order: OrderRecord, input: CreateReturnInput): ReturnRecord {
  const id = store.nextId();
  const ret: ReturnRecord = {
    kind: "Return",
    id,
    orderId: order.id,
    name: `${order.name}-R${order.returns.length + 1}`,
    status: input.status ?? "OPEN",
    createdAt: input.at,
    closedAt: null,
    returnLineItems: input.returnLineItems.map((line) => {
      const fli = findFulfillmentLineItem(order, line.fulfillmentLineItemId);
      if (!fli) throw new StoreError(`Unknown fulfillment line item ${line.fulfillmentLineItemId}`);
      return {
        kind: "ReturnLineItem",
        id: store.nextId(),
        returnId: id,
        fulfillmentLineItemId: fli.id,
        lineItemId: fli.lineItemId,
        quantity: line.quantity,
        processedQuantity: 0,
        refundedQuantity: 0,
        returnReason: line.returnReason ?? "UNKNOWN",
        returnReasonNote: line.returnReasonNote ?? "",
        ...(line.returnReasonDefinitionId === undefined ? {} : { returnReasonDefinitionId: line.returnReasonDefinitionId }),
        customerNote: line.customerNote ?? null,
      };
    }),
    exchangeLineItems: (input.exchangeLineItems ?? []).map((line) => {
      const variant = data.variants.get(line.variantId);
      if (!variant) throw new StoreError(`Unknown variant ${line.variantId}`);
      const product = data.products.get(variant.productId)!;
      return {
        kind: "ExchangeLineItem",
        id: store.nextId(),
        returnId: id,
        variantId: variant.id,
        productId: product.id,
        title: product.title,
        variantTitle: variant.title,
        sku: variant.sku,
        unitPriceCents: variant.priceCents,
        discountCents: Math.min(variant.priceCents, line.discountCents ?? 0),
        quantity: line.quantity,
        processedQuantity: 0,
        creditCents: 0,
        lineItemId: null,
      };
    }),
    refundIds: [],
    reverseFulfillmentOrders: [],
  };
  // An open return has its reverse fulfillment order: the items on their way back.
  if (ret.status === "OPEN") {
    const rfo: ReverseFulfillmentOrderRecord = {
      kind: "ReverseFulfillmentOrder",
      id: store.nextId(),
      orderId: order.id,
      returnId: id,
      status: "OPEN",
      lineItems: ret.returnLineItems.map((line) => ({
        kind: "ReverseFulfillmentOrderLineItem",
        id: store.nextId(),
        returnLineItemId: line.id,
        fulfillmentLineItemId: line.fulfillmentLineItemId,
        totalQuantity: line.quantity,
      })),
      reverseDeliveries: [],
    };
    ret.reverseFulfillmentOrders.push(rfo);
    data.nested.reverseFulfillmentOrders.set(rfo.id, order.id);
  }
  order.returns.push(ret);
  data.nested.returns.set(id, order.id);
  for (const line of ret.returnLineItems) data.nested.returnLineItems.set(line.id, order.id);
  for (const line of ret.exchangeLineItems) data.nested.exchangeLineItems.set(line.id, order.id);
  touchOrder(data, order, input.at);
  return ret;
}

export interface ProcessReturnInput {
  at: string;
  returnLineItems: { id: number; quantity: number }[];
  exchangeLineItems: { id: number; quantity: number }[];
  /** Refund the processed return lines (minus the exchange's value). */
  refund: boolean;
  /** The amount the refund's order transactions name (returnProcess's financialTransfer); the amount due when absent. */
  refundCents?: Cents;
  note?: string | null;
}

/** What a refund of these return lines may give back at most: their value, less what pays for the exchange and was refunded before. */
export function refundableOfReturn(order: OrderRecord, ret: ReturnRecord, lines: { id: number; quantity: number }[]): Cents {
  const reserved = Math.min(returnedValueOf(order, ret), exchangeValueOf(ret));
  const refundedBefore = order.refunds.filter((r) => r.returnId === ret.id).reduce((sum, r) => sum + r.totalCents, 0);
  const processedValue = lines.reduce((sum, { id, quantity }) => {
    const line = ret.returnLineItems.find((l) => l.id === id);
    const item = line && order.lineItems.find((l) => l.id === line.lineItemId);
    return item ? sum + discountedUnitTotal(item, quantity) : sum;
  }, 0);
  // Never more than the order still holds: a refund outside the return counts too.
  return Math.max(0, Math.min(processedValue, returnedValueOf(order, ret) - reserved - refundedBefore, orderCurrentTotal(order)));
}

/** What the returned units of a return are worth: what the buyer paid for them. */
export function returnedValueOf(order: OrderRecord, ret: ReturnRecord): Cents {
  return ret.returnLineItems.reduce((sum, line) => {
    const item = order.lineItems.find((l) => l.id === line.lineItemId)!;
    return sum + discountedUnitTotal(item, line.quantity);
  }, 0);
}

/** What the exchange items of a return cost the buyer: their prices less their applied discounts. */
export function exchangeValueOf(ret: ReturnRecord): Cents {
  return ret.exchangeLineItems.reduce((sum, line) => sum + (line.unitPriceCents - line.discountCents) * line.quantity, 0);
}

/**
 * Processes a return: returned units are restocked; exchange items are added
 * to the order as new line items (inventory taken); if `refund`, the buyer is
 * refunded the value of the returned units not spent on the exchange.
 * As on Shopify, the money is reckoned over the whole return, whichever of
 * its lines a call processes: the returned items' value pays for the
 * exchange items first (so exchange items can be released before the
 * returned ones arrive), a cheaper exchange leaves a refund, a pricier one a
 * balance the buyer owes. The return closes once everything in it is
 * processed.
 */
export function processReturn(
  store: Store,
  data: ShopData,
  order: OrderRecord,
  ret: ReturnRecord,
  input: ProcessReturnInput,
): { ret: ReturnRecord; refund: RefundRecord | null } {
  const returnedTotal = returnedValueOf(order, ret);
  const exchangeTotal = exchangeValueOf(ret);
  // The part of the returned value that pays for the exchange.
  const reserved = Math.min(returnedTotal, exchangeTotal);
  let processedValue = 0;
  const refundLines: { lineItemId: number; quantity: number }[] = [];
  for (const { id, quantity } of input.returnLineItems) {
    const line = ret.returnLineItems.find((l) => l.id === id);
    if (!line) throw new StoreError(`Return line item ${id} is not on ${ret.name}`);
    if (quantity <= 0 || quantity > line.quantity - line.processedQuantity)
      throw new StoreError(`Cannot process ${quantity} of return line item ${id}`);
    line.processedQuantity += quantity;
    const item = order.lineItems.find((l) => l.id === line.lineItemId)!;
    processedValue += discountedUnitTotal(item, quantity);
    refundLines.push({ lineItemId: item.id, quantity });
  }
  let creditLeft = reserved - ret.exchangeLineItems.reduce((sum, line) => sum + line.creditCents, 0);
  let processedExchange = false;
  for (const { id, quantity } of input.exchangeLineItems) {
    const line = ret.exchangeLineItems.find((l) => l.id === id);
    if (!line) throw new StoreError(`Exchange line item ${id} is not on ${ret.name}`);
    if (quantity <= 0 || quantity > line.quantity - line.processedQuantity)
      throw new StoreError(`Cannot process ${quantity} of exchange line item ${id}`);
    line.processedQuantity += quantity;
    processedExchange = true;
    const applied = line.discountCents * quantity;
    const credit = Math.max(0, Math.min(creditLeft, (line.unitPriceCents - line.discountCents) * quantity));
    creditLeft -= credit;
    line.creditCents += credit;
    const variant = data.variants.get(line.variantId)!;
    variant.inventoryQuantity -= quantity;
    const product = data.products.get(variant.productId)!;
    // The buyer pays for the exchange with the returned goods (and any
    // applied discount); the new line is discounted by both so the order's
    // totals stay balanced.
    const newLine: LineItemRecord = {
      kind: "LineItem",
      id: store.nextId(),
      orderId: order.id,
      productId: product.id,
      variantId: variant.id,
      title: product.title,
      variantTitle: variant.title,
      sku: variant.sku,
      vendor: product.vendor,
      quantity,
      unitPriceCents: line.unitPriceCents,
      discountCents: applied + credit,
      isGiftCard: product.isGiftCard,
      requiresShipping: variant.requiresShipping,
      taxable: variant.taxable,
      customAttributes: [],
    };
    order.lineItems.push(newLine);
    order.totalDiscountsCents += applied + credit;
    data.nested.lineItems.set(newLine.id, order.id);
    line.lineItemId ??= newLine.id;
    // The exchanged item ships from a new fulfillment order.
    order.fulfillmentOrders.push({
      kind: "FulfillmentOrder",
      id: store.nextId(),
      orderId: order.id,
      status: "OPEN",
      deliveryMethodType: "SHIPPING",
      deliveryMethodId: store.nextId(),
      presentedName: "Exchange shipment",
      lineItems: [{ id: store.nextId(), lineItemId: newLine.id, totalQuantity: quantity, remainingQuantity: quantity }],
      locationId: defaultLocationId(data),
      createdAt: input.at,
      updatedAt: input.at,
    });
    data.nested.fulfillmentOrders.set(order.fulfillmentOrders[order.fulfillmentOrders.length - 1]!.id, order.id);
  }
  // Restock returned units.
  for (const { lineItemId, quantity } of refundLines) {
    const item = order.lineItems.find((l) => l.id === lineItemId)!;
    const variant = item.variantId === null ? undefined : data.variants.get(item.variantId);
    if (variant) variant.inventoryQuantity += quantity;
  }
  let refund: RefundRecord | null = null;
  if (input.refund && refundLines.length > 0) {
    const refundedBefore = order.refunds.filter((r) => r.returnId === ret.id).reduce((sum, r) => sum + r.totalCents, 0);
    const due = Math.min(processedValue, returnedTotal - reserved - refundedBefore);
    refund = {
      kind: "Refund",
      id: store.nextId(),
      orderId: order.id,
      returnId: ret.id,
      note: input.note ?? null,
      createdAt: input.at,
      processedAt: input.at,
      lineItems: refundLines.map(({ lineItemId, quantity }) => {
        const item = order.lineItems.find((l) => l.id === lineItemId)!;
        return {
          id: store.nextId(),
          lineItemId,
          quantity,
          subtotalCents: discountedUnitTotal(item, quantity),
          restockType: "RETURN" as const,
        };
      }),
      shippingCents: 0,
      totalCents: Math.max(0, input.refundCents ?? due),
      transactionId: store.nextId(),
    };
    order.refunds.push(refund);
    data.nested.refunds.set(refund.id, order.id);
    ret.refundIds.push(refund.id);
    for (const line of ret.returnLineItems) {
      const processed = refundLines.find((r) => r.lineItemId === line.lineItemId);
      if (processed) line.refundedQuantity = Math.min(line.quantity, line.refundedQuantity + processed.quantity);
    }
    if (refund.totalCents > 0) order.financialStatus = orderCurrentTotal(order) <= 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
  }
  // A pricier exchange leaves a balance the buyer still owes.
  if (processedExchange && exchangeTotal > returnedTotal) order.financialStatus = "PARTIALLY_PAID";
  const done =
    ret.returnLineItems.every((l) => l.processedQuantity >= l.quantity) &&
    ret.exchangeLineItems.every((l) => l.processedQuantity >= l.quantity);
  if (done) {
    ret.status = "CLOSED";
    ret.closedAt = input.at;
  }
  touchOrder(data, order, input.at);
  return { ret, refund };
}

// ---------------------------------------------------------------------------
// Metafields
// ---------------------------------------------------------------------------

export function metafieldsOf(data: ShopData, ownerGid: string): MetafieldRecord[] {
  return data.metafields.get(ownerGid) ?? [];
}

export function findMetafield(data: ShopData, ownerGid: string, namespace: string, key: string): MetafieldRecord | undefined {
  return metafieldsOf(data, ownerGid).find((m) => m.namespace === namespace && m.key === key);
}

export function upsertMetafield(
  store: Store,
  data: ShopData,
  input: { ownerGid: string; namespace: string; key: string; type: string; value: string; at: string },
): MetafieldRecord {
  const existing = findMetafield(data, input.ownerGid, input.namespace, input.key);
  if (existing) {
    existing.value = input.value;
    existing.type = input.type;
    existing.updatedAt = input.at;
    return existing;
  }
  const record: MetafieldRecord = {
    kind: "Metafield",
    id: store.nextId(),
    ownerGid: input.ownerGid,
    namespace: input.namespace,
    key: input.key,
    type: input.type,
    value: input.value,
    createdAt: input.at,
    updatedAt: input.at,
  };
  const list = data.metafields.get(input.ownerGid) ?? [];
  list.push(record);
  data.metafields.set(input.ownerGid, list);
  return record;
}

export function deleteMetafield(data: ShopData, ownerGid: string, namespace: string, key: string): boolean {
  const list = data.metafields.get(ownerGid);
  if (!list) return false;
  const index = list.findIndex((m) => m.namespace === namespace && m.key === key);
  if (index < 0) return false;
  list.splice(index, 1);
  return true;
}
