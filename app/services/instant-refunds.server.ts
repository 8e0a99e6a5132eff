// Instant refunds for VIPs (docs/decisions/025-instant-refunds.md): when a
// return's parcel has a tracking number on its way back, a VIP whose tier
// gives instant refunds is refunded through Shopify at once (returnProcess),
// within the tier's limits, once. Run by the instant-refund job, keyed on the
// reverse delivery; the ledger row (one per return) is claimed before Shopify
// is asked, so a second event, a retry or a second worker never refunds twice.
import { parseGid } from "@shopify/admin-graphql-api-utilities";
import { adminQuery, NOT_IDEMPOTENT, refusalMessage, type AdminGraphqlClient } from "../admin-api.server";
import { inTransaction, type Database } from "../db.server";
import {
  findInstantRefund,
  findInstantRefundSettings,
  instantRefundedSince,
  lockCustomerRefunds,
  recordInstantRefundDecision,
  settleInstantRefund,
  type InstantRefundFields,
} from "../data/instant-refunds.server";
import { findShopSettings } from "../data/shops.server";
import { findCustomerTier, findVipRule } from "../data/vip.server";
import { decideInstantRefund, type InstantRefundFacts, type InstantRefundTier } from "../domain/vip/instant-refund";
import { parseDecimalToMinor } from "../domain/money";
import { messageText, phraseAsText } from "../domain/form-message";
import { phrase } from "../domain/phrase";
import { serverTranslate } from "../i18n/resources.server";
import { instantOfWallClock, wallClockAt } from "../domain/time/zoned-time";
import { ReturnProcessMutation } from "../graphql/return-process";
import { moneyInput } from "../graphql/money-input";
import type { MoneyInput } from "../types/admin.types";
import {
  InstantRefundReturnDetailsQuery,
  InstantRefundReturnQuery,
  type InstantRefundReturn,
  type InstantRefundReturnNode,
} from "../graphql/instant-refund-return";
import type { ServiceContext } from "./context";

type Context = Pick<ServiceContext, "db" | "admin" | "shop" | "now"> & { db: Database };

type ReverseDelivery = NonNullable<InstantRefundReturn["reverseDelivery"]>;
type ShopifyOrder = NonNullable<ReverseDelivery["reverseFulfillmentOrder"]["order"]>;

/** The month so far in the shop's time zone: the monthly limit's window. */
function monthStart(now: Date, timeZone: string): Date {
  const wall = wallClockAt(now, timeZone);
  return instantOfWallClock({ year: wall.year, month: wall.month, day: 1 }, timeZone);
}

async function tierOf(db: Database, shop: string, customerId: string | null, shopCurrency: string): Promise<InstantRefundTier | null> {
  if (!customerId) return null;
  const held = await findCustomerTier(db, shop, customerId);
  const rule = held?.ruleId ? await findVipRule(db, shop, held.ruleId) : null;
  if (!rule || !rule.enabled) return null;
  const minor = (amount: string | undefined) => (amount === undefined ? null : parseDecimalToMinor(amount, shopCurrency));
  return {
    tierName: rule.tierName,
    instantRefunds: rule.instantRefunds,
    maxPerRefundMinor: minor(rule.instantRefundMaxPerRefund),
    maxPerMonthMinor: minor(rule.instantRefundMaxPerMonth),
  };
}

function trackingOf(delivery: ReverseDelivery): string | null {
  const deliverable = delivery.deliverable;
  return deliverable && "tracking" in deliverable ? (deliverable.tracking?.number ?? null) : null;
}

function returnAmountMinor(ret: InstantRefundReturnNode, currency: string): bigint {
  return ret.returnLineItems.nodes.reduce((sum, line) => {
    const money = "withCodeDiscountedTotalPriceSet" in line ? line.withCodeDiscountedTotalPriceSet.shopMoney : undefined;
    return money ? sum + parseDecimalToMinor(money.amount, currency) : sum;
  }, 0n);
}

function factsOf(
  order: ShopifyOrder,
  ret: InstantRefundReturnNode,
  delivery: ReverseDelivery,
  extra: Pick<InstantRefundFacts, "paused" | "excludedSkus" | "tier" | "refundedThisMonthMinor">,
): InstantRefundFacts {
  return {
    ...extra,
    shopCurrency: order.currencyCode,
    orderCurrency: order.currencyCode,
    presentmentCurrency: order.presentmentCurrencyCode,
    hasCustomer: order.customer !== null,
    returnStatus: ret.status,
    hasTracking: trackingOf(delivery) !== null,
    hasExchange: ret.exchangeLineItems.nodes.length > 0,
    anyProcessed: ret.returnLineItems.nodes.some((line) => line.processedQuantity > 0),
    alreadyRefunded: ret.refunds.nodes.length > 0,
    lines: ret.returnLineItems.nodes.map((line) => {
      // An unverified return line (one not tied to a fulfilled line) names no item.
      const item = "fulfillmentLineItem" in line ? line.fulfillmentLineItem?.lineItem : undefined;
      return { name: item?.name ?? null, sku: item?.sku ?? null };
    }),
    amountMinor: returnAmountMinor(ret, order.currencyCode),
  };
}

/** Concierge's own words for a refund that did not happen, stored beside Shopify's. */
const refusal = (name: "noPayment" | "noAnswer" | "noRefund") => phraseAsText(phrase(`vip:instantRefunds.refusals.${name}`));

export type InstantRefundOutcome = "refunded" | "refused" | "waiting" | "skipped" | "already" | "not-found";

/** Looks at the return a reverse delivery carries back and refunds it if it may (once). */
export async function refundReturnInTransit(context: Context, reverseDeliveryId: string): Promise<InstantRefundOutcome> {
  const { db, admin, shop, now } = context;
  const { reverseDelivery: delivery } = await adminQuery(admin, InstantRefundReturnQuery, { id: reverseDeliveryId });
  const order = delivery?.reverseFulfillmentOrder.order;
  if (!delivery || !order) return "not-found";
  const rfoId = delivery.reverseFulfillmentOrder.id;
  const found = order.returns.nodes.find((candidate) => candidate.reverseFulfillmentOrders.nodes.some((rfo) => rfo.id === rfoId));
  const ret = found ? (await adminQuery(admin, InstantRefundReturnDetailsQuery, { id: found.id })).return : null;
  if (!ret) return "not-found";
  const returnId = parseGid(ret.id);
  const customerId = order.customer ? parseGid(order.customer.id) : null;
  const currency = order.currencyCode;

  const existing = await findInstantRefund(db, shop, returnId);
  if (existing?.status === "refunded") return "already";
  if (existing?.status === "refunding") {
    // An attempt claimed it and then stopped: Shopify says whether it refunded.
    const refund = ret.refunds.nodes[0];
    if (refund) {
      await settleInstantRefund(db, shop, returnId, {
        status: "refunded",
        refundId: parseGid(refund.id),
        shopifyError: null,
        amountMinor: parseDecimalToMinor(refund.totalRefundedSet.shopMoney.amount, currency),
        decidedAt: existing.decidedAt,
        reason: existing.reason,
      });
      return "already";
    }
  }

  const settings = await findInstantRefundSettings(db, shop);
  const timeZone = (await findShopSettings(db, shop))?.ianaTimezone ?? "UTC";
  const tier = await tierOf(db, shop, customerId, currency);
  const base: Omit<InstantRefundFields, "status" | "reason" | "amountMinor"> = {
    returnName: ret.name,
    orderId: parseGid(order.id),
    orderName: order.name,
    customerId,
    customerName: order.customer?.displayName ?? null,
    tierName: tier?.tierName ?? null,
    currencyCode: currency,
    trackingNumber: trackingOf(delivery),
    reverseDeliveryId: parseGid(delivery.id),
    decidedAt: now,
    shopifyError: null,
    refundId: null,
  };

  // Decide and claim together, one customer at a time: two returns in
  // transit at once never both fit under a monthly limit only one fits.
  const claim = await inTransaction(db, async (tx) => {
    if (customerId) await lockCustomerRefunds(tx, shop, customerId);
    const current = await findInstantRefund(tx, shop, returnId);
    if (current?.status === "refunded") return { kind: "already" as const };
    const refundedThisMonthMinor =
      customerId === null ? 0n : await instantRefundedSince(tx, shop, customerId, currency, monthStart(now, timeZone));
    const decided = decideInstantRefund(
      factsOf(order, ret, delivery, { paused: settings.paused, excludedSkus: settings.excludedSkus, tier, refundedThisMonthMinor }),
    );
    // Stored as a phrase, read in each staff member's language (rows written before hold English sentences).
    const decision = { ...decided, reason: phraseAsText(decided.reason) };
    if (current?.status === "refunding") {
      // Retrying our own claim (Shopify holds no refund for it): its amount is already counted in the month.
      return { kind: "refund" as const, amountMinor: current.amountMinor, reason: current.reason };
    }
    if (decision.kind !== "refund") {
      await recordInstantRefundDecision(tx, shop, returnId, {
        ...base,
        status: decision.kind === "wait" ? "waiting" : "skipped",
        reason: decision.reason,
        amountMinor: returnAmountMinor(ret, currency),
      });
      return decision;
    }
    const claimed = await recordInstantRefundDecision(tx, shop, returnId, {
      ...base,
      status: "refunding",
      reason: decision.reason,
      amountMinor: decision.amountMinor,
    });
    return claimed ? decision : { kind: "already" as const };
  });
  if (claim.kind === "already") return "already";
  if (claim.kind === "wait") return "waiting";
  if (claim.kind === "skip") return "skipped";

  const sale = order.transactions.find(
    (transaction) => (transaction.kind === "SALE" || transaction.kind === "CAPTURE") && transaction.status === "SUCCESS",
  );
  if (!sale) {
    await settle(context, returnId, { refused: refusal("noPayment") }, claim);
    return "refused";
  }
  const result = await issueRefund(admin, {
    returnId: ret.id,
    lineIds: ret.returnLineItems.nodes.map((line) => ({ id: line.id, quantity: line.quantity - line.processedQuantity })),
    saleId: sale.id,
    amount: moneyInput(claim.amountMinor, currency),
    // Shopify's note is read by whoever opens the order in Shopify admin: in English.
    note: `Instant refund by Concierge: ${messageText(claim.reason, serverTranslate("en"))}`,
  });
  await settle(context, returnId, result, claim);
  return "refused" in result ? "refused" : "refunded";
}

async function settle(
  { db, shop, now }: Pick<Context, "db" | "shop" | "now">,
  returnId: string,
  result: { refundId: string } | { refused: string },
  claim: { amountMinor: bigint; reason: string },
) {
  const common = { amountMinor: claim.amountMinor, decidedAt: now, reason: claim.reason };
  await settleInstantRefund(
    db,
    shop,
    returnId,
    "refused" in result
      ? { ...common, status: "refused", refundId: null, shopifyError: result.refused }
      : { ...common, status: "refunded", refundId: result.refundId, shopifyError: null },
  );
}

/** Asks Shopify to process the return with a refund; its userErrors come back as the refusal, in Shopify's words. */
async function issueRefund(
  admin: AdminGraphqlClient,
  input: { returnId: string; lineIds: { id: string; quantity: number }[]; saleId: string; amount: MoneyInput; note: string },
): Promise<{ refundId: string } | { refused: string }> {
  // Never sent twice by one call: when Shopify's answer is lost, the job fails, and its next run
  // finds the claim "refunding" and asks Shopify whether it refunded (decision 054).
  const data = await adminQuery(
    admin,
    ReturnProcessMutation,
    {
      input: {
        returnId: input.returnId,
        returnLineItems: input.lineIds.filter((line) => line.quantity > 0),
        financialTransfer: {
          issueRefund: {
            orderTransactions: [{ parentId: input.saleId, transactionAmount: input.amount }],
          },
        },
        notifyCustomer: true,
        note: input.note,
      },
    },
    NOT_IDEMPOTENT,
  );
  const payload = data.returnProcess;
  if (!payload) return { refused: refusal("noAnswer") };
  if (payload.userErrors.length > 0) return { refused: refusalMessage(payload.userErrors) };
  const refund = payload.return?.refunds.nodes.at(-1);
  return refund ? { refundId: parseGid(refund.id) } : { refused: refusal("noRefund") };
}
