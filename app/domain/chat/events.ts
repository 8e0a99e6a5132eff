// What the storefront's chat prompt reports (extensions/concierge-storefront/
// assets/chat-trigger.js, through navigator.sendBeacon and the app proxy):
// an event name and nothing else. No shopper, no page, no personal data.
import { z } from "zod";

export const CHAT_EVENTS = ["prompt_shown", "chat_opened", "dismissed", "concierge_contacted"] as const;
export type ChatEvent = (typeof CHAT_EVENTS)[number];

/** A beacon is a few dozen bytes; anything much larger is not from our script. */
export const CHAT_EVENT_MAX_BYTES = 1024;

export const chatEventSchema = z.object({ event: z.enum(CHAT_EVENTS, { error: "Unknown event" }) });

export type ChatEventParse = { ok: true; event: ChatEvent } | { ok: false; error: string };

/**
 * The beacon's body: JSON sent as text/plain (sendBeacon with a string), or
 * as application/json by anything else. Unknown events, other shapes and
 * oversized bodies are refused.
 */
export function parseChatEvent(body: string): ChatEventParse {
  if (new TextEncoder().encode(body).length > CHAT_EVENT_MAX_BYTES) return { ok: false, error: "Body too large" };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: "Body is not JSON" };
  }
  const parsed = chatEventSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid event" };
  return { ok: true, event: parsed.data.event };
}
