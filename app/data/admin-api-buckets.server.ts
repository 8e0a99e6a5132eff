// The shop's Admin API cost bucket as Shopify last reported it, one row per
// shop, shared by every web server and worker (decision 023).
import type { DatabaseClient } from "../db.server";
import type { BucketObservation } from "../domain/admin-budget";

export async function lastKnownBucket(db: DatabaseClient, shop: string): Promise<BucketObservation | null> {
  return db.adminApiBucket.findUnique({
    where: { shop },
    select: { maximumAvailable: true, currentlyAvailable: true, restoreRate: true, observedAt: true },
  });
}

/** Keeps an observation unless a newer one is already kept (answers can arrive out of order). */
export async function rememberBucket(db: DatabaseClient, shop: string, bucket: BucketObservation): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "AdminApiBucket" ("shop", "maximumAvailable", "currentlyAvailable", "restoreRate", "observedAt")
    VALUES (${shop}, ${Math.round(bucket.maximumAvailable)}, ${Math.floor(bucket.currentlyAvailable)}, ${Math.round(bucket.restoreRate)}, ${bucket.observedAt})
    ON CONFLICT ("shop") DO UPDATE SET
      "maximumAvailable" = EXCLUDED."maximumAvailable",
      "currentlyAvailable" = EXCLUDED."currentlyAvailable",
      "restoreRate" = EXCLUDED."restoreRate",
      "observedAt" = EXCLUDED."observedAt"
    WHERE "AdminApiBucket"."observedAt" <= EXCLUDED."observedAt"`;
}
