// The home page below the shop's name: the setup guide (what Concierge has
// seen done), the month so far (read from the sums the profit dashboard
// already keeps) and what needs attention. Only Concierge's database is read.
import { attentionCounts, setSetupGuideDismissed, setupFacts, setupGuideDismissedAt } from "../data/home.server";
import { setupProgress } from "../domain/home/setup-guide";
import { themeEditorEmbedUrl } from "../domain/chat/theme-editor";
import { monthKeyOf } from "../domain/profit/periods";
import type { ServiceContext } from "./context";
import { loadProfitDashboard } from "./profit-dashboard.server";

export type HomeContext = Pick<ServiceContext, "db" | "admin" | "shop" | "now" | "locale">;

export async function loadSetupGuide(context: Pick<ServiceContext, "db" | "shop">, apiKey: string) {
  const [facts, dismissedAt] = await Promise.all([setupFacts(context.db, context.shop), setupGuideDismissedAt(context.db, context.shop)]);
  return {
    ...setupProgress(facts),
    facts,
    dismissed: dismissedAt !== null,
    themeEditorUrl: themeEditorEmbedUrl(context.shop, apiKey),
  };
}

export type SetupGuide = Awaited<ReturnType<typeof loadSetupGuide>>;

/** Hides or shows the guide again; false when the shop is not installed. */
export async function dismissSetupGuide(context: Pick<ServiceContext, "db" | "shop" | "now">, dismissed: boolean): Promise<boolean> {
  return setSetupGuideDismissed(context.db, context.shop, dismissed ? context.now : null);
}

/** Support's month so far on the shop's clock: its result, revenue by source, tickets deflected, the top agent. */
export async function loadMonthSoFar(context: HomeContext, timeZone: string) {
  const month = monthKeyOf(context.now, timeZone);
  const dashboard = await loadProfitDashboard(context, new URLSearchParams({ period: "custom", from: month, to: month }));
  const revenue = dashboard.lines
    .map((line, index) => ({ line, figure: dashboard.total.figures[index] }))
    .filter(({ line, figure }) => line.section === "revenue" && line.key !== "totalRevenue" && figure.minor !== "0")
    .map(({ figure }) => ({ key: figure.key, label: figure.label, text: figure.text }));
  const top = dashboard.leaderboard.rows[0];
  return {
    label: dashboard.period.partialMonthLabel ?? dashboard.period.label,
    result: dashboard.summary.result,
    resultMagnitude: dashboard.summary.resultMagnitude,
    isProfitable: dashboard.summary.isProfitable,
    totalRevenue: dashboard.summary.totalRevenue,
    totalCosts: dashboard.summary.totalCosts,
    revenue,
    ticketsDeflected: dashboard.funnels.tracking.ticketsDeflected,
    saved: dashboard.funnels.tracking.saved,
    topAgent: top ? { id: top.agentId, name: top.name, netRevenue: top.netRevenue.text, orders: top.attributedOrders } : null,
  };
}

export async function loadAttention(context: Pick<ServiceContext, "db" | "shop">) {
  return attentionCounts(context.db, context.shop);
}
