// The chat trigger's page in the admin: what the prompt did over the last
// 7, 30 or 90 days of the shop's calendar, and how to turn it on.
import { chatEventTotals, countChatAssistedOrders, countOrders } from "../data/chat-events.server";
import { lastDays } from "../domain/time/days";
import { chatFunnel, type FunnelPeriod } from "../domain/chat/funnel";
import { themeEditorEmbedUrl } from "../domain/chat/theme-editor";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

export interface ChatFunnelRequest extends ShopContext {
  days: FunnelPeriod;
  apiKey: string;
}

export async function loadChatFunnel(request: ChatFunnelRequest) {
  const { ianaTimezone } = await shopSettings(request.db, request.admin, request.shop);
  const period = lastDays(request.days, request.now, ianaTimezone);
  const [events, chatAssistedOrders, orders] = await Promise.all([
    chatEventTotals(request.db, request.shop, period),
    countChatAssistedOrders(request.db, request.shop, period.start),
    countOrders(request.db, request.shop, period.start),
  ]);
  return {
    days: request.days,
    firstDay: period.firstDay,
    lastDay: period.lastDay,
    timeZone: ianaTimezone,
    funnel: chatFunnel({ events, chatAssistedOrders, orders }),
    themeEditorUrl: themeEditorEmbedUrl(request.shop, request.apiKey),
  };
}
