// The reasons of a Shopify return (returns/request, returns/approve), read
// from the Admin API and stored once per return line, on the shop's list by
// the handle of its return reason definition. A return Concierge made for an
// exchange is already counted as that exchange's contact: it is left out.
// See docs/decisions/030-contact-reasons.md.
import { adminQuery } from "../admin-api.server";
import { exchangeOfReturn, forgetReturnReasons, insertContactReason } from "../data/contact-reasons.server";
import { inTransaction } from "../db.server";
import { ReturnReasonsQuery } from "../graphql/return-reasons";
import { parseDecimalToMinor } from "../domain/money";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import type { ShopContext } from "./context";
import { classifyReason, shopReasonCatalog } from "./contact-reasons.server";

export type ReturnReasonsResult = { kind: "recorded"; lines: number } | { kind: "exchange" } | { kind: "not_found" };

/** Stores the reasons of one return (numeric id); a second run adds nothing. */
export async function recordReturnReasons(ctx: ShopContext, returnId: string): Promise<ReturnReasonsResult> {
  if (await exchangeOfReturn(ctx.db, ctx.shop, returnId)) return { kind: "exchange" };
  const { return: ret } = await adminQuery(ctx.admin, ReturnReasonsQuery, { id: shopifyGid("Return", returnId) });
  if (!ret) return { kind: "not_found" };
  const catalog = await shopReasonCatalog(ctx.db, ctx.shop);
  const occurredAt = new Date(ret.createdAt as string);
  let lines = 0;
  await inTransaction(ctx.db, async (tx) => {
    for (const line of ret.returnLineItems.nodes) {
      const money = "withCodeDiscountedTotalPriceSet" in line ? line.withCodeDiscountedTotalPriceSet.shopMoney : null;
      const item = "fulfillmentLineItem" in line ? line.fulfillmentLineItem.lineItem : null;
      const stored = await insertContactReason(tx, ctx.shop, {
        source: "shopify_return",
        sourceId: `${returnId}:${numericId(line.id)}`,
        ...classifyReason(catalog, { source: "shopify", handle: line.returnReasonDefinition?.handle ?? null }),
        productId: item?.product ? numericId(item.product.id) : null,
        productTitle: item?.product?.title ?? null,
        variantId: item?.variant ? numericId(item.variant.id) : null,
        orderId: numericId(ret.order.id),
        currencyCode: money?.currencyCode ?? null,
        // What the returned units are worth: the refund they stand for, unless the shopper is given an exchange.
        refundMinor: money ? parseDecimalToMinor(money.amount as string, money.currencyCode) : 0n,
        exchangeMinor: 0n,
        occurredAt,
      });
      if (stored) lines += 1;
    }
    // Concierge's own exchange made meanwhile: its contact is the exchange's.
    if (await exchangeOfReturn(tx, ctx.shop, returnId)) await forgetReturnReasons(tx, ctx.shop, returnId);
  });
  return { kind: "recorded", lines };
}
