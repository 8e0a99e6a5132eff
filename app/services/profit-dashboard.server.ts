// The profit page's view model and its CSV export: the report, the funnels
// behind it and the merchant's entries, as plain data (money formatted,
// BigInt as text). See decision 008.
import { formatBasisPointsAsPercent } from "../domain/forms";
import { formatMinorAsDecimal, type Money } from "../domain/money";
import type { DashboardFunnels } from "../domain/profit/dashboard";
import { pnlFigures } from "../domain/profit/pnl";
import { monthKeyOf, monthLabel, PROFIT_PERIODS } from "../domain/profit/periods";
import { PLACEHOLDER_MARGIN_BPS } from "../domain/profit/forms";
import { profitReportCsv, REPORT_TABLES, type ReportTable } from "../domain/profit/report";
import { figureView, formatCount, moneyView, rateView, resolveLocale } from "../domain/profit/views";
import { leaderboardView } from "../domain/agents/leaderboard-view";
import { awaitingPaymentText } from "../domain/exchange/payments";
import { phraseText, type Translate } from "../domain/phrase";
import { DEFAULT_ADMIN_LOCALE, supportedAdminLocale } from "../i18n/locales";
import { serverTranslate } from "../i18n/resources.server";
import type { ProfitContext } from "./profit-months.server";
import { loadProfitReport } from "./profit-report.server";
import { loadRefundsByReason } from "./profit-reasons.server";

function funnelsView(funnels: DashboardFunnels, locale: string, t: Translate) {
  const count = (value: number) => formatCount(value, locale);
  /** A count with its noun in the language's plural ("1 prompt", "12,000 prompts"). */
  const counted = (key: string, value: number) => t(`profit:funnels.${key}`, { count: value });
  const { chat, tracking, exchange, campaigns } = funnels;
  return {
    counted: {
      prompts: counted("counts.prompts", chat.promptsShown),
      chats: counted("counts.chats", chat.chatsOpened),
      chatOrders: counted("chat.orders", chat.chatAssistedOrders),
      lookups: counted("counts.lookups", tracking.lookups),
      tickets: counted("counts.tickets", tracking.ticketsDeflected),
    },
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
      saved: figureView(tracking.saved, locale, t),
    },
    exchange: {
      offersShown: count(exchange.offersShown),
      accepted: count(exchange.accepted),
      acceptanceRate: rateView(exchange.acceptanceRate, locale),
      revenue: figureView(exchange.revenue, locale, t),
      keptOnCreditedOrders: moneyView(exchange.keptOnCreditedOrders, locale),
      upsellOnCreditedOrders: moneyView(exchange.upsellOnCreditedOrders, locale),
      awaitingPayment: awaitingPaymentView(exchange.awaitingPayment, locale),
    },
    campaigns: {
      contacted: count(campaigns.contacted),
      replied: count(campaigns.replied),
      replyRate: rateView(campaigns.replyRate, locale),
      revenue: figureView(campaigns.revenue, locale, t),
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
const sectionOf = (key: string) =>
  key === "result" ? "result" : key.startsWith("revenue.") || key === "totalRevenue" ? "revenue" : "costs";

/** The amount without its sign. */
const magnitude = (amount: Money): Money => ({ ...amount, minor: amount.minor < 0n ? -amount.minor : amount.minor });

/** Major units for the charts only: the table beside them has the exact amounts. */
const chartValue = (amount: Money) => Number(formatMinorAsDecimal(amount.minor, amount.currencyCode));

export async function loadProfitDashboard(context: ProfitContext, query: URLSearchParams) {
  const locale = resolveLocale(context.locale);
  const t = serverTranslate(supportedAdminLocale(context.locale) ?? DEFAULT_ADMIN_LOCALE);
  const { report, period, periodErrors, skipped, shop } = await loadProfitReport(context, query);
  const shown = (minor: bigint) => moneyView({ minor, currencyCode: report.currencyCode }, locale);
  const current = monthKeyOf(context.now, shop.ianaTimezone);
  const lastMonth = report.months.find((pnl) => pnl.month === report.lastCompleteMonth) ?? null;
  const refundsByReason = await loadRefundsByReason(context, period, locale);

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
    periodOptions: PROFIT_PERIODS.map((key) => ({ value: key, label: t(`profit:periods.${key}`) })),
    periodErrors,
    summary: {
      totalRevenue: figureView(report.total.totalRevenue, locale, t),
      totalCosts: figureView(report.total.totalCosts, locale, t),
      result: figureView(report.total.result, locale, t),
      // "Loss $113.23", not "Loss -$113.23": the title already says which way it went.
      resultMagnitude: moneyView(magnitude(report.total.result.value), locale).text,
      isProfitable: report.total.isProfitable,
      profitCenterSince: report.profitCenterSince
        ? { month: report.profitCenterSince, label: monthLabel(report.profitCenterSince, { locale }) }
        : null,
      lastCompleteMonth: { month: report.lastCompleteMonth, label: monthLabel(report.lastCompleteMonth, { locale }) },
      lastMonthResult: lastMonth ? figureView(lastMonth.result, locale, t) : null,
    },
    lines: pnlFigures(report.total).map((figure) => ({
      key: figure.key,
      label: phraseText(figure.label, t),
      section: sectionOf(figure.key),
    })),
    months: report.months.map((pnl) => ({
      month: pnl.month,
      label: monthLabel(pnl.month, { locale, style: "short" }),
      partial: pnl.month === report.period.partialMonth,
      isProfitable: pnl.isProfitable,
      figures: pnlFigures(pnl).map((figure) => figureView(figure, locale, t)),
    })),
    total: { figures: pnlFigures(report.total).map((figure) => figureView(figure, locale, t)) },
    chart: report.months.map((pnl) => ({
      label: monthLabel(pnl.month, { locale, style: "short" }),
      revenue: chartValue(pnl.totalRevenue.value),
      costs: chartValue(pnl.totalCosts.value),
      result: chartValue(pnl.result.value),
    })),
    funnels: funnelsView(report.funnels.period, locale, t),
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
      revenue: shown(campaign.netMinor),
    })),
    leaderboard: leaderboardView(report.leaderboard, locale),
    refundsByReason,
    vipTiers: report.vipTiers.map((tier) => ({
      tierName: tier.tierName,
      members: formatCount(tier.members, locale),
      joined: formatCount(tier.joined, locale),
    })),
    teamCosts: report.facts.map(({ month, team }) => ({
      month,
      label: monthLabel(month, { locale, style: "short" }),
      salaries: shown(team.salariesMinor),
      tools: shown(team.toolsMinor),
      other: shown(team.otherMinor),
      total: shown(team.salariesMinor + team.toolsMinor + team.otherMinor),
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
      costPerTicket: shown(report.settings.costPerTicketMinor),
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
  const t = serverTranslate(supportedAdminLocale(context.locale) ?? DEFAULT_ADMIN_LOCALE);
  return {
    filename: `concierge-profit-${report.period.from}-to-${report.period.to}${only ? `-${only}` : ""}.csv`,
    csv: profitReportCsv(report, t, only),
  };
}
