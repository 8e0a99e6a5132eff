// The agents' leaderboard as a page shows it, the Profit page's and the Agents
// page's alike: plain, serialisable figures (counts as numbers, money as a
// MoneyView: exact amount, minor units and the text in the staff member's
// locale), for the one card that draws it (components/agents/LeaderboardCard).
import { formatCount, moneyView, type MoneyView } from "../profit/views";
import type { Leaderboard, LeaderboardFigures } from "./agent-leaderboard";

export interface LeaderboardFiguresView {
  attributedOrders: number;
  cancelledOrders: number;
  /** The attributed orders in the locale ("1,204"). */
  orders: string;
  /** The cancelled orders in the locale. */
  cancelled: string;
  netRevenue: MoneyView;
  /** null with no orders to divide by. */
  averageOrderValue: MoneyView | null;
  commission: MoneyView;
  delightBudgetUsed: MoneyView;
}

export interface LeaderboardRowView extends LeaderboardFiguresView {
  rank: number;
  agentId: string;
  name: string;
}

export interface LeaderboardView {
  rows: LeaderboardRowView[];
  totals: LeaderboardFiguresView;
}

function figuresView(figures: LeaderboardFigures, locale: string): LeaderboardFiguresView {
  return {
    attributedOrders: figures.attributedOrders,
    cancelledOrders: figures.cancelledOrders,
    orders: formatCount(figures.attributedOrders, locale),
    cancelled: formatCount(figures.cancelledOrders, locale),
    netRevenue: moneyView(figures.netRevenue, locale),
    averageOrderValue: figures.averageOrderValue ? moneyView(figures.averageOrderValue, locale) : null,
    commission: moneyView(figures.commission, locale),
    delightBudgetUsed: moneyView(figures.delightBudgetUsed, locale),
  };
}

/** The board's rows and totals in `locale` ("ar", "fr-CA"; see resolveLocale). */
export function leaderboardView(board: Leaderboard, locale: string): LeaderboardView {
  return {
    rows: board.rows.map((row) => ({ rank: row.rank, agentId: row.agentId, name: row.name, ...figuresView(row, locale) })),
    totals: figuresView(board.totals, locale),
  };
}
