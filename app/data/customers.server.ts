import type { DatabaseClient } from "../db.server";
import type { CustomerPayload } from "../domain/webhook-payloads";

/**
 * customers/update: keep the customer's identity. Webhooks can arrive out of
 * order; an older version never overwrites a newer one.
 */
export async function upsertCustomerIdentity(db: DatabaseClient, shop: string, customer: CustomerPayload) {
  const identity = {
    email: customer.email ?? null,
    phone: customer.phone ?? null,
    firstName: customer.first_name ?? null,
    lastName: customer.last_name ?? null,
    shopifyUpdatedAt: customer.updated_at,
  };
  await db.customer.upsert({
    where: { shop_customerId: { shop, customerId: customer.id } },
    create: { shop, customerId: customer.id, ...identity },
    update: {},
  });
  await db.customer.updateMany({
    where: { shop, customerId: customer.id, shopifyUpdatedAt: { lt: customer.updated_at } },
    data: identity,
  });
}
