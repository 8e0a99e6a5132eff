// Where the app server runs VIP backfills: with the shop's offline token
// (a backfill outlives the staff member's request and session), in the
// background of the process that started it, resumed by the rules page when
// its driver is gone.
import db from "../db.server";
import { unauthenticated } from "../shopify.server";
import { currentVipBackfill, driveVipBackfillInBackground } from "./vip-backfill.server";
import type { BackfillStart } from "./vip-rules.server";

async function offlineAdmin(shop: string) {
  const { admin } = await unauthenticated.admin(shop);
  return admin;
}

/** Drives a backfill that was just started; a failed start needs nothing. */
export async function continueInBackground(shop: string, start: BackfillStart | null) {
  if (!start?.started) return;
  driveVipBackfillInBackground({ db, admin: await offlineAdmin(shop), shop }, start.backfill.id);
}

/** The shop's latest backfill, picked up again if its driver died. */
export function latestVipBackfill(shop: string) {
  return currentVipBackfill({ db, shop, admin: () => offlineAdmin(shop) });
}
