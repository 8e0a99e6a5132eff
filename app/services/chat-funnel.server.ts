// The chat trigger's page in the admin: what the prompt did over the last
// 7, 30 or 90 days of the shop's calendar, and how to turn it on.
import { chatEventTotals, countChatAssistedOrders, countOrders } from "../data/chat-events.server";
import { lastDays } from "../domain/time/days";
import { chatFunnel, type FunnelPeriod } from "../domain/chat/funnel";
import { themeEditorEmbedUrl } from "../domain/chat/theme-editor";
import { findProfitSettings } from "../data/profit-entries.server";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

export interface ChatFunnelRequest extends ShopContext {
  days: FunnelPeriod;
  apiKey: string;
}

export async function loadChatFunnel(request: ChatFunnelRequest) {
  const { ianaTimezone } = await shopSettings(request.db, request.admin, request.shop);
  const period = lastDays(request.days, request.now, ianaTimezone);
  const [events, chatAssistedOrders, orders, settings] = await Promise.all([
    chatEventTotals(request.db, request.shop, period),
    countChatAssistedOrders(request.db, request.shop, period.start),
    countOrders(request.db, request.shop, period),
    findProfitSettings(request.db, request.shop),
  ]);
  return {
    days: request.days,
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    timeZone: ianaTimezone,
    // The store's own conversion rate when the merchant set it in Profit settings, else a typical store's.
    funnel: chatFunnel({ events, chatAssistedOrders, orders }, settings?.storeConversionBps ?? undefined),
    benchmarkSet: settings !== null,
    themeEditorUrl: themeEditorEmbedUrl(request.shop, request.apiKey),
  };
}
