// Shopify's three mandatory compliance webhooks, run inside the transaction
// of their event (shopify-events.server.ts).
import type { z } from "zod";
import type { DatabaseClient } from "../db.server";
import type { customersDataRequestPayloadSchema, customersRedactPayloadSchema } from "../domain/webhook-payloads";
import { recordDataRequest, redactCustomerData, reportCustomerData, type CustomerReference } from "../data/compliance.server";
import { deleteAllShopData } from "../data/shops.server";

/** customers/data_request: a report of what Concierge holds, for the merchant to read in the app. */
export async function answerCustomerDataRequest(
  db: DatabaseClient,
  shop: string,
  request: z.infer<typeof customersDataRequestPayloadSchema>,
) {
  const customer: CustomerReference = {
    customerId: request.customer.id,
    email: request.customer.email ?? null,
    phone: request.customer.phone ?? null,
    orderIds: request.orders_requested,
  };
  const report = await reportCustomerData(db, shop, customer);
  return recordDataRequest(db, shop, { customer, dataRequestId: request.data_request?.id ?? null, report });
}

/** customers/redact: delete or anonymise everything held for the customer. */
export async function redactCustomer(db: DatabaseClient, shop: string, request: z.infer<typeof customersRedactPayloadSchema>) {
  await redactCustomerData(db, shop, {
    customerId: request.customer.id,
    email: request.customer.email ?? null,
    phone: request.customer.phone ?? null,
    orderIds: request.orders_to_redact,
  });
}

/**
 * shop/redact: 48 hours after uninstall, delete everything held for the shop.
 * (The payload's shop_domain was checked against the signed shop on arrival.)
 */
export async function redactShop(db: DatabaseClient, shop: string) {
  await deleteAllShopData(db, shop);
}
