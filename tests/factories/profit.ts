// The profit dashboard's tables filled with a month's known figures: the
// orders credited to each source (Attribution rows, summed into
// AttributionMonthly by the attribution service's own refreshMonthlySum), the
// store's orders (Order rows, summed into OrderDaily by recordOrderDay), chat
// events and tracking lookups per day, delight codes, exchange outcomes, and
// the merchant's team costs and campaigns.
import db from "../../app/db.server";
import type { AttributionSource, ChatEvent } from "@prisma/client";
import { refreshMonthlySum } from "../../app/data/attributions.server";
import { moneyFromDecimal } from "../../app/domain/money";
import { recordOrderDay } from "../../app/services/order-days.server";
import { agentWithCodes } from "./agents";

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;
const usd = (amount: string) => moneyFromDecimal(amount, "USD").minor;

export interface SeedAgent {
  id: string;
  name: string;
}

export async function seedAgent(
  shop: string,
  name: string,
  options: { commissionBps?: number; codes?: string[] } = {},
): Promise<SeedAgent> {
  const agent = await agentWithCodes(db, shop, name, options);
  return { id: agent.id, name: agent.name };
}

export interface CreditedOrder {
  source: "agent_code" | "chat" | "tracking_page";
  agent?: SeedAgent;
  code?: string;
  /** Net revenue, "18240.50". */
  net: string;
  commissionBps?: number;
  /** The commission as the attribution service computed it for this order. */
  commission?: string;
  cancelled?: boolean;
  processedAt: string;
  orderId?: string;
}

/** Attribution rows, and their monthly sums recomputed as the attribution service does. */
export async function seedCreditedOrders(shop: string, month: string, orders: readonly CreditedOrder[]) {
  const groups = new Map<string, { month: string; source: AttributionSource; agentId: string | null; currencyCode: string }>();
  const ids: string[] = [];
  for (const order of orders) {
    const orderId = order.orderId ?? nextId("order");
    ids.push(orderId);
    const net = order.cancelled ? 0n : usd(order.net);
    await db.attribution.create({
      data: {
        shop,
        orderId,
        source: order.source,
        agentId: order.agent?.id ?? null,
        code: order.code ?? null,
        currencyCode: "USD",
        grossMinor: usd(order.net),
        refundedMinor: 0n,
        netMinor: net,
        commissionBps: order.commissionBps ?? 0,
        commissionMinor: order.cancelled || !order.commission ? 0n : usd(order.commission),
        cancelled: order.cancelled ?? false,
        processedAt: new Date(order.processedAt),
        month,
      },
    });
    const group = { month, source: order.source, agentId: order.agent?.id ?? null, currencyCode: "USD" };
    groups.set(`${group.source}|${group.agentId}`, group);
  }
  for (const group of groups.values()) await refreshMonthlySum(db, shop, group);
  return ids;
}

/** Orders of the store (attributed or not), summed per day as the order webhooks do. */
export async function seedStoreOrders(
  shop: string,
  orders: ReadonlyArray<{ total: string; refunded?: string; cancelled?: boolean; processedAt: string; currencyCode?: string }>,
) {
  for (const order of orders) {
    const orderId = nextId("store");
    const currencyCode = order.currencyCode ?? "USD";
    await db.order.create({
      data: {
        shop,
        orderId,
        name: `#${orderId}`,
        currencyCode,
        totalPriceMinor: moneyFromDecimal(order.total, currencyCode).minor,
        refundedMinor: order.refunded ? moneyFromDecimal(order.refunded, currencyCode).minor : 0n,
        cancelledAt: order.cancelled ? new Date(order.processedAt) : null,
        processedAt: new Date(order.processedAt),
        shopifyUpdatedAt: new Date(order.processedAt),
      },
    });
    await recordOrderDay(db, shop, orderId);
  }
}

export async function seedChatEvents(
  shop: string,
  days: Record<string, Partial<Record<"prompt_shown" | "chat_opened" | "dismissed" | "concierge_contacted", number>>>,
) {
  for (const [day, events] of Object.entries(days)) {
    for (const [event, count] of Object.entries(events))
      await db.chatEventDaily.create({ data: { shop, day, event: event as ChatEvent, count } });
  }
}

export async function seedLookups(shop: string, days: Record<string, { lookups: number; misses: number }>) {
  for (const [day, counts] of Object.entries(days)) await db.trackingLookupDaily.create({ data: { shop, day, ...counts } });
}

export async function seedDelightCodes(
  shop: string,
  agent: SeedAgent,
  codes: ReadonlyArray<{ cost: string; issuedAt: string; status?: "active" | "pending" | "deactivated" }>,
) {
  for (const code of codes) {
    const text = nextId("DELIGHT").toUpperCase();
    await db.agentCode.create({
      data: {
        shop,
        agentId: agent.id,
        code: text,
        codeKey: text,
        kind: "delight",
        valueKind: "fixed_amount",
        valueAmountMinor: usd(code.cost),
        costMinor: usd(code.cost),
        currencyCode: "USD",
        status: code.status ?? "active",
        createdAt: new Date(code.issuedAt),
      },
    });
  }
}

/** An exchange's draft order (what the shopper pays on top): paid at `paidAt`, by the order `orderId`, or not yet (null). */
export interface SeedDraftOrder {
  paidAt: string | null;
  orderId?: string;
  /** The exchange variant itself is on the draft order. */
  exchangeOn?: boolean;
}

export async function seedExchangeOutcomes(
  shop: string,
  outcomes: ReadonlyArray<{
    status: "shown" | "accepted" | "refused" | "requested";
    orderId?: string;
    kept?: string;
    upsell?: string;
    bonus?: string;
    at: string;
    draft?: SeedDraftOrder;
  }>,
) {
  for (const outcome of outcomes) {
    const draft = outcome.draft;
    await db.exchangeOutcome.create({
      data: {
        shop,
        offerId: "offer-1",
        orderId: outcome.orderId ?? nextId("exchanged"),
        lineItemId: nextId("line"),
        channel: "agent",
        status: outcome.status,
        currencyCode: "USD",
        keptMinor: outcome.kept ? usd(outcome.kept) : 0n,
        upsellMinor: outcome.upsell ? usd(outcome.upsell) : 0n,
        bonusCostMinor: outcome.bonus ? usd(outcome.bonus) : 0n,
        draftOrderId: draft ? nextId("draft") : null,
        exchangeOnDraftOrder: draft?.exchangeOn ?? false,
        upsellOrderId: draft?.paidAt ? (draft.orderId ?? nextId("upsell-order")) : null,
        upsellPaidAt: draft?.paidAt ? new Date(draft.paidAt) : null,
        createdAt: new Date(outcome.at),
        decidedAt: outcome.status === "accepted" || outcome.status === "refused" ? new Date(outcome.at) : null,
      },
    });
  }
}

export async function seedTeamCosts(shop: string, month: string, costs: { salaries: string; tools: string; other?: string }) {
  await db.supportCost.create({
    data: {
      shop,
      month,
      salariesMinor: usd(costs.salaries),
      toolsMinor: usd(costs.tools),
      otherMinor: usd(costs.other ?? "0"),
      currencyCode: "USD",
    },
  });
}
