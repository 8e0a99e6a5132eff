// The chat trigger's beacons, once the app proxy's signature is verified:
// a known event name, counted on the shop's calendar day. Each visitor may
// only send so many, so a script replaying beacons cannot inflate the funnel.
import { consumeRateLimit, visitorKey, type RateLimit } from "../data/rate-limits.server";
import { incrementChatEvent } from "../data/chat-events.server";
import { parseChatEvent, type ChatEvent } from "../domain/chat/events";
import { dayInTimeZone } from "../domain/time/days";
import { shopSettings } from "./shop-settings.server";
import type { ShopContext } from "./context";

/**
 * Events one visitor may send in an hour. A shopper sends one per product
 * page at most (the prompt), and one more when they open or dismiss it,
 * which ends the prompts for their visit; more is a script.
 */
export const VISITOR_EVENT_LIMIT: Omit<RateLimit, "key"> = { limit: 60, windowMs: 60 * 60 * 1000 };

export interface ChatEventRequest extends ShopContext {
  body: string;
  /** Who sent it (http/app-proxy.server.ts visitorOf); hashed here, never stored raw. */
  visitor: string;
}

export type ChatEventResult =
  | { kind: "recorded"; event: ChatEvent; day: string }
  | { kind: "invalid"; error: string }
  | { kind: "rate_limited"; retryAfterSeconds: number };

export async function recordChatEvent(request: ChatEventRequest): Promise<ChatEventResult> {
  const parsed = parseChatEvent(request.body);
  if (!parsed.ok) return { kind: "invalid", error: parsed.error };

  const key = visitorKey("chat-events", request.shop, request.visitor);
  const limited = await consumeRateLimit(request.db, request.shop, { key, ...VISITOR_EVENT_LIMIT }, request.now);
  if (!limited.allowed) return { kind: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };

  const { ianaTimezone } = await shopSettings(request.db, request.admin, request.shop);
  const day = dayInTimeZone(request.now, ianaTimezone);
  await incrementChatEvent(request.db, request.shop, day, parsed.event);
  return { kind: "recorded", event: parsed.event, day };
}
