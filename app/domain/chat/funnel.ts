// The chat trigger's funnel: prompts shown → chats opened → chat-assisted
// orders, with rates in whole basis points (1 bp = 0.01%) computed from
// integers, so the page shows exactly what the counts say.
import type { AttributionSource } from "../agents/attribution";
import type { ChatEvent } from "./events";

/** The Attribution source of orders whose cart came from a chat (app/domain/agents/attribution.ts). */
export const CHAT_ATTRIBUTION_SOURCE = "chat" satisfies AttributionSource;

/** The periods the funnel page offers, in days. */
export const FUNNEL_PERIODS = [7, 30, 90] as const;
export type FunnelPeriod = (typeof FUNNEL_PERIODS)[number];
export const DEFAULT_FUNNEL_PERIOD: FunnelPeriod = 30;

/**
 * A typical online store converts about 2% of its sessions. Concierge does
 * not see the shop's sessions, so this is a benchmark shown as such, not a
 * measurement; the merchant will be able to enter their own.
 */
export const DEFAULT_SITE_CONVERSION_BPS = 200;

export function funnelPeriod(value: string | null): FunnelPeriod {
  const days = Number(value);
  return (FUNNEL_PERIODS as readonly number[]).includes(days) ? (days as FunnelPeriod) : DEFAULT_FUNNEL_PERIOD;
}

/**
 * numerator / denominator in basis points, rounded half up; null when the
 * denominator is zero (no rate, rather than a made-up 0%).
 */
export function rateBasisPoints(numerator: number, denominator: number): number | null {
  for (const count of [numerator, denominator]) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError("Counts are whole numbers of zero or more");
  }
  if (denominator === 0) return null;
  return Math.floor((numerator * 20_000 + denominator) / (denominator * 2));
}

/** 1250 → "12.5%", 200 → "2%", 3 → "0.03%". */
export function formatBasisPoints(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(Math.abs(bps % 100))
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${bps < 0 ? "-" : ""}${Math.abs(whole)}${fraction ? `.${fraction}` : ""}%`;
}

export interface FunnelCounts {
  events: Partial<Record<ChatEvent, number>>;
  /** Orders credited to chat (Attribution rows with source "chat") in the period. */
  chatAssistedOrders: number;
  /** Every order the shop took in the period. */
  orders: number;
}

export interface Funnel {
  promptsShown: number;
  /** Chats opened from the prompt, its contact links included, plus VIPs who contacted their concierge. */
  chatsOpened: number;
  conciergeContacts: number;
  dismissed: number;
  chatAssistedOrders: number;
  orders: number;
  /** Chats opened / prompts shown. */
  openRateBps: number | null;
  /** Chat-assisted orders / chats opened: the chat conversion rate. */
  chatConversionBps: number | null;
  /** Chat-assisted orders / all orders. */
  shareOfOrdersBps: number | null;
  benchmarkBps: number;
  /** How the chat conversion rate compares with the benchmark. */
  versusBenchmark: "above" | "equal" | "below" | null;
}

export function chatFunnel(counts: FunnelCounts, benchmarkBps = DEFAULT_SITE_CONVERSION_BPS): Funnel {
  const count = (event: ChatEvent) => counts.events[event] ?? 0;
  const promptsShown = count("prompt_shown");
  const conciergeContacts = count("concierge_contacted");
  // A VIP who writes to their concierge has started a conversation as surely
  // as a shopper who opens the chat, and their order counts as chat-assisted.
  const chatsOpened = count("chat_opened") + conciergeContacts;
  const chatConversionBps = rateBasisPoints(counts.chatAssistedOrders, chatsOpened);
  return {
    promptsShown,
    chatsOpened,
    conciergeContacts,
    dismissed: count("dismissed"),
    chatAssistedOrders: counts.chatAssistedOrders,
    orders: counts.orders,
    openRateBps: rateBasisPoints(chatsOpened, promptsShown),
    chatConversionBps,
    shareOfOrdersBps: rateBasisPoints(counts.chatAssistedOrders, counts.orders),
    benchmarkBps,
    versusBenchmark:
      chatConversionBps === null ? null : chatConversionBps > benchmarkBps ? "above" : chatConversionBps < benchmarkBps ? "below" : "equal",
  };
}
