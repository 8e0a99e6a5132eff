// An exchange offer as a merchant would save it, for tests and benchmarks
// that need one on: "Size swap + free belt" (the same product in another
// size, a belt as a gift).
import type { Database } from "../../app/db.server";
import { createExchangeOffer } from "../../app/data/exchanges.server";
import { parseOfferInput } from "../../app/domain/exchange/offers";

export async function createSizeSwapOffer(
  db: Database,
  shop: string,
  options: { beltVariantId: number; match: { productIds?: string[]; tags?: string[] }; currencyCode?: string; returnWindowDays?: number },
) {
  const parsed = parseOfferInput(
    {
      name: "Size swap + free belt",
      enabled: true,
      match: { productIds: options.match.productIds ?? [], collectionIds: [], tags: options.match.tags ?? [] },
      reasons: ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"],
      exchange: { kind: "same_product" },
      bonus: { kind: "free_gift", variantId: `gid://shopify/ProductVariant/${options.beltVariantId}` },
      texts: {
        en: { headline: "Not the right fit? Exchange for {exchange_item} and get {bonus_item}", script: "Exchange today." },
        ar: { headline: "", script: "" },
        fr: { headline: "", script: "" },
      },
      startsOn: null,
      endsOn: null,
      returnWindowDays: options.returnWindowDays ?? 30,
    },
    { shopCurrency: options.currencyCode ?? "USD" },
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return createExchangeOffer(db, shop, parsed.offer);
}
