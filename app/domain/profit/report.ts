// The profit dashboard's whole report for a period, as exact values, and its
// CSV export: every table the page shows, each line with the parts it was
// computed from, in one file a spreadsheet opens (UTF-8 with a byte order mark,
// so Excel reads "€" and "é" right).
import { moneyOfMinor, type Money } from "../money";
import type { Leaderboard, LeaderboardFigures } from "../agents/agent-leaderboard";
import type { CampaignFacts, DashboardFunnels, DashboardSettings, MonthFacts } from "./dashboard";
import { rateFromBasisPoints } from "./figures";
import { csvText, pnlCsv, toCsv, type CsvCell, type CsvTable } from "./csv";
import { phrase, phraseText, type Phrase, type Translate } from "../phrase";
import type { MonthlyPnl, PeriodPnl } from "./pnl";
import type { MonthKey } from "./periods";

export interface VipTierCount {
  tierName: string;
  /** Customers in the tier now. */
  members: number;
  /** Customers who entered the tier (or moved into it) during the period. */
  joined: number;
}

export interface ProfitReport {
  currencyCode: string;
  period: { from: MonthKey; to: MonthKey; label: string; months: MonthKey[]; partialMonth: MonthKey | null };
  months: MonthlyPnl[];
  total: PeriodPnl;
  facts: MonthFacts[];
  funnels: { byMonth: Array<{ month: MonthKey; funnels: DashboardFunnels }>; period: DashboardFunnels };
  campaigns: Array<CampaignFacts & { month: MonthKey }>;
  leaderboard: Leaderboard;
  vipTiers: VipTierCount[];
  settings: DashboardSettings & { marginEntered: boolean };
  /** The first month of the current run of profitable complete months; null when last month wasn't one. */
  profitCenterSince: MonthKey | null;
  lastCompleteMonth: MonthKey;
  attributionRule: Phrase[];
}

export const CSV_BYTE_ORDER_MARK = "\uFEFF";

export const REPORT_TABLES = [
  "pnl",
  "pnlTotal",
  "chatFunnel",
  "trackingFunnel",
  "exchangeFunnel",
  "campaigns",
  "leaderboard",
  "vipTiers",
  "teamCosts",
  "settings",
  "attributionRule",
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

/** A table's title over it in the whole report's file (profit.json, csv.titles). */
const tableTitle = (which: ReportTable) => csvText(`titles.${which}`);

/** A table's columns, each headed in the export's language (profit.json, csv.<table>.<column>). */
const columns = (which: ReportTable, keys: string[]) => keys.map((key) => ({ key, label: csvText(`${which}.${key}`) }));

/** "2026-01 to 2026-03": the period's row in a table by month. */
const periodName = (report: ProfitReport) => csvText("range", { from: report.period.from, to: report.period.to });

/**
 * A funnel's table: a row a month and one for the period, each the month and
 * the funnel's `cells`; its columns are the month and the cells' keys.
 */
function funnelTable(
  report: ProfitReport,
  which: "chatFunnel" | "trackingFunnel" | "exchangeFunnel",
  cells: (funnels: DashboardFunnels) => Record<string, CsvCell>,
): CsvTable {
  const period = cells(report.funnels.period);
  return {
    columns: columns(which, ["month", ...Object.keys(period)]),
    rows: [...report.funnels.byMonth.map(({ month, funnels }) => ({ month, ...cells(funnels) })), { month: periodName(report), ...period }],
  };
}

/** A leaderboard line's cells: an agent's, or the totals'. */
const leaderboardCells = (rank: number | null, name: CsvCell, figures: LeaderboardFigures) => ({
  rank,
  name,
  orders: figures.attributedOrders,
  cancelled: figures.cancelledOrders,
  net: figures.netRevenue,
  average: figures.averageOrderValue,
  commission: figures.commission,
  delight: figures.delightBudgetUsed,
});

function table(report: ProfitReport, which: Exclude<ReportTable, "pnl" | "pnlTotal">): CsvTable {
  const currency = report.currencyCode;
  switch (which) {
    case "chatFunnel":
      return funnelTable(report, which, ({ chat }) => ({
        shown: chat.promptsShown,
        opened: chat.chatsOpened,
        openRate: chat.openRate,
        orders: chat.chatAssistedOrders,
        conversion: chat.chatConversion,
        store: chat.storeConversion,
        versus: chat.versusStore,
        storeOrders: chat.storeOrders,
      }));
    case "trackingFunnel":
      return funnelTable(report, which, ({ tracking }) => ({
        lookups: tracking.lookups,
        found: tracking.ordersFound,
        misses: tracking.misses,
        foundRate: tracking.foundRate,
        deflected: tracking.ticketsDeflected,
        costPerTicket: tracking.costPerTicket,
        saved: tracking.saved.value,
      }));
    case "exchangeFunnel":
      return funnelTable(report, which, ({ exchange }) => {
        const [kept, upsell] = exchange.revenue.parts.map((part) => part.value);
        return {
          shown: exchange.offersShown,
          accepted: exchange.accepted,
          rate: exchange.acceptanceRate,
          kept: kept as Money,
          upsell: upsell as Money,
          revenue: exchange.revenue.value,
          keptCredited: exchange.keptOnCreditedOrders,
          upsellCredited: exchange.upsellOnCreditedOrders,
          awaiting: exchange.awaitingPayment.revenue,
          awaitingDrafts: exchange.awaitingPayment.draftOrders,
        };
      });
    case "campaigns":
      return {
        columns: columns("campaigns", ["month", "name", "code", "contacted", "replied", "replyRate", "orders", "revenue"]),
        rows: report.campaigns.map((campaign) => ({
          month: campaign.month,
          name: campaign.name,
          code: campaign.code,
          contacted: campaign.contacted,
          replied: campaign.replied,
          replyRate: { numerator: campaign.replied, denominator: campaign.contacted },
          orders: campaign.code === null ? null : campaign.orders,
          revenue: moneyOfMinor(campaign.netMinor, currency),
        })),
      };
    case "leaderboard":
      return {
        columns: [
          ...columns("leaderboard", ["rank", "name", "orders", "cancelled", "net", "average", "commission"]),
          // Headed as the leaderboard card heads it, in every language: one text, not two that drift apart.
          { key: "delight", label: phrase("agents:leaderboard.delightUsed") },
        ],
        rows: [
          ...report.leaderboard.rows.map((row) => leaderboardCells(row.rank, row.name, row)),
          leaderboardCells(null, csvText("total"), report.leaderboard.totals),
        ],
      };
    case "vipTiers":
      return {
        columns: columns("vipTiers", ["tier", "members", "joined"]),
        rows: report.vipTiers.map((tier) => ({ tier: tier.tierName, members: tier.members, joined: tier.joined })),
      };
    case "teamCosts":
      return {
        columns: columns("teamCosts", ["month", "salaries", "tools", "other", "total", "source"]),
        rows: report.facts.map(({ month, team }) => ({
          month,
          salaries: moneyOfMinor(team.salariesMinor, currency),
          tools: moneyOfMinor(team.toolsMinor, currency),
          other: moneyOfMinor(team.otherMinor, currency),
          total: moneyOfMinor(team.salariesMinor + team.toolsMinor + team.otherMinor, currency),
          source:
            team.source === "entered"
              ? csvText("teamSource.entered")
              : team.source === "carried"
                ? csvText("teamSource.carried", { month: team.from ?? "" })
                : csvText("teamSource.none"),
        })),
      };
    case "settings":
      return {
        columns: columns("settings", ["setting", "value"]),
        rows: [
          {
            setting: csvText(report.settings.marginEntered ? "settingNames.margin" : "settingNames.marginPlaceholder"),
            value: rateFromBasisPoints(report.settings.fallbackMarginBps),
          },
          { setting: csvText("settingNames.teamShare"), value: rateFromBasisPoints(report.settings.teamShareBps) },
          { setting: csvText("settingNames.storeConversion"), value: rateFromBasisPoints(report.settings.storeConversionBps) },
          { setting: csvText("settingNames.costPerTicket"), value: moneyOfMinor(report.settings.costPerTicketMinor, currency) },
          {
            setting: csvText("settingNames.profitCenterSince"),
            value: report.profitCenterSince ?? csvText("settingNames.notProfitCenter"),
          },
          // The current month is in the period as it stands: its figures are not a whole month's.
          ...(report.period.partialMonth ? [{ setting: csvText("settingNames.monthInProgress"), value: report.period.partialMonth }] : []),
        ],
      };
    case "attributionRule":
      return { columns: columns("attributionRule", ["rule"]), rows: report.attributionRule.map((rule) => ({ rule })) };
  }
}

function tableCsv(report: ProfitReport, which: ReportTable, t: Translate): string {
  if (which === "pnl") return pnlCsv(report.months, t);
  if (which === "pnlTotal") {
    const month = phraseText(csvText("range", { from: report.total.from, to: report.total.to }), t);
    return pnlCsv([{ ...report.total, month }], t);
  }
  return toCsv(table(report, which), t);
}

/**
 * The report as one CSV file in the staff member's language (`t`): each table
 * under a line with its title, a blank line between tables. `only` exports
 * one table, without a title.
 */
export function profitReportCsv(report: ProfitReport, t: Translate, only?: ReportTable): string {
  if (only) return CSV_BYTE_ORDER_MARK + tableCsv(report, only, t);
  const sections = REPORT_TABLES.map(
    (which) => toCsv({ columns: [{ key: "title", label: tableTitle(which) }], rows: [] }, t) + tableCsv(report, which, t),
  );
  return CSV_BYTE_ORDER_MARK + sections.join("\r\n");
}
