// An order's exchange facts, read fresh from Shopify: its returnable items,
// the products and variants the shop's offers need, and which offers apply
// to each item (or why none does). Shared by the tracking page, the agent's
// answer and the exchange desk. See decision 007.
import { adminQuery, isNotFound, type AdminGraphqlClient } from "../admin-api.server";
import type { KeptVariant } from "../data/catalog.server";
import { listExchangeOffers } from "../data/exchanges.server";
import { ineligibleMessage, itemEligibility, noOfferMessage, type IneligibleReason } from "../domain/exchange/eligibility";
import { orderItemsOf, type OrderItem } from "../domain/exchange/items";
import {
  matchOffers,
  offerCoversItem,
  type Catalog,
  type CatalogProduct,
  type Proposal,
  type StoredOffer,
} from "../domain/exchange/matching";
import type { OfferLanguage, ReturnReason } from "../domain/exchange/offers";
import { parseDecimalToMinor } from "../domain/money";
import { shopifyGid } from "../domain/shopify-ids";
import { dayInTimeZone } from "../domain/time/days";
import { ExchangeCatalogQuery } from "../graphql/exchange-catalog";
import { ExchangeOrderQuery, type ExchangeOrder } from "../graphql/exchange-order";
import { shopSettings } from "./shop-settings.server";
import type { ServiceContext, ShopContext } from "./context";

export type ExchangeContext = ShopContext;

/** The signed-in staff member is the agent recorded on the outcome. */
export type AgentExchangeContext = Pick<ServiceContext, "db" | "admin" | "shop" | "now" | "staff">;

export type ShopifyOrder = NonNullable<ExchangeOrder["order"]>;

const CATALOG_BATCH = 5;

// ---------------------------------------------------------------------------
// Reading Shopify

/** The order, its items as the rules read them, or null when Shopify has no such order. */
export async function loadOrderItems(
  admin: AdminGraphqlClient,
  orderId: string,
): Promise<{ order: ShopifyOrder; items: OrderItem[] } | null> {
  // Another shop's order (or none): Shopify answers returnableFulfillments with NOT_FOUND.
  const data = await adminQuery(admin, ExchangeOrderQuery, { id: shopifyGid("Order", orderId) }).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  return data ? exchangeOrderItems(data) : null;
}

/** The order and its items as the rules read them, from the ExchangeOrder query's answer (fresh or kept). */
export function exchangeOrderItems(data: ExchangeOrder): { order: ShopifyOrder; items: OrderItem[] } | null {
  if (!data.order) return null;
  const returnable = data.returnableFulfillments.nodes.flatMap((fulfillment) =>
    fulfillment.returnableFulfillmentLineItems.nodes.map((line) => ({
      fulfillmentLineItemId: line.fulfillmentLineItem.id,
      lineItemId: line.fulfillmentLineItem.lineItem.id,
      quantity: line.quantity,
    })),
  );
  return { order: data.order, items: orderItemsOf(data.order, returnable) };
}

/** The ids of the products and variants the offers need for these items. */
export function catalogIdsFor(offers: readonly StoredOffer[], items: readonly OrderItem[]): string[] {
  const ids = new Set<string>();
  for (const offer of offers) {
    const { exchange, bonus } = offer.definition;
    const covered = items.filter((item) => offerCoversItem(offer.definition, item));
    if (covered.length === 0) continue;
    if (exchange.kind === "variant") ids.add(exchange.variantId);
    if (exchange.kind === "product") ids.add(exchange.productId);
    if (exchange.kind === "same_product") for (const item of covered) if (item.productId) ids.add(item.productId);
    if (bonus.kind !== "none") ids.add(bonus.variantId);
  }
  return [...ids];
}

function toCatalogVariant(
  node: {
    id: string;
    title: string;
    price: string;
    inventoryQuantity: number | null;
    availableForSale: boolean;
    selectedOptions: { name: string; value: string }[];
    inventoryItem: { id: string; unitCost: { amount: string; currencyCode: string } | null } | null;
  },
  product: { id: string; title: string },
  currencyCode: string,
): KeptVariant {
  const cost = node.inventoryItem?.unitCost;
  return {
    id: node.id,
    productId: product.id,
    productTitle: product.title,
    title: node.title,
    priceMinor: parseDecimalToMinor(node.price, currencyCode),
    // A cost in another currency than the shop's can't be compared: the price is used instead.
    unitCostMinor: cost && cost.currencyCode === currencyCode ? parseDecimalToMinor(cost.amount, currencyCode) : null,
    inventoryQuantity: node.inventoryQuantity,
    availableForSale: node.availableForSale,
    selectedOptions: node.selectedOptions,
    inventoryItemId: node.inventoryItem?.id ?? null,
  };
}

/** The products and variants, as Shopify has them now (prices in the shop currency). */
export async function loadCatalog(
  admin: AdminGraphqlClient,
  ids: readonly string[],
  currencyCode: string,
): Promise<{ variants: Map<string, KeptVariant>; products: Map<string, CatalogProduct> }> {
  const variants = new Map<string, KeptVariant>();
  const products = new Map<string, CatalogProduct>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += CATALOG_BATCH) {
    const { nodes } = await adminQuery(admin, ExchangeCatalogQuery, { ids: unique.slice(start, start + CATALOG_BATCH) });
    for (const node of nodes) {
      if (!node) continue;
      if (node.__typename === "ProductVariant" && "price" in node) {
        variants.set(node.id, toCatalogVariant(node, node.product, currencyCode));
      } else if (node.__typename === "Product" && "variants" in node) {
        const productVariants = node.variants.nodes.map((variant) => toCatalogVariant(variant, node, currencyCode));
        for (const variant of productVariants) variants.set(variant.id, variant);
        products.set(node.id, {
          id: node.id,
          title: node.title,
          options: node.options,
          variantIds: productVariants.map((variant) => variant.id),
        });
      }
    }
  }
  return { variants, products };
}

export interface OrderOffers {
  order: ShopifyOrder;
  items: OrderItem[];
  offers: StoredOffer[];
  catalog: Catalog;
  currencyCode: string;
  timeZone: string;
  today: string;
}

export async function loadOrderOffers(ctx: ExchangeContext, orderId: string): Promise<OrderOffers | null> {
  const [loaded, offers, settings] = await Promise.all([
    loadOrderItems(ctx.admin, orderId),
    listExchangeOffers(ctx.db, ctx.shop),
    shopSettings(ctx.db, ctx.admin, ctx.shop),
  ]);
  if (!loaded) return null;
  const catalog = await loadCatalog(ctx.admin, catalogIdsFor(offers, loaded.items), settings.currencyCode);
  return {
    ...loaded,
    offers,
    catalog,
    currencyCode: settings.currencyCode,
    timeZone: settings.ianaTimezone,
    today: dayInTimeZone(ctx.now, settings.ianaTimezone),
  };
}

export type ItemProposals =
  | { eligible: false; message: string; reason: IneligibleReason; proposals: []; skipped: [] }
  | { eligible: true; proposals: Proposal[]; skipped: ReturnType<typeof matchOffers>["skipped"] };

export function proposalsFor(
  context: OrderOffers,
  item: OrderItem,
  options: { now: Date; reason: ReturnReason | null; requireDelivery: boolean; chosenVariantId?: string | null },
): ItemProposals {
  const eligibility = itemEligibility(item, { requireDelivery: options.requireDelivery });
  if (!eligibility.eligible) {
    return {
      eligible: false,
      reason: eligibility.reason,
      message: ineligibleMessage(eligibility.reason, "en"),
      proposals: [],
      skipped: [],
    };
  }
  const matches = matchOffers(context.offers, item, context.catalog, {
    now: options.now,
    today: context.today,
    reason: options.reason,
    windowStart: eligibility.windowStart,
    currencyCode: context.currencyCode,
    chosenVariantId: options.chosenVariantId,
  });
  return { eligible: true, ...matches };
}

/** Why no offer can be made: the item's reason, or the window when every offer's closed. */
export function refusalMessage(context: OrderOffers, item: OrderItem, result: ItemProposals, language: OfferLanguage = "en"): string {
  if (!result.eligible) return ineligibleMessage(result.reason, language);
  const closed = result.skipped.find((skip) => skip.reason === "outside_window");
  if (closed) {
    return ineligibleMessage("outside_window", language, {
      days: closed.offer.definition.returnWindowDays,
      closesAt: closed.windowClosesAt,
      timeZone: context.timeZone,
    });
  }
  return noOfferMessage(item.title, language);
}
