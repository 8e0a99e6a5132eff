// The profit dashboard: support's P&L month by month, the funnels behind it,
// the agents' leaderboard and the VIP tiers over the same period, the CSV of
// all of it, and the merchant's entries (settings, team costs, campaigns).
// Everything is read from sums and small tables (see data/profit.server.ts),
// so a shop with a million attributed orders loads as fast as a new one; the
// arithmetic is app/domain/profit's. See docs/decisions/008-profit-dashboard.md.
import type { AdminGraphqlClient } from "../admin-api.server";
import { inTransaction, type Database, type DatabaseClient } from "../db.server";
import {
  agentNames,
  attributionAgentSums,
  attributionSourceSums,
  campaignOrderSums,
  campaignsBetween,
  campaignWithCode,
  chatEventsByMonth,
  codeOwnerIds,
  costPerTicketMinor,
  createCampaign,
  deleteCampaign,
  delightSpendByMonth,
  draftOrderPaymentsByMonth,
  earliestAttributionMonth,
  exchangeSumsByMonth,
  findProfitSettings,
  keepDelightMonths,
  keptDelightMonths,
  keptDelightSums,
  lookupsByMonth,
  refreshOrderDay,
  saveProfitSettings,
  saveSupportCost,
  storeOrdersByMonth,
  supportCostsFor,
  vipTierJoins,
  vipTierMembers,
  type MonthSpan,
} from "../data/profit.server";
import { findShopSettings } from "../data/shops.server";
import { isUniqueViolation } from "../db.server";
import { findOrder } from "../data/orders.server";
import { ATTRIBUTION_PRECEDENCE, ATTRIBUTION_RULE_TEXT, type AttributionSource } from "../domain/agents/attribution";
import { instantOfWallClock, wallClockAt } from "../domain/agents/zoned-time";
import { CHAT_EVENTS, type ChatEvent } from "../domain/chat/events";
import { formatBasisPointsAsPercent, type FieldErrors } from "../domain/forms";
import { formatMinorAsDecimal, type Money } from "../domain/money";
import {
  emptyMonthFacts,
  funnelsOf,
  monthPnlOf,
  sumFunnelFacts,
  type DashboardFunnels,
  type DashboardSettings,
  type MonthFacts,
} from "../domain/profit/dashboard";
import { DEFAULT_TEAM_SHARE_BPS, pnlFigures, profitCenterSince, sumPnl, type MonthlyPnl } from "../domain/profit/pnl";
import { leaderboardFromSums, type AgentDelightSum, type AgentMonthSum } from "../domain/profit/leaderboard";
import {
  addMonths,
  lastCompleteMonth,
  monthKeyOf,
  monthLabel,
  monthRange,
  monthsFromTo,
  parseProfitPeriod,
  profitPeriod,
  PROFIT_PERIOD_LABELS,
  PROFIT_PERIODS,
  type MonthKey,
  type ProfitPeriod,
} from "../domain/profit/periods";
import { PLACEHOLDER_MARGIN_BPS, type CampaignInput, type ProfitSettingsInput, type TeamCostsInput } from "../domain/profit/forms";
import { profitReportCsv, REPORT_TABLES, type ProfitReport, type ReportTable } from "../domain/profit/report";
import { teamCostsByMonth } from "../domain/profit/team-costs";
import { figureView, formatCount, moneyView, rateView, resolveLocale } from "../domain/profit/views";
import { DEFAULT_SITE_CONVERSION_BPS } from "../domain/chat/funnel";
import { awaitingPaymentText } from "../domain/exchange/payments";
import { shopSettings, type ShopSettings } from "./shop-settings.server";

export interface ProfitContext {
  db: Database;
  admin: AdminGraphqlClient;
  shop: string;
  now: Date;
  /** The staff member's locale, from their session; English when absent or unknown. */
  locale?: string | null;
}

/** What a ticket costs until the merchant says otherwise: TrackingSettings' own default, $5.00. */
const DEFAULT_COST_PER_TICKET_MINOR = 500n;
/** How far back a run of profitable months is followed. */
const MAX_HISTORY_MONTHS = 120;

const isSource = (source: string): source is AttributionSource => (ATTRIBUTION_PRECEDENCE as readonly string[]).includes(source);
const isChatEvent = (event: string): event is ChatEvent => (CHAT_EVENTS as readonly string[]).includes(event);

/** The first day of a month and its last possible day as text: days sort as strings, and no month has a 32nd. */
const dayRange = (from: MonthKey, to: MonthKey) => ({ fromDay: `${from}-01`, toDay: `${to}-31` });

/** Sums the dashboard found in another currency than the shop's: shown as a warning, counted nowhere. */
interface Skipped {
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
async function loadMonths(context: ProfitContext, shopCurrency: ShopSettings, from: MonthKey, to: MonthKey, options: { byAgent: boolean; skipped: Skipped }) {
  const { db, shop } = context;
  const { skipped } = options;
  const currencyCode = shopCurrency.currencyCode.toUpperCase();
  const months = monthsFromTo(from, to);
  const spans: MonthSpan[] = months.map((month) => ({ month, ...monthRange(month, shopCurrency.ianaTimezone) }));
  const facts = new Map<MonthKey, MonthFacts>(months.map((month) => [month, emptyMonthFacts(month)]));
  const sameCurrency = (code: string) => code.toUpperCase() === currencyCode;
  const money = (minor: bigint): Money => ({ minor, currencyCode });
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
    const month = facts.get(row.month);
    if (!month || !isSource(row.source)) continue;
    if (!sameCurrency(row.currencyCode)) {
      skipped.otherCurrencyOrders += row.orders + row.cancelledOrders;
      continue;
    }
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
    const month = facts.get(row.month);
    if (!month) continue;
    if (!sameCurrency(row.currencyCode)) {
      skipped.otherCurrencyRows += row.codes;
      continue;
    }
    month.delight.codes += row.codes;
    month.delight.costMinor += row.costMinor;
  }
  const agentDelight = new Map<string, bigint>();
  for (const row of delight.byAgent) {
    if (sameCurrency(row.currencyCode)) agentDelight.set(row.agentId, (agentDelight.get(row.agentId) ?? 0n) + row.costMinor);
  }

  for (const row of exchanges) {
    const month = facts.get(row.month);
    if (!month) continue;
    if (!sameCurrency(row.currencyCode)) {
      skipped.otherCurrencyRows += row.outcomes;
      continue;
    }
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
    const month = facts.get(row.month);
    if (!month) continue;
    if (!sameCurrency(row.currencyCode)) {
      skipped.otherCurrencyRows += row.draftOrders;
      continue;
    }
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
    const month = facts.get(row.month);
    if (!month) continue;
    if (!sameCurrency(row.currencyCode)) {
      skipped.otherCurrencyRows += 1;
      continue;
    }
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
    loaded.agentSums.push({ agentId: row.agentId, orders: row.orders, cancelledOrders: row.cancelledOrders, net: money(row.netMinor), commission: money(row.commissionMinor) });
  }
  for (const [agentId, costMinor] of agentDelight) loaded.agentDelight.push({ agentId, cost: money(costMinor) });
  return loaded;
}

/**
 * A month's delight spend is over a day after the month ended: a code still
 * pending at its end has been created in Shopify or dropped by then.
 */
const DELIGHT_SETTLED_AFTER_MS = 24 * 60 * 60 * 1000;

type DelightRow = { month: string; agentId: string; currencyCode: string; codes: number; costMinor: bigint };

/**
 * The months' delight spend, by month and, when asked, by agent: months that
 * are over from their kept sums (summed from the codes the first time they are
 * read), the others from the codes themselves.
 */
async function delightSums(context: ProfitContext, spans: readonly MonthSpan[], byAgent: boolean) {
  const { db, shop, now } = context;
  const settled = spans.filter((span) => span.end.getTime() + DELIGHT_SETTLED_AFTER_MS <= now.getTime());
  const live = spans.slice(settled.length);
  const from = settled[0]?.month;
  const to = settled[settled.length - 1]?.month;
  if (from && to) {
    const kept = await keptDelightMonths(db, shop, from, to);
    const missing = settled.filter((span) => !kept.has(span.month));
    if (missing.length > 0) {
      const range = settled.slice(settled.indexOf(missing[0]), settled.indexOf(missing[missing.length - 1]) + 1);
      await keepDelightMonths(db, shop, missing.map((span) => span.month), await delightSpendByMonth(db, shop, range, true));
    }
  }
  const none: DelightRow[] = [];
  const [byMonth, byAgentKept, current] = await Promise.all([
    from && to ? keptDelightSums(db, shop, from, to, "month") : none,
    from && to && byAgent ? keptDelightSums(db, shop, from, to, "agent") : none,
    live.length > 0 ? delightSpendByMonth(db, shop, live, byAgent) : none,
  ]);
  return { byMonth: [...byMonth, ...current], byAgent: [...byAgentKept, ...(byAgent ? current : [])] };
}

async function dashboardSettings(context: ProfitContext): Promise<DashboardSettings & { marginEntered: boolean }> {
  const [settings, ticket] = await Promise.all([findProfitSettings(context.db, context.shop), costPerTicketMinor(context.db, context.shop)]);
  return {
    fallbackMarginBps: settings?.fallbackMarginBps ?? PLACEHOLDER_MARGIN_BPS,
    marginEntered: settings?.fallbackMarginBps !== null && settings?.fallbackMarginBps !== undefined,
    teamShareBps: settings?.teamShareBps ?? DEFAULT_TEAM_SHARE_BPS,
    storeConversionBps: settings?.storeConversionBps ?? DEFAULT_SITE_CONVERSION_BPS,
    costPerTicketMinor: ticket ?? DEFAULT_COST_PER_TICKET_MINOR,
  };
}

export interface LoadedReport {
  report: ProfitReport;
  period: ProfitPeriod;
  periodErrors: FieldErrors | null;
  skipped: Skipped;
  shop: ShopSettings;
}

/** The whole report for the period the query asks for (the last 12 months by default). */
export async function loadProfitReport(context: ProfitContext, query: URLSearchParams): Promise<LoadedReport> {
  const { db, admin, shop, now } = context;
  const shopCurrency = await shopSettings(db, admin, shop);
  const currencyCode = shopCurrency.currencyCode.toUpperCase();
  const timeZone = shopCurrency.ianaTimezone;
  const parsed = parseProfitPeriod(query, now, timeZone);
  // A period the form got wrong shows the last 12 months (the default), with the errors next to the fields.
  const period = parsed.ok ? parsed.period : profitPeriod("last_12_months", now, timeZone);
  const skipped: Skipped = { otherCurrencyOrders: 0, otherCurrencyRows: 0, unknownAgentOrders: 0 };

  const [settings, agents, tierMembers, tierJoins] = await Promise.all([
    dashboardSettings(context),
    agentNames(db, shop),
    vipTierMembers(db, shop),
    vipTierJoins(db, shop, { start: period.start, end: period.end }),
  ]);

  // The period's months, with each agent's sums for the leaderboard.
  const periodMonths = await loadMonths(context, shopCurrency, period.from, period.to, { byAgent: true, skipped });
  const loaded = new Map(periodMonths.facts);
  const pnlCache = new Map<MonthKey, MonthlyPnl>();
  const pnlOf = (month: MonthKey) => {
    let pnl = pnlCache.get(month);
    if (!pnl) {
      pnl = monthPnlOf(loaded.get(month)!, settings, currencyCode);
      pnlCache.set(month, pnl);
    }
    return pnl;
  };

  // Since when: the run of profitable complete months ending last month,
  // followed back a year at a time as far as it goes (and no further than
  // the first month anything was credited in).
  const through = lastCompleteMonth(now, timeZone);
  const ensure = async (from: MonthKey, to: MonthKey) => {
    const missing = monthsFromTo(from, to).filter((month) => !loaded.has(month));
    if (missing.length === 0) return;
    const more = await loadMonths(context, shopCurrency, missing[0], missing[missing.length - 1], { byAgent: false, skipped: { ...skipped } });
    for (const [month, facts] of more.facts) if (!loaded.has(month)) loaded.set(month, facts);
  };
  let windowFrom = period.from <= through && through <= period.to ? period.from : through;
  const earliest = await earliestAttributionMonth(db, shop);
  const floor = addMonths(through, -(MAX_HISTORY_MONTHS - 1));
  let since: MonthKey | null = null;
  for (;;) {
    await ensure(windowFrom, through);
    since = profitCenterSince(monthsFromTo(windowFrom, through).map(pnlOf), through);
    if (since !== windowFrom || windowFrom <= floor || earliest === null || windowFrom <= earliest) break;
    windowFrom = addMonths(windowFrom, -12) < floor ? floor : addMonths(windowFrom, -12);
  }

  const monthFacts = period.months.map((month) => loaded.get(month)!);
  const months = period.months.map(pnlOf);
  const known = new Set(agents.map((agent) => agent.id));
  const agentSums = periodMonths.agentSums.filter((sum) => {
    if (known.has(sum.agentId)) return true;
    skipped.unknownAgentOrders += sum.orders + sum.cancelledOrders;
    return false;
  });
  const agentDelight = periodMonths.agentDelight.filter((spend) => known.has(spend.agentId));
  const board = leaderboardFromSums(
    { currencyCode, agents: agents.map((agent) => ({ agentId: agent.id, name: agent.name })), sums: agentSums, delight: agentDelight },
    { start: period.start, end: period.end },
  );

  const joins = new Map(tierJoins.map((tier) => [tier.tierName, tier.joined]));
  const tiers = new Map(tierMembers.map((tier) => [tier.tierName, { tierName: tier.tierName, members: tier.members, joined: joins.get(tier.tierName) ?? 0 }]));
  for (const [tierName, joined] of joins) if (!tiers.has(tierName)) tiers.set(tierName, { tierName, members: 0, joined });

  const report: ProfitReport = {
    currencyCode,
    period: { from: period.from, to: period.to, label: period.label, months: period.months, partialMonth: period.partialMonth },
    months,
    total: sumPnl(months),
    facts: monthFacts,
    funnels: {
      byMonth: monthFacts.map((facts) => ({ month: facts.month, funnels: funnelsOf(facts, settings, currencyCode) })),
      period: funnelsOf(sumFunnelFacts(monthFacts), settings, currencyCode),
    },
    campaigns: monthFacts.flatMap((facts) => facts.campaigns.map((campaign) => ({ ...campaign, month: facts.month }))),
    leaderboard: board,
    vipTiers: [...tiers.values()].sort((a, b) => b.members - a.members || a.tierName.localeCompare(b.tierName, "en")),
    settings,
    profitCenterSince: since,
    lastCompleteMonth: through,
    attributionRule: ATTRIBUTION_RULE_TEXT,
  };
  return { report, period, periodErrors: parsed.ok ? null : parsed.fieldErrors, skipped, shop: shopCurrency };
}

// ---------------------------------------------------------------------------
// The page

function funnelsView(funnels: DashboardFunnels, locale: string) {
  const count = (value: number) => formatCount(value, locale);
  const { chat, tracking, exchange, campaigns } = funnels;
  return {
    chat: {
      promptsShown: count(chat.promptsShown),
      chatsOpened: count(chat.chatsOpened),
      chatAssistedOrders: count(chat.chatAssistedOrders),
      storeOrders: count(chat.storeOrders),
      openRate: rateView(chat.openRate, locale),
      chatConversion: rateView(chat.chatConversion, locale),
      storeConversion: rateView(chat.storeConversion, locale),
      versusStore: chat.versusStore,
    },
    tracking: {
      lookups: count(tracking.lookups),
      ordersFound: count(tracking.ordersFound),
      misses: count(tracking.misses),
      foundRate: rateView(tracking.foundRate, locale),
      ticketsDeflected: count(tracking.ticketsDeflected),
      costPerTicket: moneyView(tracking.costPerTicket, locale),
      saved: figureView(tracking.saved, locale),
    },
    exchange: {
      offersShown: count(exchange.offersShown),
      accepted: count(exchange.accepted),
      acceptanceRate: rateView(exchange.acceptanceRate, locale),
      revenue: figureView(exchange.revenue, locale),
      keptOnCreditedOrders: moneyView(exchange.keptOnCreditedOrders, locale),
      upsellOnCreditedOrders: moneyView(exchange.upsellOnCreditedOrders, locale),
      awaitingPayment: awaitingPaymentView(exchange.awaitingPayment, locale),
    },
    campaigns: {
      contacted: count(campaigns.contacted),
      replied: count(campaigns.replied),
      replyRate: rateView(campaigns.replyRate, locale),
      revenue: figureView(campaigns.revenue, locale),
    },
  };
}

/** "$50.00 awaiting payment on 1 draft order", or null when every draft order of the period is paid. */
function awaitingPaymentView(awaiting: DashboardFunnels["exchange"]["awaitingPayment"], locale: string) {
  if (awaiting.draftOrders === 0) return null;
  const revenue = moneyView(awaiting.revenue, locale);
  return { draftOrders: awaiting.draftOrders, revenue, text: awaitingPaymentText(revenue.text, awaiting.draftOrders) };
}

/** Where a line goes on the page: its section, for the table and the chart. */
const sectionOf = (key: string) => (key === "result" ? "result" : key.startsWith("revenue.") || key === "totalRevenue" ? "revenue" : "costs");

/** Major units for the charts only: the table beside them has the exact amounts. */
const chartValue = (amount: Money) => Number(formatMinorAsDecimal(amount.minor, amount.currencyCode));

export async function loadProfitDashboard(context: ProfitContext, query: URLSearchParams) {
  const locale = resolveLocale(context.locale);
  const { report, period, periodErrors, skipped, shop } = await loadProfitReport(context, query);
  const money = (minor: bigint) => moneyView({ minor, currencyCode: report.currencyCode }, locale);
  const current = monthKeyOf(context.now, shop.ianaTimezone);
  const lastMonth = report.months.find((pnl) => pnl.month === report.lastCompleteMonth) ?? null;

  return {
    currencyCode: report.currencyCode,
    timeZone: shop.ianaTimezone,
    locale,
    currentMonth: current,
    period: {
      key: period.key,
      from: period.from,
      to: period.to,
      label: period.label,
      partialMonth: period.partialMonth,
      partialMonthLabel: period.partialMonth ? monthLabel(period.partialMonth, { locale }) : null,
      custom: { from: query.get("from") ?? period.from, to: query.get("to") ?? period.to },
    },
    periodOptions: PROFIT_PERIODS.map((key) => ({ value: key, label: PROFIT_PERIOD_LABELS[key] })),
    periodErrors,
    summary: {
      totalRevenue: figureView(report.total.totalRevenue, locale),
      totalCosts: figureView(report.total.totalCosts, locale),
      result: figureView(report.total.result, locale),
      isProfitable: report.total.isProfitable,
      profitCenterSince: report.profitCenterSince ? { month: report.profitCenterSince, label: monthLabel(report.profitCenterSince, { locale }) } : null,
      lastCompleteMonth: { month: report.lastCompleteMonth, label: monthLabel(report.lastCompleteMonth, { locale }) },
      lastMonthResult: lastMonth ? figureView(lastMonth.result, locale) : null,
    },
    lines: pnlFigures(report.total).map((figure) => ({ key: figure.key, label: figure.label, section: sectionOf(figure.key) })),
    months: report.months.map((pnl) => ({
      month: pnl.month,
      label: monthLabel(pnl.month, { locale, style: "short" }),
      partial: pnl.month === report.period.partialMonth,
      isProfitable: pnl.isProfitable,
      figures: pnlFigures(pnl).map((figure) => figureView(figure, locale)),
    })),
    total: { figures: pnlFigures(report.total).map((figure) => figureView(figure, locale)) },
    chart: report.months.map((pnl) => ({
      label: monthLabel(pnl.month, { locale, style: "short" }),
      revenue: chartValue(pnl.totalRevenue.value),
      costs: chartValue(pnl.totalCosts.value),
      result: chartValue(pnl.result.value),
    })),
    funnels: funnelsView(report.funnels.period, locale),
    campaigns: report.campaigns.map((campaign) => ({
      id: campaign.id,
      month: campaign.month,
      monthLabel: monthLabel(campaign.month, { locale, style: "short" }),
      name: campaign.name,
      code: campaign.code,
      contacted: formatCount(campaign.contacted, locale),
      replied: formatCount(campaign.replied, locale),
      replyRate: rateView({ numerator: campaign.replied, denominator: campaign.contacted }, locale),
      orders: formatCount(campaign.orders, locale),
      revenue: money(campaign.netMinor),
    })),
    leaderboard: {
      rows: report.leaderboard.rows.map((row) => ({
        rank: row.rank,
        agentId: row.agentId,
        name: row.name,
        orders: formatCount(row.attributedOrders, locale),
        cancelledOrders: formatCount(row.cancelledOrders, locale),
        netRevenue: moneyView(row.netRevenue, locale),
        averageOrderValue: row.averageOrderValue ? moneyView(row.averageOrderValue, locale) : null,
        commission: moneyView(row.commission, locale),
        delight: moneyView(row.delightBudgetUsed, locale),
      })),
      totals: {
        orders: formatCount(report.leaderboard.totals.attributedOrders, locale),
        netRevenue: moneyView(report.leaderboard.totals.netRevenue, locale),
        commission: moneyView(report.leaderboard.totals.commission, locale),
        delight: moneyView(report.leaderboard.totals.delightBudgetUsed, locale),
      },
    },
    vipTiers: report.vipTiers.map((tier) => ({ tierName: tier.tierName, members: formatCount(tier.members, locale), joined: formatCount(tier.joined, locale) })),
    teamCosts: report.facts.map(({ month, team }) => ({
      month,
      label: monthLabel(month, { locale, style: "short" }),
      salaries: money(team.salariesMinor),
      tools: money(team.toolsMinor),
      other: money(team.otherMinor),
      total: money(team.salariesMinor + team.toolsMinor + team.otherMinor),
      source: team.source,
      from: team.from,
    })),
    settings: {
      marginEntered: report.settings.marginEntered,
      values: {
        fallbackMarginPercent: report.settings.marginEntered ? formatBasisPointsAsPercent(report.settings.fallbackMarginBps) : "",
        teamSharePercent: formatBasisPointsAsPercent(report.settings.teamShareBps),
        storeConversionPercent: formatBasisPointsAsPercent(report.settings.storeConversionBps),
      },
      placeholderMarginPercent: formatBasisPointsAsPercent(PLACEHOLDER_MARGIN_BPS),
      costPerTicket: money(report.settings.costPerTicketMinor),
    },
    warnings: skipped,
    attributionRule: report.attributionRule,
  };
}

export type ProfitDashboard = Awaited<ReturnType<typeof loadProfitDashboard>>;

// ---------------------------------------------------------------------------
// The export

export async function profitCsv(context: ProfitContext, query: URLSearchParams) {
  const requested = query.get("table");
  const only = requested && (REPORT_TABLES as readonly string[]).includes(requested) ? (requested as ReportTable) : undefined;
  const { report } = await loadProfitReport(context, query);
  return {
    filename: `concierge-profit-${report.period.from}-to-${report.period.to}${only ? `-${only}` : ""}.csv`,
    csv: profitReportCsv(report, only),
  };
}

// ---------------------------------------------------------------------------
// The merchant's entries

/** A form of the Profit page as its schema parsed it (app/domain/profit/forms.ts), by intent. */
export type ProfitEntry =
  | { intent: "settings"; value: ProfitSettingsInput }
  | { intent: "teamCosts"; value: TeamCostsInput }
  | { intent: "addCampaign"; value: CampaignInput }
  | { intent: "deleteCampaign"; value: { id: string } };

export type ProfitFormResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

export async function saveProfitForm(context: ProfitContext, entry: ProfitEntry): Promise<ProfitFormResult> {
  const { db, admin, shop } = context;
  const failed = (fieldErrors: FieldErrors): ProfitFormResult => ({ ok: false, fieldErrors });

  if (entry.intent === "settings") {
    await saveProfitSettings(db, shop, entry.value);
    return { ok: true };
  }

  if (entry.intent === "deleteCampaign") {
    if (!(await deleteCampaign(db, shop, entry.value.id))) return failed({ form: "That campaign doesn't exist any more" });
    return { ok: true };
  }

  if (entry.intent === "teamCosts") {
    const { currencyCode } = await shopSettings(db, admin, shop);
    const { month, salaries, tools, other } = entry.value;
    await saveSupportCost(db, shop, { month, salariesMinor: salaries.minor, toolsMinor: tools.minor, otherMinor: other.minor, currencyCode: currencyCode.toUpperCase() });
    return { ok: true };
  }

  // addCampaign
  const campaign = entry.value;
  if (campaign.code) {
    // Only an agent's code is credited by attribution; any other would bring no revenue.
    if (!(await codeOwnerIds(db, shop, [campaign.code])).has(campaign.code)) {
      return failed({ code: `${campaign.code} isn't an agent's code. Give the campaign a code from the Agents page, so its orders are credited.` });
    }
    if (await campaignWithCode(db, shop, campaign.month, campaign.code)) {
      return failed({ code: `Another campaign of ${campaign.month} has ${campaign.code}: its orders can be credited to one campaign only` });
    }
  }
  try {
    await createCampaign(db, shop, campaign);
  } catch (error) {
    // The same code saved for the month a moment ago by another request.
    if (isUniqueViolation(error)) return failed({ code: `Another campaign of ${campaign.month} has ${campaign.code}: its orders can be credited to one campaign only` });
    throw error;
  }
  return { ok: true };
}

// ---------------------------------------------------------------------------
// The store's orders per day, kept on every order and refund event

/** Re-sums the day (on the shop's clock) the order was placed, from the Order rows of that day. */
export async function recordOrderDay(db: DatabaseClient, shop: string, orderId: string) {
  await inTransaction(db, async (tx) => {
    const order = await findOrder(tx, shop, orderId);
    if (order) await recordOrderDays(tx, shop, [order]);
  });
}

/**
 * Re-sums each day (and currency) these orders were placed on, once, from
 * the Order rows of that day: the history import's batches, summed exactly
 * as one order at a time would be. Days go in order, so two writers never
 * wait on each other crosswise.
 */
export async function recordOrderDays(db: DatabaseClient, shop: string, orders: { processedAt: Date; currencyCode: string }[]) {
  if (orders.length === 0) return;
  const timeZone = (await findShopSettings(db, shop))?.ianaTimezone ?? "UTC";
  const days = new Map<string, { day: string; currencyCode: string; start: Date; end: Date }>();
  for (const order of orders) {
    const { year, month, day } = wallClockAt(order.processedAt, timeZone);
    const key = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    days.set(`${key}|${order.currencyCode}`, {
      day: key,
      currencyCode: order.currencyCode,
      start: instantOfWallClock({ year, month, day }, timeZone),
      end: instantOfWallClock({ year, month, day: day + 1 }, timeZone),
    });
  }
  for (const [, key] of [...days].sort(([a], [b]) => a.localeCompare(b))) await refreshOrderDay(db, shop, key);
}
