// Keeps what is derived from one order in step with it on the webhook path:
// its credit (attribution), the monthly sums of credits and the store's
// daily sums. The caller holds the order's lock and passes the order as it
// was before the event and as it is now; the sums get the difference, in the
// same transaction, so no request or event ever re-sums a month or a day
// (app/domain/profit/sum-deltas.ts). An event that changed nothing writes
// nothing. The history import re-sums instead (store-import.server.ts); the
// two agree, and the sums' rows are locked before either writes them.
import type { Order } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import { addToMonthlySums } from "../data/attributions.server";
import { addToOrderDays } from "../data/order-days.server";
import { findShopSettings } from "../data/shops.server";
import { creditChanges, mergeChanges, orderDayChanges, splitDay, splitMonth } from "../domain/profit/sum-deltas";
import { creditOrderChanges } from "./attribution.server";

const FIGURE_FIELDS = [
  "currencyCode",
  "totalPriceMinor",
  "refundedMinor",
  "discountCodes",
  "cartAttributes",
] as const satisfies readonly (keyof Order)[];

/** Whether anything the derived figures read differs between two versions of an order. */
function figuresChanged(before: Order | null, after: Order) {
  if (!before) return true;
  if (before.processedAt.getTime() !== after.processedAt.getTime()) return true;
  if ((before.cancelledAt?.getTime() ?? null) !== (after.cancelledAt?.getTime() ?? null)) return true;
  return FIGURE_FIELDS.some(
    (field) =>
      JSON.stringify(before[field], (_key, value) => (typeof value === "bigint" ? String(value) : value)) !==
      JSON.stringify(after[field], (_key, value) => (typeof value === "bigint" ? String(value) : value)),
  );
}

/** One order's versions before and after an event (or a batch of them). */
export interface OrderVersions {
  before: Order | null;
  after: Order | null;
}

/**
 * For many orders at once: the sums' changes are added up per day and per
 * month first, so a batch of orders of one day moves that day's row once.
 */
export async function recordOrderChanges(db: DatabaseClient, shop: string, versions: OrderVersions[]) {
  const changed = versions.filter(
    (version): version is { before: Order | null; after: Order } => version.after !== null && figuresChanged(version.before, version.after),
  );
  if (changed.length === 0) return;
  const timeZone = (await findShopSettings(db, shop))?.ianaTimezone ?? "UTC";
  await addToOrderDays(
    db,
    shop,
    mergeChanges(
      changed.flatMap(({ before, after }) => orderDayChanges(before, after, timeZone)),
      splitDay,
    ),
  );
  const credits = await creditOrderChanges(
    db,
    shop,
    changed.map(({ after }) => after),
    { timeZone },
  );
  await addToMonthlySums(
    db,
    shop,
    mergeChanges(
      credits.flatMap((change) => creditChanges(change.before, change.after)),
      splitMonth,
    ),
  );
}
