// Plain data for the exchange domain's unit tests: the demo store's
// trousers, belt and gift card, and an offer to build on.
import type { OrderItem } from "./items";
import type { Catalog, CatalogProduct, CatalogVariant, StoredOffer } from "./matching";
import type { OfferDefinition } from "./offers";

const WAISTS = ["30", "32", "34", "36"];

function product(
  id: number,
  title: string,
  options: CatalogProduct["options"],
  price: bigint,
  cost: bigint | null,
  stock: (values: string[]) => number,
) {
  const variants: CatalogVariant[] = [];
  const combos = options.reduce<string[][]>((acc, option) => acc.flatMap((combo) => option.values.map((value) => [...combo, value])), [[]]);
  combos.forEach((values, index) => {
    const quantity = stock(values);
    variants.push({
      id: `gid://shopify/ProductVariant/${id * 100 + index}`,
      productId: `gid://shopify/Product/${id}`,
      productTitle: title,
      title: values.join(" / "),
      priceMinor: price,
      unitCostMinor: cost,
      inventoryQuantity: quantity,
      availableForSale: quantity > 0,
      selectedOptions: values.map((value, i) => ({ name: options[i].name, value })),
    });
  });
  const record: CatalogProduct = { id: `gid://shopify/Product/${id}`, title, options, variantIds: variants.map((variant) => variant.id) };
  return { product: record, variants };
}

/** A chino in every waist and two colours, `stocked` of each but the combinations sold out. */
function chino(id: number, title: string, colors: string[], price: bigint, cost: bigint, stocked: number, soldOut: string[]) {
  const options = [
    { name: "Waist", values: WAISTS },
    { name: "Color", values: colors },
  ];
  return product(id, title, options, price, cost, (values) => (soldOut.includes(values.join(" / ")) ? 0 : stocked));
}

export function demoCatalog() {
  const classic = chino(1, "Classic Chino", ["Khaki", "Navy"], 8900n, 3115n, 10, ["36 / Navy"]);
  const relaxed = chino(2, "Relaxed Chino", ["Khaki", "Olive"], 9800n, 3430n, 8, ["32 / Olive", "30 / Khaki"]);
  const belt = product(3, "Leather Belt", [{ name: "Size", values: ["S", "M", "L"] }], 4500n, 1410n, () => 20);
  const giftCard = product(4, "Gift Card", [{ name: "Denominations", values: ["$25"] }], 2500n, null, () => 0);
  const catalog: Catalog = {
    products: new Map([classic, relaxed, belt, giftCard].map((entry) => [entry.product.id, entry.product])),
    variants: new Map(
      [classic, relaxed, belt, giftCard].flatMap((entry) => entry.variants.map((variant) => [variant.id, variant] as const)),
    ),
  };
  const variant = (entry: { variants: CatalogVariant[] }, title: string) => entry.variants.find((v) => v.title === title)!;
  return { catalog, classic, relaxed, belt, giftCard, variant };
}

export function orderItem(overrides: Partial<OrderItem> = {}): OrderItem {
  return {
    lineItemId: "gid://shopify/LineItem/501",
    title: "Classic Chino",
    variantTitle: "32 / Khaki",
    productId: "gid://shopify/Product/1",
    productTitle: "Classic Chino",
    variantId: "gid://shopify/ProductVariant/102",
    selectedOptions: [
      { name: "Waist", value: "32" },
      { name: "Color", value: "Khaki" },
    ],
    productTags: ["chino", "bestseller"],
    collectionIds: ["gid://shopify/Collection/7"],
    isGiftCard: false,
    quantity: 1,
    removedQuantity: 0,
    inReturnQuantity: 0,
    fulfilledQuantity: 1,
    returnableQuantity: 1,
    fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/901",
    paidUnitMinor: 8900n,
    currencyCode: "USD",
    deliveredAt: "2026-11-10T12:00:00Z",
    fulfilledAt: "2026-11-07T12:00:00Z",
    ...overrides,
  };
}

export function definition(overrides: Partial<OfferDefinition> = {}): OfferDefinition {
  return {
    match: { productIds: ["gid://shopify/Product/1"], collectionIds: [], tags: [] },
    reasons: [],
    exchange: { kind: "product", productId: "gid://shopify/Product/2" },
    bonus: { kind: "free_gift", variantId: "gid://shopify/ProductVariant/301" },
    texts: {
      en: {
        headline: "Not the right fit? Exchange for {exchange_item} and get {bonus_item}",
        script: "We just released {exchange_item}: {price_difference}.",
      },
      ar: { headline: null, script: null },
      fr: {
        headline: "Pas la bonne coupe ? Échangez contre {exchange_item} et recevez {bonus_item}",
        script: "Nouvelle coupe : {price_difference}.",
      },
    },
    startsOn: null,
    endsOn: null,
    returnWindowDays: 30,
    ...overrides,
  };
}

export function offer(
  id: string,
  precedence: number,
  overrides: Partial<OfferDefinition> = {},
  extra: Partial<StoredOffer> = {},
): StoredOffer {
  return { id, name: `Offer ${id}`, precedence, enabled: true, definition: definition(overrides), ...extra };
}
