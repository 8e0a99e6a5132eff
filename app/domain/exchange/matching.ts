// Which offers apply to a returned item, in the merchant's precedence order,
// and what each would propose: the variant to exchange to (the next size up
// when it was too small), the bonus, and the money. An offer is not proposed
// when its dates, the return reason, the return window or the stock say no;
// the reason is kept so the agent can see why an offer is missing.
import { withinReturnWindow, returnWindowEnd } from "./eligibility";
import type { OrderItem, SelectedOption } from "./items";
import type { OfferDefinition, ReturnReason } from "./offers";
import { exchangePlan, type ExchangePlan, type PricedVariant, type ResolvedBonus } from "./pricing";

/** An offer as stored: the definition is what the offer schema produced. */
export interface StoredOffer {
  id: string;
  name: string;
  precedence: number;
  enabled: boolean;
  definition: OfferDefinition;
}

export interface CatalogVariant extends PricedVariant {
  productId: string;
  productTitle: string;
  title: string;
  /** Null when Shopify does not track the variant's inventory. */
  inventoryQuantity: number | null;
  availableForSale: boolean;
  selectedOptions: SelectedOption[];
}

export interface CatalogProduct {
  id: string;
  title: string;
  options: { name: string; values: string[] }[];
  variantIds: string[];
}

/** The products and variants the offers point at, as Shopify has them now. */
export interface Catalog {
  variants: ReadonlyMap<string, CatalogVariant>;
  products: ReadonlyMap<string, CatalogProduct>;
}

export type SkipReason =
  | "disabled"
  | "not_started"
  | "ended"
  | "reason"
  | "outside_window"
  | "no_suitable_variant"
  | "out_of_stock"
  | "bonus_out_of_stock"
  | "not_in_catalog";

export interface Proposal {
  offer: StoredOffer;
  /** The variant proposed, and every in-stock variant the agent may pick instead (proposed first). */
  exchange: CatalogVariant;
  alternatives: CatalogVariant[];
  bonus: ResolvedBonus;
  bonusVariant: CatalogVariant | null;
  plan: ExchangePlan;
  windowClosesAt: Date;
}

export interface SkippedOffer {
  offer: StoredOffer;
  reason: SkipReason;
  windowClosesAt?: Date;
}

export interface OfferMatches {
  proposals: Proposal[];
  skipped: SkippedOffer[];
}

export interface MatchContext {
  now: Date;
  /** Today in the shop's time zone (YYYY-MM-DD), for the offers' dates. */
  today: string;
  /** The return reason, or null when not known yet (every reason is accepted). */
  reason: ReturnReason | null;
  /** When the item's return window started (delivery, else shipment). */
  windowStart: Date;
  currencyCode: string;
  /** The variant the agent or shopper picked among the alternatives, if any. */
  chosenVariantId?: string | null;
}

/**
 * Out of stock, as the merchant means it: none on hand and Shopify would not
 * sell it (a variant that continues selling when out of stock is available).
 */
export function inStock(variant: Pick<CatalogVariant, "inventoryQuantity" | "availableForSale">): boolean {
  return !((variant.inventoryQuantity ?? 0) <= 0 && !variant.availableForSale);
}

/** Whether the offer is for this item at all: its product, a collection, or a tag. */
export function offerCoversItem(definition: OfferDefinition, item: OrderItem): boolean {
  const { productIds, collectionIds, tags } = definition.match;
  if (item.productId && productIds.includes(item.productId)) return true;
  if (collectionIds.some((id) => item.collectionIds.includes(id))) return true;
  const itemTags = new Set(item.productTags.map((tag) => tag.toLowerCase()));
  return tags.some((tag) => itemTags.has(tag.toLowerCase()));
}

export function byPrecedence<T extends { precedence: number; id: string }>(offers: readonly T[]): T[] {
  return [...offers].sort((a, b) => a.precedence - b.precedence || a.id.localeCompare(b.id));
}

const SIZE_OPTION = /size|waist|inseam|length|taille|pointure|مقاس/i;

function valueOf(options: SelectedOption[], name: string): string | undefined {
  return options.find((option) => option.name.toLowerCase() === name.toLowerCase())?.value;
}

/**
 * The variants an offer can exchange the item to, best first: for a size
 * reason, only sizes in the right direction, nearest first; otherwise the
 * variants closest to what the shopper had (same color, same waist…).
 */
export function exchangeCandidates(
  definition: OfferDefinition,
  item: OrderItem,
  catalog: Catalog,
  reason: ReturnReason | null,
): CatalogVariant[] | null {
  const exchange = definition.exchange;
  let product: CatalogProduct | undefined;
  let variants: CatalogVariant[];
  if (exchange.kind === "variant") {
    const variant = catalog.variants.get(exchange.variantId);
    if (!variant) return null;
    product = catalog.products.get(variant.productId);
    variants = [variant];
  } else {
    product = catalog.products.get(exchange.kind === "product" ? exchange.productId : (item.productId ?? ""));
    if (!product) return null;
    variants = product.variantIds.flatMap((id) => catalog.variants.get(id) ?? []);
    // "Another size of the same product": not the very same variant.
    if (exchange.kind === "same_product") variants = variants.filter((variant) => variant.id !== item.variantId);
  }
  if (!product || variants.length === 0) return variants;

  const sizeIndex = product.options.findIndex((option) => SIZE_OPTION.test(option.name));
  const sizeOption = sizeIndex >= 0 ? product.options[sizeIndex] : product.options.length === 1 ? product.options[0] : undefined;
  const returnedSize = sizeOption ? valueOf(item.selectedOptions, sizeOption.name) : undefined;
  const returnedSizeAt = sizeOption && returnedSize !== undefined ? sizeOption.values.indexOf(returnedSize) : -1;
  // A variant the merchant chose is proposed whatever its size.
  const direction = exchange.kind === "variant" ? 0 : reason === "SIZE_TOO_SMALL" ? 1 : reason === "SIZE_TOO_LARGE" ? -1 : 0;

  const sizeDistance = (variant: CatalogVariant): number => {
    if (!sizeOption || returnedSizeAt < 0 || direction === 0) return 0;
    const at = sizeOption.values.indexOf(valueOf(variant.selectedOptions, sizeOption.name) ?? "");
    return at < 0 ? Number.POSITIVE_INFINITY : (at - returnedSizeAt) * direction;
  };
  const sameOtherOptions = (variant: CatalogVariant): number =>
    product!.options
      .filter((option) => option !== sizeOption || direction === 0)
      .filter((option) => {
        const had = valueOf(item.selectedOptions, option.name);
        return had !== undefined && valueOf(variant.selectedOptions, option.name) === had;
      }).length;

  const ranked = variants
    // Too small: only bigger sizes (and the reverse). Unknown sizes can't be judged, so they stay out.
    .filter(
      (variant) =>
        direction === 0 || !sizeOption || returnedSizeAt < 0 || (sizeDistance(variant) > 0 && Number.isFinite(sizeDistance(variant))),
    )
    .map((variant, position) => ({ variant, position, distance: sizeDistance(variant), same: sameOtherOptions(variant) }));
  ranked.sort((a, b) => a.distance - b.distance || b.same - a.same || a.position - b.position);
  return ranked.map((entry) => entry.variant);
}

function resolveBonus(definition: OfferDefinition, catalog: Catalog): { bonus: ResolvedBonus; variant: CatalogVariant | null } | null {
  const bonus = definition.bonus;
  if (bonus.kind === "none") return { bonus: { kind: "none" }, variant: null };
  const variant = catalog.variants.get(bonus.variantId);
  if (!variant) return null;
  return bonus.kind === "free_gift"
    ? { bonus: { kind: "free_gift", variant }, variant }
    : { bonus: { kind: "upsell_discount", variant, discount: bonus.discount }, variant };
}

/** Every offer that covers the item, in precedence order: proposed, or skipped with the reason. */
export function matchOffers(offers: readonly StoredOffer[], item: OrderItem, catalog: Catalog, context: MatchContext): OfferMatches {
  const proposals: Proposal[] = [];
  const skipped: SkippedOffer[] = [];
  for (const offer of byPrecedence(offers)) {
    const definition = offer.definition;
    if (!offerCoversItem(definition, item)) continue;
    const skip = (reason: SkipReason, extra: Partial<SkippedOffer> = {}) => skipped.push({ offer, reason, ...extra });
    if (!offer.enabled) {
      skip("disabled");
      continue;
    }
    if (definition.startsOn && context.today < definition.startsOn) {
      skip("not_started");
      continue;
    }
    if (definition.endsOn && context.today > definition.endsOn) {
      skip("ended");
      continue;
    }
    if (context.reason && definition.reasons.length > 0 && !definition.reasons.includes(context.reason)) {
      skip("reason");
      continue;
    }
    const windowClosesAt = returnWindowEnd(context.windowStart, definition.returnWindowDays);
    if (!withinReturnWindow(context.windowStart, definition.returnWindowDays, context.now)) {
      skip("outside_window", { windowClosesAt });
      continue;
    }
    const candidates = exchangeCandidates(definition, item, catalog, context.reason);
    const resolved = resolveBonus(definition, catalog);
    if (candidates === null || resolved === null) {
      skip("not_in_catalog");
      continue;
    }
    if (candidates.length === 0) {
      skip("no_suitable_variant");
      continue;
    }
    const available = candidates.filter(inStock);
    if (available.length === 0) {
      skip("out_of_stock");
      continue;
    }
    if (resolved.variant && !inStock(resolved.variant)) {
      skip("bonus_out_of_stock");
      continue;
    }
    const chosen = available.find((variant) => variant.id === context.chosenVariantId) ?? available[0];
    proposals.push({
      offer,
      exchange: chosen,
      alternatives: available,
      bonus: resolved.bonus,
      bonusVariant: resolved.variant,
      plan: exchangePlan({
        returnedUnitMinor: item.paidUnitMinor,
        exchange: chosen,
        bonus: resolved.bonus,
        currencyCode: context.currencyCode,
      }),
      windowClosesAt,
    });
  }
  return { proposals, skipped };
}
