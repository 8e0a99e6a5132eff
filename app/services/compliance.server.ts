// Shopify's three mandatory compliance webhooks.
import type { Database } from "../db.server";
import {
  customersDataRequestPayloadSchema,
  customersRedactPayloadSchema,
  parseWebhookPayload,
  shopRedactPayloadSchema,
} from "../domain/webhook-payloads";
import {
  recordDataRequest,
  redactCustomerData,
  reportCustomerData,
  type CustomerReference,
} from "../data/compliance.server";
import { deleteAllShopData } from "../data/shops.server";

/** customers/data_request: a report of what Concierge holds, for the merchant to read in the app. */
export async function answerCustomerDataRequest(db: Database, shop: string, payload: unknown) {
  const request = parseWebhookPayload(customersDataRequestPayloadSchema, payload);
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
export async function redactCustomer(db: Database, shop: string, payload: unknown) {
  const request = parseWebhookPayload(customersRedactPayloadSchema, payload);
  await redactCustomerData(db, shop, {
    customerId: request.customer.id,
    email: request.customer.email ?? null,
    phone: request.customer.phone ?? null,
    orderIds: request.orders_to_redact,
  });
}

/** shop/redact: 48 hours after uninstall, delete everything held for the shop. */
export async function redactShop(db: Database, shop: string, payload: unknown) {
  const request = parseWebhookPayload(shopRedactPayloadSchema, payload);
  if (request.shop_domain !== shop) {
    throw new Response("shop_domain does not match the signed shop", { status: 400 });
  }
  await deleteAllShopData(db, shop);
}
