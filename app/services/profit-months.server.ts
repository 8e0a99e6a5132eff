// The facts of each month of the profit dashboard, read from sums and small
// tables only (see data/profit-sums.server.ts), so a shop with a million
// attributed orders loads as fast as a new one. See decision 008.
import {
  attributionAgentSums,
  attributionSourceSums,
  campaignOrderSums,
  chatEventsByMonth,
  codeOwnerIds,
  delightSpendByMonth,
  draftOrderPaymentsByMonth,
  exchangeSumsByMonth,
  keepDelightMonths,
  keptDelightMonths,
  keptDelightSums,
  lookupsByMonth,
  storeOrdersByMonth,
  type MonthSpan,
} from "../data/profit-sums.server";
import { campaignsBetween, costPerTicketMinor, findProfitSettings, supportCostsFor } from "../data/profit-entries.server";
import { ATTRIBUTION_PRECEDENCE, type AttributionSource } from "../domain/agents/attribution";
import { CHAT_EVENTS, type ChatEvent } from "../domain/chat/events";
import { moneyOfMinor, type Money } from "../domain/money";
import { emptyMonthFacts, type DashboardSettings, type MonthFacts } from "../domain/profit/dashboard";
import { DEFAULT_TEAM_SHARE_BPS } from "../domain/profit/pnl";
import type { AgentDelightSum, AgentMonthSum } from "../domain/profit/leaderboard";
import { addMonths, monthKeyOf, monthRange, monthsFromTo, type MonthKey } from "../domain/profit/periods";
import { findShopSettings } from "../data/shops.server";
import { PLACEHOLDER_MARGIN_BPS } from "../domain/profit/forms";
import { teamCostsByMonth } from "../domain/profit/team-costs";
import { DEFAULT_SITE_CONVERSION_BPS } from "../domain/chat/funnel";
import type { ShopSettings } from "./shop-settings.server";
import type { ServiceContext } from "./context";
import type { DatabaseClient } from "../db.server";

export type ProfitContext = Pick<ServiceContext, "db" | "admin" | "shop" | "now" | "locale">;

/** What a ticket costs until the merchant says otherwise: TrackingSettings' own default, $5.00. */
const DEFAULT_COST_PER_TICKET_MINOR = 500n;
/** How far back a run of profitable months is followed. */
export const MAX_HISTORY_MONTHS = 120;

const isSource = (source: string): source is AttributionSource => (ATTRIBUTION_PRECEDENCE as readonly string[]).includes(source);
const isChatEvent = (event: string): event is ChatEvent => (CHAT_EVENTS as readonly string[]).includes(event);

/** The first day of a month and its last possible day as text: days sort as strings, and no month has a 32nd. */
const dayRange = (from: MonthKey, to: MonthKey) => ({ fromDay: `${from}-01`, toDay: `${to}-31` });

/** Sums the dashboard found in another currency than the shop's: shown as a warning, counted nowhere. */
export interface Skipped {
  otherCurrencyOrders: number;
  otherCurrencyRows: number;
  unknownAgentOrders: number;
}

interface LoadedMonths {
  facts: Map<MonthKey, MonthFacts>;
  /** Each agent's sums over the months, when asked for (the leaderboard's period). */
  agentSums: AgentMonthSum[];
  agentDelight: AgentDelightSum[];
}

/**
 * Reads every sum of the months from…to, one query per table for the whole
 * range (a month a row, or an agent a row): a dozen queries whether the
 * months hold a hundred orders or a million.
 */
export async function loadMonths(
  context: ProfitContext,
  shopCurrency: ShopSettings,
  from: MonthKey,
  to: MonthKey,
  options: { byAgent: boolean; skipped: Skipped },
) {
  const { db, shop } = context;
  const { skipped } = options;
  const currencyCode = shopCurrency.currencyCode.toUpperCase();
  const months = monthsFromTo(from, to);
  const spans: MonthSpan[] = months.map((month) => ({ month, ...monthRange(month, shopCurrency.ianaTimezone) }));
  const facts = new Map<MonthKey, MonthFacts>(months.map((month) => [month, emptyMonthFacts(month)]));
  const sameCurrency = (code: string) => code.toUpperCase() === currencyCode;
  /** The month a row of sums counts in; null outside the range, or in another currency (its `count` counted as skipped). */
  const monthOf = (row: { month: string; currencyCode: string }, count: number, skip: keyof Skipped = "otherCurrencyRows") => {
    const month = facts.get(row.month);
    if (!month) return null;
    if (sameCurrency(row.currencyCode)) return month;
    skipped[skip] += count;
    return null;
  };
  const inCurrency = (minor: bigint): Money => moneyOfMinor(minor, currencyCode);
  const { fromDay, toDay } = dayRange(from, to);

  const [sourceSums, agentSums, campaigns, delight, exchanges, draftPayments, chatEvents, lookups, storeOrders, costs] = await Promise.all([
    attributionSourceSums(db, shop, from, to),
    options.byAgent ? attributionAgentSums(db, shop, from, to) : Promise.resolve([]),
    campaignsBetween(db, shop, from, to),
    delightSums(context, spans, options.byAgent),
    exchangeSumsByMonth(db, shop, spans),
    draftOrderPaymentsByMonth(db, shop, spans),
    chatEventsByMonth(db, shop, fromDay, toDay),
    lookupsByMonth(db, shop, fromDay, toDay),
    storeOrdersByMonth(db, shop, fromDay, toDay),
    supportCostsFor(db, shop, from, to),
  ]);

  for (const row of sourceSums) {
    if (!isSource(row.source)) continue;
    const month = monthOf(row, row.orders + row.cancelledOrders, "otherCurrencyOrders");
    if (!month) continue;
    const sum = month.bySource[row.source];
    sum.orders += row.orders;
    sum.cancelledOrders += row.cancelledOrders;
    sum.netMinor += row.netMinor;
    sum.commissionMinor += row.commissionMinor;
  }

  // A campaign's revenue: the orders credited to its code in its month.
  const owners = await codeOwnerIds(db, shop, [...new Set(campaigns.flatMap((campaign) => (campaign.code ? [campaign.code] : [])))]);
  const credited = campaigns.flatMap((campaign) => {
    const agentId = campaign.code ? owners.get(campaign.code) : undefined;
    return campaign.code && agentId ? [{ month: campaign.month, code: campaign.code, agentId }] : [];
  });
  const orderSums = new Map((await campaignOrderSums(db, shop, credited, currencyCode)).map((sum) => [`${sum.month}|${sum.code}`, sum]));
  for (const campaign of campaigns) {
    const sums = campaign.code ? orderSums.get(`${campaign.month}|${campaign.code}`) : undefined;
    facts.get(campaign.month)?.campaigns.push({
      id: campaign.id,
      name: campaign.name,
      contacted: campaign.contacted,
      replied: campaign.replied,
      code: campaign.code,
      orders: sums?.orders ?? 0,
      netMinor: sums?.netMinor ?? 0n,
    });
  }

  for (const row of delight.byMonth) {
    const month = monthOf(row, row.codes);
    if (!month) continue;
    month.delight.codes += row.codes;
    month.delight.costMinor += row.costMinor;
  }
  const agentDelight = new Map<string, bigint>();
  for (const row of delight.byAgent) {
    if (sameCurrency(row.currencyCode)) agentDelight.set(row.agentId, (agentDelight.get(row.agentId) ?? 0n) + row.costMinor);
  }

  for (const row of exchanges) {
    const month = monthOf(row, row.outcomes);
    if (!month) continue;
    const sums = month.exchanges;
    sums.offersShown += row.outcomes;
    if (row.status !== "accepted") continue;
    sums.accepted += row.outcomes;
    sums.keptMinor += row.keptMinor;
    sums.keptOnCreditedOrdersMinor += row.keptOnCreditedOrdersMinor;
    sums.upsellMinor += row.upsellMinor;
    sums.bonusCostMinor += row.bonusCostMinor;
    const awaiting = sums.awaitingPayment;
    awaiting.draftOrders += row.awaitingPayment.draftOrders;
    awaiting.upsellMinor += row.awaitingPayment.upsellMinor;
    awaiting.keptMinor += row.awaitingPayment.keptMinor;
    awaiting.bonusCostMinor += row.awaitingPayment.bonusCostMinor;
  }
  // What exchanges' draft orders carried counts in the month they were paid.
  for (const row of draftPayments) {
    const month = monthOf(row, row.draftOrders);
    if (!month) continue;
    const sums = month.exchanges;
    sums.paidDraftOrders += row.draftOrders;
    sums.upsellMinor += row.upsellMinor;
    sums.upsellOnCreditedOrdersMinor += row.upsellOnCreditedOrdersMinor;
    sums.bonusCostMinor += row.bonusCostMinor;
    sums.keptMinor += row.keptMinor;
    sums.keptOnCreditedOrdersMinor += row.keptOnCreditedOrdersMinor;
  }

  for (const row of chatEvents) {
    const month = facts.get(row.month);
    if (month && isChatEvent(row.event)) month.chatEvents[row.event] = (month.chatEvents[row.event] ?? 0) + row.count;
  }
  for (const row of lookups) {
    const month = facts.get(row.month);
    if (!month) continue;
    month.tracking.lookups += row.lookups;
    month.tracking.misses += row.misses;
  }
  for (const row of storeOrders) {
    const month = monthOf(row, 1);
    if (!month) continue;
    month.store.orders += row.orders;
    month.store.refundedMinor += row.refundedMinor;
  }
  const entries = costs.filter((cost) => {
    if (sameCurrency(cost.currencyCode)) return true;
    skipped.otherCurrencyRows += 1;
    return false;
  });
  for (const team of teamCostsByMonth(entries, months)) facts.get(team.month)!.team = team;

  const loaded: LoadedMonths = { facts, agentSums: [], agentDelight: [] };
  for (const row of agentSums) {
    if (!sameCurrency(row.currencyCode)) continue; // counted once already, with the month's sums
    loaded.agentSums.push({
      agentId: row.agentId,
      orders: row.orders,
      cancelledOrders: row.cancelledOrders,
      net: inCurrency(row.netMinor),
      commission: inCurrency(row.commissionMinor),
    });
  }
  for (const [agentId, costMinor] of agentDelight) loaded.agentDelight.push({ agentId, cost: inCurrency(costMinor) });
  return loaded;
}

/**
 * A month's delight spend is over a day after the month ended: a code still
 * pending at its end has been created in Shopify or dropped by then.
 */
const DELIGHT_SETTLED_AFTER_MS = 24 * 60 * 60 * 1000;

type DelightRow = { month: string; agentId: string; currencyCode: string; codes: number; costMinor: bigint };

/**
 * Keeps the delight spend of the months that are over and not kept yet
 * (summed from the codes once), and says which of the spans are settled.
 * The nightly close-months job does it as soon as a month is over, so the
 * Profit page's first visit after a month ends only reads kept sums.
 */
export async function keepSettledDelightMonths(db: DatabaseClient, shop: string, spans: readonly MonthSpan[], now: Date) {
  const settled = spans.filter((span) => span.end.getTime() + DELIGHT_SETTLED_AFTER_MS <= now.getTime());
  const from = settled[0]?.month;
  const to = settled[settled.length - 1]?.month;
  if (from && to) {
    const kept = await keptDelightMonths(db, shop, from, to);
    const missing = settled.filter((span) => !kept.has(span.month));
    if (missing.length > 0) {
      const range = settled.slice(settled.indexOf(missing[0]), settled.indexOf(missing[missing.length - 1]) + 1);
      await keepDelightMonths(
        db,
        shop,
        missing.map((span) => span.month),
        await delightSpendByMonth(db, shop, range, true),
      );
    }
  }
  return { settled, from, to };
}

/**
 * The months' delight spend, by month and, when asked, by agent: months that
 * are over from their kept sums, the others from the codes themselves.
 */
export async function delightSums(context: Pick<ProfitContext, "db" | "shop" | "now">, spans: readonly MonthSpan[], byAgent: boolean) {
  const { db, shop, now } = context;
  const { settled, from, to } = await keepSettledDelightMonths(db, shop, spans, now);
  const live = spans.slice(settled.length);
  const none: DelightRow[] = [];
  const [byMonth, byAgentKept, current] = await Promise.all([
    from && to ? keptDelightSums(db, shop, from, to, "month") : none,
    from && to && byAgent ? keptDelightSums(db, shop, from, to, "agent") : none,
    live.length > 0 ? delightSpendByMonth(db, shop, live, byAgent) : none,
  ]);
  return { byMonth: [...byMonth, ...current], byAgent: [...byAgentKept, ...(byAgent ? current : [])] };
}

/**
 * The close-months job's work for one shop: the months that are over, as far
 * back as the dashboard reads (MAX_HISTORY_MONTHS), get their delight spend
 * kept, so no page view sums a month's codes (once a month is kept, a run
 * only reads its marker row).
 */
export async function closeMonths(db: DatabaseClient, shop: string, now: Date) {
  const timeZone = (await findShopSettings(db, shop))?.ianaTimezone;
  // A shop whose settings Shopify has not given yet has no month to close.
  if (!timeZone) return;
  const to = monthKeyOf(now, timeZone);
  const spans: MonthSpan[] = monthsFromTo(addMonths(to, -MAX_HISTORY_MONTHS), to).map((month) => ({
    month,
    ...monthRange(month, timeZone),
  }));
  await keepSettledDelightMonths(db, shop, spans, now);
}

export async function dashboardSettings(context: ProfitContext): Promise<DashboardSettings & { marginEntered: boolean }> {
  const [settings, ticket] = await Promise.all([
    findProfitSettings(context.db, context.shop),
    costPerTicketMinor(context.db, context.shop),
  ]);
  return {
    fallbackMarginBps: settings?.fallbackMarginBps ?? PLACEHOLDER_MARGIN_BPS,
    marginEntered: settings?.fallbackMarginBps !== null && settings?.fallbackMarginBps !== undefined,
    teamShareBps: settings?.teamShareBps ?? DEFAULT_TEAM_SHARE_BPS,
    storeConversionBps: settings?.storeConversionBps ?? DEFAULT_SITE_CONVERSION_BPS,
    costPerTicketMinor: ticket ?? DEFAULT_COST_PER_TICKET_MINOR,
  };
}
