// The exchange offers on the tracking page, from what Concierge keeps: the
// order's exchange facts beside its tracking snapshot, the offers' products
// in the kept catalog (catalog-cache.server.ts). A cached view asks Shopify
// for nothing; a view when Shopify can't be asked shows what was kept, or
// no offer, never an error. Decision 022.
import type { Prisma } from "@prisma/client";
import { adminQuery, isNotFound, isShopifyUnavailable } from "../admin-api.server";
import type { ProductRow, VariantRow } from "../data/catalog.server";
import { storedDocument, toJson } from "../data/json";
import { saveSnapshotExchange } from "../data/tracking.server";
import type { StoredOffer } from "../domain/exchange/matching";
import { offersForDeliveredItems, type DeliveredItemOffer } from "../domain/exchange/storefront";
import { shopifyGid } from "../domain/shopify-ids";
import { dayInTimeZone } from "../domain/time/days";
import { ExchangeOrderQuery, type ExchangeOrder } from "../graphql/exchange-order";
import { catalogFor } from "./catalog-cache.server";
import { catalogIdsFor, exchangeOrderItems } from "./exchange-orders.server";
import type { ShopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

export interface KeptExchangeFacts {
  /** The ExchangeOrder answer kept beside the snapshot, or null. */
  data: Prisma.JsonValue | null;
  /** Whether the snapshot is fresh (else it is used only when Shopify can't be asked). */
  fresh: boolean;
}

/** What is kept of the ExchangeOrder answer: no email, phone or customer name. */
function withoutContact(data: ExchangeOrder): ExchangeOrder {
  if (!data.order) return data;
  const customer = data.order.customer ? { ...data.order.customer, displayName: "" } : null;
  return { ...data, order: { ...data.order, email: null, phone: null, customer } };
}

/** The order's exchange facts, and whether they are the kept ones (else just asked of Shopify). */
async function exchangeFacts(
  ctx: ShopContext,
  orderId: string,
  kept: KeptExchangeFacts,
): Promise<{ data: ExchangeOrder; kept: boolean } | null> {
  if (kept.fresh && kept.data) return { data: storedDocument<ExchangeOrder>(kept.data), kept: true };
  try {
    const data = await adminQuery(ctx.admin, ExchangeOrderQuery, { id: shopifyGid("Order", orderId) });
    const stored = withoutContact(data);
    await saveSnapshotExchange(ctx.db, ctx.shop, orderId, toJson(stored));
    return { data: stored, kept: false };
  } catch (error) {
    if (isNotFound(error)) return null;
    if (isShopifyUnavailable(error) && kept.data) return { data: storedDocument<ExchangeOrder>(kept.data), kept: true };
    throw error;
  }
}

/**
 * What the view's one read already holds (data/tracking-view.server.ts):
 * the shop's offers, and the kept catalog rows they may need for the kept
 * exchange facts' items.
 */
export interface ReadWithTheView {
  offers: StoredOffer[];
  catalog: { products: ProductRow[]; variants: VariantRow[] };
}

/**
 * Per delivered line of an order the shopper may see, the best offer (or why
 * none applies); [] when the shop has no offer on, the order is cancelled,
 * or Shopify can't be asked and nothing was kept.
 */
export async function trackingExchangeOffers(
  ctx: ShopContext,
  orderId: string,
  kept: KeptExchangeFacts,
  settings: ShopSettings,
  read: ReadWithTheView,
): Promise<DeliveredItemOffer[]> {
  const { offers } = read;
  if (!offers.some((offer) => offer.enabled)) return [];
  try {
    const facts = await exchangeFacts(ctx, orderId, kept);
    const loaded = facts ? exchangeOrderItems(facts.data) : null;
    if (!loaded || loaded.order.cancelledAt) return [];
    // The rows read with the view were chosen from the kept facts' items.
    const rows = facts?.kept ? read.catalog : null;
    const catalog = await catalogFor(ctx, catalogIdsFor(offers, loaded.items), settings.currencyCode, rows);
    return offersForDeliveredItems({
      items: loaded.items,
      offers,
      catalog,
      now: ctx.now,
      today: dayInTimeZone(ctx.now, settings.ianaTimezone),
      currencyCode: settings.currencyCode,
      timeZone: settings.ianaTimezone,
    });
  } catch (error) {
    // The order's status matters more than an offer: the page is shown without one.
    if (isShopifyUnavailable(error)) return [];
    throw error;
  }
}
