// Support's P&L for the period the merchant asks for: the months' facts made
// into statements by app/domain/profit, with the agents and VIP tiers of the
// same period. The page and the CSV both start here. See decision 008.
import { attributionWindowDays } from "../data/support-touches.server";
import { agentNames, earliestAttributionMonth, vipTierJoins, vipTierMembers } from "../data/profit-sums.server";
import { attributionRule } from "../domain/agents/attribution";
import type { FieldErrors } from "../domain/forms";
import { funnelsOf, monthPnlOf, sumFunnelFacts } from "../domain/profit/dashboard";
import { profitCenterSince, sumPnl } from "../domain/profit/pnl-period";
import type { MonthlyPnl } from "../domain/profit/pnl";
import { leaderboardFromSums } from "../domain/profit/leaderboard";
import {
  addMonths,
  lastCompleteMonth,
  monthsFromTo,
  parseProfitPeriod,
  profitPeriod,
  type MonthKey,
  type ProfitPeriod,
} from "../domain/profit/periods";
import type { ProfitReport } from "../domain/profit/report";
import { shopSettings, type ShopSettings } from "./shop-settings.server";
import { MAX_HISTORY_MONTHS, loadMonths, dashboardSettings, type ProfitContext, type Skipped } from "./profit-months.server";

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

  // Every statement that needs only the period is sent at once, the period's months (with each agent's sums for the leaderboard) included.
  const [settings, agents, tierMembers, tierJoins, periodMonths, earliest, windowDays] = await Promise.all([
    dashboardSettings(context),
    agentNames(db, shop),
    vipTierMembers(db, shop),
    vipTierJoins(db, shop, { start: period.start, end: period.end }),
    loadMonths(context, shopCurrency, period.from, period.to, { byAgent: true, skipped }),
    earliestAttributionMonth(db, shop),
    attributionWindowDays(db, shop),
  ]);
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
    const more = await loadMonths(context, shopCurrency, missing[0], missing[missing.length - 1], {
      byAgent: false,
      skipped: { ...skipped },
    });
    for (const [month, facts] of more.facts) if (!loaded.has(month)) loaded.set(month, facts);
  };
  let windowFrom = period.from <= through && through <= period.to ? period.from : through;
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
  const tiers = new Map(
    tierMembers.map((tier) => [tier.tierName, { tierName: tier.tierName, members: tier.members, joined: joins.get(tier.tierName) ?? 0 }]),
  );
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
    attributionRule: attributionRule(windowDays),
  };
  return { report, period, periodErrors: parsed.ok ? null : parsed.fieldErrors, skipped, shop: shopCurrency };
}
