import type { DatabaseClient } from "../db.server";
import type { CustomerEmailConsentPayload, CustomerPayload } from "../domain/webhook-payloads";
import { newestOf } from "./orders.server";

/**
 * customers/update: keep the customer's identity. Webhooks can arrive out of
 * order; an older version never overwrites a newer one.
 */
export async function upsertCustomerIdentity(db: DatabaseClient, shop: string, customer: CustomerPayload) {
  await upsertCustomerIdentities(db, shop, [customer]);
}

/**
 * upsertCustomerIdentity for many customers in one statement (the history
 * import's batches): inserted if new, else updated only if this version is
 * newer than the one held (Shopify's updated_at).
 */
export async function upsertCustomerIdentities(
  db: DatabaseClient,
  shop: string,
  // The import also reads the email marketing consent (customers/update carries none since 2025-01): kept when
  // given, unless the consent held is newer (a consent webhook that came after the export's snapshot).
  customers: (CustomerPayload & { marketingState?: string | null; marketingUpdatedAt?: Date | null })[],
) {
  const newest = newestOf(customers, (customer) => customer.id, (customer) => customer.updated_at);
  if (newest.length === 0) return;
  const rows = JSON.stringify(
    newest.map((customer) => ({
      customerId: customer.id,
      email: customer.email ?? null,
      phone: customer.phone ?? null,
      firstName: customer.first_name ?? null,
      lastName: customer.last_name ?? null,
      marketingState: customer.marketingState ?? null,
      marketingUpdatedAt: customer.marketingUpdatedAt?.toISOString() ?? null,
      shopifyUpdatedAt: customer.updated_at.toISOString(),
    })),
  );
  await db.$executeRaw`
    INSERT INTO "Customer" ("shop", "customerId", "email", "phone", "firstName", "lastName", "emailMarketingState", "emailMarketingConsentAt", "shopifyUpdatedAt", "updatedAt")
    SELECT ${shop}, r."customerId", r."email", r."phone", r."firstName", r."lastName", r."marketingState", r."marketingUpdatedAt", r."shopifyUpdatedAt", now()
    FROM jsonb_to_recordset(${rows}::jsonb)
      AS r("customerId" text, "email" text, "phone" text, "firstName" text, "lastName" text, "marketingState" text, "marketingUpdatedAt" timestamptz, "shopifyUpdatedAt" timestamptz)
    ON CONFLICT ("shop", "customerId") DO UPDATE SET
      "email" = EXCLUDED."email", "phone" = EXCLUDED."phone", "firstName" = EXCLUDED."firstName", "lastName" = EXCLUDED."lastName",
      -- The consent: the export's state when it has one and it is not older than the consent held.
      "emailMarketingState" = CASE WHEN EXCLUDED."emailMarketingState" IS NOT NULL AND ("Customer"."emailMarketingConsentAt" IS NULL OR EXCLUDED."emailMarketingConsentAt" >= "Customer"."emailMarketingConsentAt")
        THEN EXCLUDED."emailMarketingState" ELSE "Customer"."emailMarketingState" END,
      "emailMarketingConsentAt" = CASE WHEN EXCLUDED."emailMarketingState" IS NOT NULL AND ("Customer"."emailMarketingConsentAt" IS NULL OR EXCLUDED."emailMarketingConsentAt" >= "Customer"."emailMarketingConsentAt")
        THEN COALESCE(EXCLUDED."emailMarketingConsentAt", "Customer"."emailMarketingConsentAt") ELSE "Customer"."emailMarketingConsentAt" END,
      "shopifyUpdatedAt" = EXCLUDED."shopifyUpdatedAt", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "Customer"."shopifyUpdatedAt" < EXCLUDED."shopifyUpdatedAt"`;
}

/**
 * customers/email_marketing_consent_update: the customer's consent as it now
 * stands, so a campaign's segment counts who may be welcomed before its
 * batches ask Shopify again. A consent older than the one held (a late
 * delivery) changes nothing; a customer Concierge has not met yet is kept
 * with the oldest identity time, so any customers/update fills in the rest.
 */
export async function recordEmailConsent(db: DatabaseClient, shop: string, payload: CustomerEmailConsentPayload, receivedAt: Date) {
  const consent = payload.email_marketing_consent;
  const consentAt = consent.consent_updated_at ?? receivedAt;
  await db.$executeRaw`
    INSERT INTO "Customer" ("shop", "customerId", "email", "emailMarketingState", "emailMarketingConsentAt", "shopifyUpdatedAt", "updatedAt")
    VALUES (${shop}, ${payload.customer_id}, ${payload.email_address ?? null}, ${consent.state}, ${consentAt}, to_timestamp(0), now())
    ON CONFLICT ("shop", "customerId") DO UPDATE SET
      "emailMarketingState" = EXCLUDED."emailMarketingState", "emailMarketingConsentAt" = EXCLUDED."emailMarketingConsentAt",
      "updatedAt" = now()
    WHERE "Customer"."emailMarketingConsentAt" IS NULL OR "Customer"."emailMarketingConsentAt" <= EXCLUDED."emailMarketingConsentAt"`;
}

/** The customers' names as Concierge holds them ("Fatima Al Mansouri"), else their email; absent when it knows neither. */
export async function customerNames(db: DatabaseClient, shop: string, customerIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.customer.findMany({
    where: { shop, customerId: { in: ids } },
    select: { customerId: true, firstName: true, lastName: true, email: true },
  });
  const names = new Map<string, string>();
  for (const row of rows) {
    const name = [row.firstName, row.lastName].filter((part) => part && part.trim() !== "").join(" ") || row.email;
    if (name) names.set(row.customerId, name);
  }
  return names;
}
