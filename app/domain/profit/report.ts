// The profit dashboard's whole report for a period, as exact values, and its
// CSV export: every table the page shows, each line with the parts it was
// computed from, in one file a spreadsheet opens (UTF-8 with a byte order mark,
// so Excel reads "€" and "é" right).
import { moneyOfMinor, type Money } from "../money";
import type { Leaderboard } from "../agents/agent-leaderboard";
import type { CampaignFacts, DashboardFunnels, DashboardSettings, MonthFacts } from "./dashboard";
import { rateFromBasisPoints } from "./figures";
import { pnlCsv, toCsv, type CsvCell, type CsvTable } from "./csv";
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
  attributionRule: string;
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

export const REPORT_TABLE_TITLES: Readonly<Record<ReportTable, string>> = {
  pnl: "Profit and loss by month",
  pnlTotal: "Profit and loss for the period",
  chatFunnel: "Chat: prompt shown to chat-assisted order",
  trackingFunnel: "Tracking page: lookups to tickets deflected",
  exchangeFunnel: "Exchange offers: shown to accepted",
  campaigns: "Outreach campaigns: contacted to replied",
  leaderboard: "Agents leaderboard",
  vipTiers: "VIP tiers",
  teamCosts: "Team costs",
  settings: "Settings",
  attributionRule: "How orders are credited",
};

const columns = (pairs: Array<[string, string]>) => pairs.map(([key, label]) => ({ key, label }));

function funnelRows<T>(
  report: ProfitReport,
  pick: (funnels: DashboardFunnels) => T,
  row: (label: string, funnel: T) => Record<string, CsvCell>,
) {
  return [
    ...report.funnels.byMonth.map(({ month, funnels }) => row(month, pick(funnels))),
    row(`${report.period.from} to ${report.period.to}`, pick(report.funnels.period)),
  ];
}

function table(report: ProfitReport, which: Exclude<ReportTable, "pnl" | "pnlTotal">): CsvTable {
  const currency = report.currencyCode;
  switch (which) {
    case "chatFunnel":
      return {
        columns: columns([
          ["month", "Month"],
          ["shown", "Prompts shown"],
          ["opened", "Chats opened"],
          ["openRate", "Open rate"],
          ["orders", "Chat-assisted orders"],
          ["conversion", "Chat conversion"],
          ["store", "Store conversion"],
          ["versus", "Chat versus store"],
          ["storeOrders", "Store orders"],
        ]),
        rows: funnelRows(
          report,
          (funnels) => funnels.chat,
          (month, chat) => ({
            month,
            shown: chat.promptsShown,
            opened: chat.chatsOpened,
            openRate: chat.openRate,
            orders: chat.chatAssistedOrders,
            conversion: chat.chatConversion,
            store: chat.storeConversion,
            versus: chat.versusStore,
            storeOrders: chat.storeOrders,
          }),
        ),
      };
    case "trackingFunnel":
      return {
        columns: columns([
          ["month", "Month"],
          ["lookups", "Lookups"],
          ["found", "Orders found"],
          ["misses", "Nothing found"],
          ["foundRate", "Found rate"],
          ["deflected", "Tickets deflected"],
          ["costPerTicket", "Cost per ticket"],
          ["saved", "Saved"],
        ]),
        rows: funnelRows(
          report,
          (funnels) => funnels.tracking,
          (month, tracking) => ({
            month,
            lookups: tracking.lookups,
            found: tracking.ordersFound,
            misses: tracking.misses,
            foundRate: tracking.foundRate,
            deflected: tracking.ticketsDeflected,
            costPerTicket: tracking.costPerTicket,
            saved: tracking.saved.value,
          }),
        ),
      };
    case "exchangeFunnel":
      return {
        columns: columns([
          ["month", "Month"],
          ["shown", "Offers shown"],
          ["accepted", "Accepted"],
          ["rate", "Acceptance rate"],
          ["kept", "Refunds avoided (orders credited to no source)"],
          ["upsell", "Upsells"],
          ["revenue", "Revenue from exchanges"],
          ["keptCredited", "Refunds avoided on credited orders (in their revenue)"],
          ["upsellCredited", "Upsells on credited orders (in their revenue)"],
          ["awaiting", "Awaiting payment on draft orders (not counted until paid)"],
          ["awaitingDrafts", "Draft orders awaiting payment"],
        ]),
        rows: funnelRows(
          report,
          (funnels) => funnels.exchange,
          (month, exchange) => {
            const [kept, upsell] = exchange.revenue.parts.map((part) => part.value);
            return {
              month,
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
          },
        ),
      };
    case "campaigns":
      return {
        columns: columns([
          ["month", "Month"],
          ["name", "Campaign"],
          ["code", "Code"],
          ["contacted", "Contacted"],
          ["replied", "Replied"],
          ["replyRate", "Reply rate"],
          ["orders", "Orders"],
          ["revenue", "Revenue"],
        ]),
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
        columns: columns([
          ["rank", "Rank"],
          ["name", "Agent"],
          ["orders", "Orders"],
          ["cancelled", "Cancelled orders"],
          ["net", "Net revenue"],
          ["average", "Average order value"],
          ["commission", "Commission"],
          ["delight", "Delight codes"],
        ]),
        rows: [
          ...report.leaderboard.rows.map((row) => ({
            rank: row.rank,
            name: row.name,
            orders: row.attributedOrders,
            cancelled: row.cancelledOrders,
            net: row.netRevenue,
            average: row.averageOrderValue,
            commission: row.commission,
            delight: row.delightBudgetUsed,
          })),
          {
            rank: null,
            name: "Total",
            orders: report.leaderboard.totals.attributedOrders,
            cancelled: report.leaderboard.totals.cancelledOrders,
            net: report.leaderboard.totals.netRevenue,
            average: report.leaderboard.totals.averageOrderValue,
            commission: report.leaderboard.totals.commission,
            delight: report.leaderboard.totals.delightBudgetUsed,
          },
        ],
      };
    case "vipTiers":
      return {
        columns: columns([
          ["tier", "Tier"],
          ["members", "Customers now"],
          ["joined", "Joined in the period"],
        ]),
        rows: report.vipTiers.map((tier) => ({ tier: tier.tierName, members: tier.members, joined: tier.joined })),
      };
    case "teamCosts":
      return {
        columns: columns([
          ["month", "Month"],
          ["salaries", "Salaries"],
          ["tools", "Tools"],
          ["other", "Other"],
          ["total", "Total"],
          ["source", "Source"],
        ]),
        rows: report.facts.map(({ month, team }) => ({
          month,
          salaries: moneyOfMinor(team.salariesMinor, currency),
          tools: moneyOfMinor(team.toolsMinor, currency),
          other: moneyOfMinor(team.otherMinor, currency),
          total: moneyOfMinor(team.salariesMinor + team.toolsMinor + team.otherMinor, currency),
          source: team.source === "entered" ? "Entered" : team.source === "carried" ? `Carried from ${team.from}` : "None entered",
        })),
      };
    case "settings":
      return {
        columns: columns([
          ["setting", "Setting"],
          ["value", "Value"],
        ]),
        rows: [
          {
            setting: report.settings.marginEntered
              ? "Gross margin for goods without a known cost"
              : "Gross margin for goods without a known cost (placeholder, not entered)",
            value: rateFromBasisPoints(report.settings.fallbackMarginBps),
          },
          { setting: "Team's share of refunds and exchanges", value: rateFromBasisPoints(report.settings.teamShareBps) },
          { setting: "Store conversion rate", value: rateFromBasisPoints(report.settings.storeConversionBps) },
          { setting: "Cost per ticket", value: moneyOfMinor(report.settings.costPerTicketMinor, currency) },
          { setting: "Profit center since", value: report.profitCenterSince ?? "Not a profit center last month" },
          // The current month is in the period as it stands: its figures are not a whole month's.
          ...(report.period.partialMonth
            ? [{ setting: "Month in progress (its figures are so far)", value: report.period.partialMonth }]
            : []),
        ],
      };
    case "attributionRule":
      return { columns: columns([["rule", "Rule"]]), rows: report.attributionRule.split("\n").map((rule) => ({ rule })) };
  }
}

function tableCsv(report: ProfitReport, which: ReportTable): string {
  if (which === "pnl") return pnlCsv(report.months);
  if (which === "pnlTotal") return pnlCsv([{ ...report.total, month: `${report.total.from} to ${report.total.to}` }]);
  return toCsv(table(report, which));
}

/**
 * The report as one CSV file: each table under a line with its title, a blank
 * line between tables. `only` exports one table, without a title.
 */
export function profitReportCsv(report: ProfitReport, only?: ReportTable): string {
  if (only) return CSV_BYTE_ORDER_MARK + tableCsv(report, only);
  const sections = REPORT_TABLES.map(
    (which) => toCsv({ columns: [{ key: "title", label: REPORT_TABLE_TITLES[which] }], rows: [] }) + tableCsv(report, which),
  );
  return CSV_BYTE_ORDER_MARK + sections.join("\r\n");
}
