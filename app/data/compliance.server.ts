// What Concierge holds about one customer of one shop, for Shopify's
// mandatory compliance webhooks. Each model holding customer data
// contributes a `CustomerDataSource`; a new model adds one here, and the
// compliance tests check that each source is reported and redacted.
import { phraseText } from "../domain/phrase";
import { serverTranslate } from "../i18n/resources.server";
import { normalizePhone } from "../domain/helpdesk/touches";
import { Prisma } from "@prisma/client";
import type { Database, DatabaseClient } from "../db.server";
import { storedReason, toJson } from "./json";
import { readPage, type PageRequest } from "../domain/paging";

export interface CustomerReference {
  customerId: string;
  email: string | null;
  phone: string | null;
  /** Orders Shopify names in the request (orders_requested / orders_to_redact). */
  orderIds: string[];
}

export interface CustomerDataSource {
  name: string;
  report(db: DatabaseClient, shop: string, customer: CustomerReference): Promise<unknown[]>;
  redact(db: DatabaseClient, shop: string, customer: CustomerReference): Promise<void>;
}

function ordersOf(shop: string, customer: CustomerReference) {
  return {
    shop,
    OR: [
      { customerId: customer.customerId },
      ...(customer.orderIds.length ? [{ orderId: { in: customer.orderIds } }] : []),
    ],
  };
}

/** The customer's shipments: those of their orders, or sent to their email. */
async function shipmentsOf(db: DatabaseClient, shop: string, customer: CustomerReference) {
  const orders = await db.order.findMany({ where: ordersOf(shop, customer), select: { orderId: true } });
  const orderIds = [...new Set([...customer.orderIds, ...orders.map((order) => order.orderId)])];
  return { shop, OR: [{ orderId: { in: orderIds } }, ...(customer.email ? [{ email: customer.email }] : [])] };
}

async function outreachMessagesOf(db: DatabaseClient, shop: string, customer: CustomerReference) {
  const { OR } = await shipmentsOf(db, shop, customer);
  return {
    shop,
    OR: [{ customerId: customer.customerId }, ...OR.map((condition) => ("email" in condition ? { toEmail: condition.email } : condition))],
  };
}

/**
 * Shopify events about the customer that are still waiting (queued, or failed
 * and awaiting the merchant's Retry) keep their payload, which names them.
 * Ids arrive as numbers, or as strings when beyond 2^53 (domain/shopify-json.ts).
 */
/** The customer's helpdesk touches: by their Shopify id, email (lower-cased as stored) or phone (+ and digits). */
function touchesOf(shop: string, customer: CustomerReference) {
  const phone = normalizePhone(customer.phone);
  return {
    shop,
    OR: [
      { customerId: customer.customerId },
      ...(customer.email ? [{ customerEmail: customer.email.trim().toLowerCase() }] : []),
      ...(phone ? [{ customerPhone: phone }] : []),
    ],
  };
}

function pendingEventsOf(shop: string, customer: CustomerReference) {
  const numeric = Number(customer.customerId);
  const ids: Prisma.JsonFilter<"WebhookEvent">[] = [
    { path: ["customer", "id"], equals: customer.customerId },
    { path: ["id"], equals: customer.customerId },
    ...(Number.isSafeInteger(numeric) ? [{ path: ["customer", "id"], equals: numeric }, { path: ["id"], equals: numeric }] : []),
    ...(customer.email ? [{ path: ["email"], equals: customer.email }, { path: ["customer", "email"], equals: customer.email }] : []),
  ];
  return { shop, status: { not: "processed" as const }, OR: ids.map((payload) => ({ payload })) };
}

export const customerDataSources: CustomerDataSource[] = [
  {
    name: "Shopify events waiting to be processed",
    async report(db, shop, customer) {
      return db.webhookEvent.findMany({
        where: pendingEventsOf(shop, customer),
        select: { topic: true, status: true, receivedAt: true, payload: true },
      });
    },
    // The event cannot be processed without what it says; it is closed, and its payload goes.
    async redact(db, shop, customer) {
      await db.webhookEvent.updateMany({
        where: pendingEventsOf(shop, customer),
        data: { status: "processed", payload: Prisma.DbNull, lastError: "Redacted at the customer's request" },
      });
    },
  },
  {
    name: "customer profile",
    async report(db, shop, customer) {
      return db.customer.findMany({
        where: { shop, customerId: customer.customerId },
        select: { customerId: true, email: true, phone: true, firstName: true, lastName: true, updatedAt: true },
      });
    },
    async redact(db, shop, customer) {
      await db.customer.deleteMany({ where: { shop, customerId: customer.customerId } });
    },
  },
  {
    name: "orders",
    async report(db, shop, customer) {
      const orders = await db.order.findMany({
        where: ordersOf(shop, customer),
        select: {
          orderId: true,
          name: true,
          email: true,
          currencyCode: true,
          totalPriceMinor: true,
          refundedMinor: true,
          discountCodes: true,
          cartAttributes: true,
          processedAt: true,
        },
        orderBy: { processedAt: "asc" },
      });
      return orders.map((order) => ({
        ...order,
        totalPriceMinor: order.totalPriceMinor.toString(),
        refundedMinor: order.refundedMinor.toString(),
      }));
    },
    // Orders stay, anonymised: the merchant's revenue figures need the
    // amounts, not who paid them.
    async redact(db, shop, customer) {
      await db.order.updateMany({
        where: ordersOf(shop, customer),
        data: { customerId: null, email: null, cartAttributes: {} },
      });
    },
  },
  {
    name: "VIP tier and its history",
    async report(db, shop, customer) {
      const [tier, history] = await Promise.all([
        db.customerTier.findMany({ where: { shop, customerId: customer.customerId } }),
        db.tierChange.findMany({ where: { shop, customerId: customer.customerId }, orderBy: { createdAt: "asc" } }),
      ]);
      // Reasons are phrases (a key and its values) until read: the report says them in English.
      const english = serverTranslate("en");
      const readable = <Row extends { reason: Prisma.JsonValue }>(row: Row) => ({
        ...row,
        reason: storedReason(row.reason).map((line) => (typeof line === "string" ? line : phraseText(line, english))),
      });
      return [...tier.map(readable), ...history.map(readable)];
    },
    async redact(db, shop, customer) {
      await db.customerTier.deleteMany({ where: { shop, customerId: customer.customerId } });
      await db.tierChange.deleteMany({ where: { shop, customerId: customer.customerId } });
    },
  },
  {
    // The code stays (an agent's budget spent on it is the merchant's record);
    // who it was for does not.
    name: "delight codes issued to the customer",
    async report(db, shop, customer) {
      const codes = await db.agentCode.findMany({
        where: { shop, customerId: customer.customerId },
        select: { code: true, kind: true, createdAt: true, expiresAt: true, status: true },
      });
      return codes;
    },
    async redact(db, shop, customer) {
      await db.agentCode.updateMany({ where: { shop, customerId: customer.customerId }, data: { customerId: null } });
    },
  },
  {
    // Outcomes stay for the merchant's figures; who they were for does not.
    name: "exchange offers made to the customer",
    async report(db, shop, customer) {
      return db.exchangeOutcome.findMany({
        where: { shop, OR: [{ customerId: customer.customerId }, { orderId: { in: customer.orderIds } }] },
        select: { orderId: true, status: true, channel: true, returnReason: true, createdAt: true, decidedAt: true },
      });
    },
    async redact(db, shop, customer) {
      await db.exchangeOutcome.updateMany({
        where: { shop, OR: [{ customerId: customer.customerId }, { orderId: { in: customer.orderIds } }] },
        data: { customerId: null, returnReason: null },
      });
    },
  },
  {
    // Cached tracking data: the order as its tracking page shows it (no longer its email or phone, decision 017).
    name: "cached order tracking",
    async report(db, shop, customer) {
      return db.trackingSnapshot.findMany({
        where: { shop, OR: [{ customerId: customer.customerId }, { orderId: { in: customer.orderIds } }] },
        select: { orderId: true, orderName: true, email: true, phone: true, fetchedAt: true },
      });
    },
    async redact(db, shop, customer) {
      await db.trackingSnapshot.deleteMany({
        where: { shop, OR: [{ customerId: customer.customerId }, { orderId: { in: customer.orderIds } }] },
      });
    },
  },
  {
    // A shipment's record names its order's email; the carrier's scans say where the package went.
    name: "shipments",
    async report(db, shop, customer) {
      return db.shipment.findMany({
        where: await shipmentsOf(db, shop, customer),
        select: { orderId: true, orderName: true, email: true, trackingCompany: true, trackingNumber: true, events: true, shippedAt: true, deliveredAt: true },
      });
    },
    async redact(db, shop, customer) {
      await db.shipment.updateMany({ where: await shipmentsOf(db, shop, customer), data: { email: null, trackingNumber: null, trackingUrl: null, events: [] } });
    },
  },
  {
    // The emails Concierge sent them: the log keeps the fact, not the address.
    name: "emails sent",
    async report(db, shop, customer) {
      return db.outreachMessage.findMany({
        where: await outreachMessagesOf(db, shop, customer),
        select: {
          kind: true,
          status: true,
          toEmail: true,
          subject: true,
          createdAt: true,
          sentAt: true,
          unsubscribedAt: true,
          clicks: { select: { clickedAt: true } },
        },
      });
    },
    async redact(db, shop, customer) {
      const where = await outreachMessagesOf(db, shop, customer);
      // Their clicks name them (customer, address); the messages' counts stay.
      await db.outreachClick.deleteMany({ where: { shop, message: where } });
      await db.outreachMessage.updateMany({ where, data: { toEmail: null, subject: null, customerId: null } });
    },
  },
  {
    // Helpdesk conversations with the customer: the agents' credits on past
    // orders stay (in Attribution), the conversations themselves go.
    name: "helpdesk conversations",
    async report(db, shop, customer) {
      return db.supportTouch.findMany({
        where: touchesOf(shop, customer),
        select: { helpdesk: true, conversationId: true, channel: true, agentEmail: true, customerEmail: true, customerPhone: true, touchedAt: true },
        orderBy: { touchedAt: "asc" },
      });
    },
    async redact(db, shop, customer) {
      await db.supportTouch.deleteMany({ where: touchesOf(shop, customer) });
    },
  },
  {
    // The amounts stay (the merchant's books); the customer's name goes.
    name: "instant refunds",
    async report(db, shop, customer) {
      return db.instantRefund.findMany({ where: { shop, customerId: customer.customerId }, orderBy: { decidedAt: "asc" } });
    },
    async redact(db, shop, customer) {
      await db.instantRefund.updateMany({ where: { shop, customerId: customer.customerId }, data: { customerName: null } });
    },
  },
  {
    // Earlier reports of this customer's data are customer data too.
    name: "data request reports",
    async report(db, shop, customer) {
      const reports = await db.customerDataRequest.findMany({
        where: { shop, customerId: customer.customerId },
        select: { id: true, createdAt: true },
      });
      return reports;
    },
    async redact(db, shop, customer) {
      await db.customerDataRequest.deleteMany({ where: { shop, customerId: customer.customerId } });
    },
  },
];

export async function reportCustomerData(db: DatabaseClient, shop: string, customer: CustomerReference) {
  const sections: Record<string, unknown[]> = {};
  for (const source of customerDataSources) {
    sections[source.name] = await source.report(db, shop, customer);
  }
  return sections;
}

export async function redactCustomerData(db: DatabaseClient, shop: string, customer: CustomerReference) {
  for (const source of customerDataSources) {
    await source.redact(db, shop, customer);
  }
}

export async function recordDataRequest(
  db: DatabaseClient,
  shop: string,
  request: { customer: CustomerReference; dataRequestId: string | null; report: Record<string, unknown[]> },
) {
  return db.customerDataRequest.create({
    data: {
      shop,
      customerId: request.customer.customerId,
      customerEmail: request.customer.email,
      dataRequestId: request.dataRequestId,
      ordersRequested: request.customer.orderIds,
      report: toJson(request.report),
    },
  });
}

/** One page of the shop's data-request reports, latest first. */
export async function listDataRequests(db: Database, shop: string, page: PageRequest) {
  return readPage(
    page,
    () => db.customerDataRequest.count({ where: { shop } }),
    (window) => db.customerDataRequest.findMany({ where: { shop }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
  );
}

export async function getDataRequest(db: Database, shop: string, id: string) {
  return db.customerDataRequest.findFirst({ where: { shop, id } });
}
