// What one order adds to the pre-summed figures the dashboard reads (daily
// store sums, monthly attribution sums), and how those sums change when the
// order changes: the difference between what it added before and what it
// adds now, under the key it counted under before and the one it counts
// under now. Applied by the webhook path in the same transaction as the
// change itself, so a sum is never re-read from its rows on a hot path
// (docs/decisions/008-profit-dashboard.md). A full re-sum of the same rows
// gives the same figures; the tests hold the two to each other.
import { dayInTimeZone } from "../time/days";

export interface OrderForSums {
  processedAt: Date;
  currencyCode: string;
  cancelledAt: Date | null;
  totalPriceMinor: bigint;
  refundedMinor: bigint;
}

export interface DayFigures {
  orders: number;
  cancelledOrders: number;
  grossMinor: bigint;
  refundedMinor: bigint;
}

export interface DayDelta extends DayFigures {
  day: string;
  currencyCode: string;
}

/** The day (on the shop's clock) and figures one order adds to the store's daily sums. */
export function orderDayContribution(order: OrderForSums, timeZone: string): DayDelta {
  const cancelled = order.cancelledAt !== null;
  return {
    day: dayInTimeZone(order.processedAt, timeZone),
    currencyCode: order.currencyCode,
    orders: cancelled ? 0 : 1,
    cancelledOrders: cancelled ? 1 : 0,
    grossMinor: cancelled ? 0n : order.totalPriceMinor,
    // Refunds count on cancelled orders too: the money went back all the same.
    refundedMinor: order.refundedMinor,
  };
}

export interface CreditForSums {
  month: string;
  source: string;
  agentId: string | null;
  currencyCode: string;
  cancelled: boolean;
  grossMinor: bigint;
  refundedMinor: bigint;
  netMinor: bigint;
  commissionMinor: bigint;
}

export interface MonthFigures {
  orders: number;
  cancelledOrders: number;
  grossMinor: bigint;
  refundedMinor: bigint;
  netMinor: bigint;
  commissionMinor: bigint;
}

export interface MonthDelta extends MonthFigures {
  month: string;
  source: string;
  /** The agent's id, or "" for none. */
  agentKey: string;
  currencyCode: string;
}

/** What one credited order adds to its month/source/agent sum: a cancelled one counts, and brings nothing. */
export function creditContribution(credit: CreditForSums): MonthDelta {
  const live = !credit.cancelled;
  return {
    month: credit.month,
    source: credit.source,
    agentKey: credit.agentId ?? "",
    currencyCode: credit.currencyCode,
    orders: live ? 1 : 0,
    cancelledOrders: live ? 0 : 1,
    grossMinor: live ? credit.grossMinor : 0n,
    refundedMinor: live ? credit.refundedMinor : 0n,
    netMinor: live ? credit.netMinor : 0n,
    commissionMinor: live ? credit.commissionMinor : 0n,
  };
}

type Figures = Record<string, number | bigint>;

function negate<F extends Figures>(figures: F): F {
  // 0 - x, not -x: a count of 0 stays 0, never -0.
  return Object.fromEntries(
    Object.entries(figures).map(([name, value]) => [name, typeof value === "bigint" ? 0n - value : 0 - value]),
  ) as F;
}

function subtract<F extends Figures>(after: F, before: F): F {
  return Object.fromEntries(
    Object.entries(after).map(([name, value]) => [
      name,
      typeof value === "bigint" ? value - (before[name] as bigint) : value - (before[name] as number),
    ]),
  ) as F;
}

const isZero = (figures: Figures) => Object.values(figures).every((value) => value === 0 || value === 0n);

/**
 * The changes to apply to the sums when one contribution becomes another
 * (null: no contribution). Under one key, the difference; under two keys,
 * the old one taken away and the new one added. Nothing for no change.
 */
export function contributionChanges<K extends object, F extends Figures>(
  before: (K & F) | null,
  after: (K & F) | null,
  split: (contribution: K & F) => { key: K; figures: F },
): (K & F)[] {
  const old = before ? split(before) : null;
  const now = after ? split(after) : null;
  const sameKey = old && now && JSON.stringify(old.key) === JSON.stringify(now.key);
  const changes: (K & F)[] = [];
  if (old && now && sameKey) {
    const delta = subtract(now.figures, old.figures);
    if (!isZero(delta)) changes.push({ ...now.key, ...delta });
    return changes;
  }
  if (old) changes.push({ ...old.key, ...negate(old.figures) });
  if (now) changes.push({ ...now.key, ...now.figures });
  return changes;
}

export function splitDay({ day, currencyCode, ...figures }: DayDelta) {
  return { key: { day, currencyCode }, figures };
}

export function splitMonth({ month, source, agentKey, currencyCode, ...figures }: MonthDelta) {
  // A month/source/agent sum is in the shop's currency, the currency of its orders.
  return { key: { month, source, agentKey, currencyCode }, figures };
}

/** The daily-sum changes when an order goes from `before` to `after` (null: not held). */
export function orderDayChanges(before: OrderForSums | null, after: OrderForSums | null, timeZone: string): DayDelta[] {
  return contributionChanges(before && orderDayContribution(before, timeZone), after && orderDayContribution(after, timeZone), splitDay);
}

/** The monthly-sum changes when an order's credit goes from `before` to `after` (null: not credited). */
export function creditChanges(before: CreditForSums | null, after: CreditForSums | null): MonthDelta[] {
  return contributionChanges(before && creditContribution(before), after && creditContribution(after), splitMonth);
}

/** Changes under the same key added together (a batch of orders of one day), zero changes left out. */
export function mergeChanges<K extends object, F extends Figures>(
  changes: (K & F)[],
  split: (change: K & F) => { key: K; figures: F },
): (K & F)[] {
  const merged = new Map<string, { key: K; figures: F }>();
  for (const change of changes) {
    const { key, figures } = split(change);
    const id = JSON.stringify(key);
    const seen = merged.get(id);
    merged.set(id, seen ? { key, figures: subtract(seen.figures, negate(figures)) } : { key, figures });
  }
  return [...merged.values()].filter(({ figures }) => !isZero(figures)).map(({ key, figures }) => ({ ...key, ...figures }));
}
