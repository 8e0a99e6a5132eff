// A store's webhook ledger as weeks of deliveries leave it (decision 047):
// processed events, their payloads cleared as the worker leaves them, one a
// minute back from now, then the table vacuumed and analyzed as a running
// store's has been.
import type { Database } from "../../app/db.server";

/** Keeps `count` processed events of `shop` in the ledger, their topics taken in turn from `topics`. */
export async function keepProcessedLedger(db: Database, shop: string, count: number, topics: readonly string[]): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "WebhookEvent" ("id", "shop", "eventId", "topic", "status", "receivedAt", "processedAt")
     SELECT gen_random_uuid()::text, $1, gen_random_uuid()::text, ($3::text[])[1 + n % cardinality($3::text[])], 'processed',
       now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval
     FROM generate_series(1, $2::int) AS n`,
    shop,
    count,
    topics,
  );
  await db.$executeRawUnsafe(`VACUUM ANALYZE "WebhookEvent"`);
}
