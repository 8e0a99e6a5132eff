// One batch of the store-history export's lines, written as the webhooks
// would have written them (store-import.server.ts drives the batches).
import type { Order, Prisma } from "@prisma/client";
import type { DatabaseClient } from "../db.server";
import { findOrders, lockOrders, recordRefunds, upsertOrdersFacts } from "../data/orders.server";
import { upsertCustomerIdentities } from "../data/customers.server";
import {
  customerIdentityFromImport,
  importedCustomerSchema,
  importedOrderSchema,
  orderFactsFromImport,
  refundFactsFromImport,
} from "../domain/store-import";
import { creditOrders, refreshMonthlySums } from "./attribution.server";
import { recordOrderDays } from "./order-days.server";
import { parseStorableJson } from "../domain/storable-text";

export interface BatchMade {
  orders: number;
  refunds: number;
  customers: number;
  oldestOrder: Date | null;
}

/**
 * Orders as their webhooks would have left them: facts, refunds and the
 * customer's identity through the webhooks' own writes (newer facts held
 * are kept), then each order's credit and the monthly and daily sums they
 * belong to, from the orders as now held.
 */
export async function applyOrders(tx: Prisma.TransactionClient, shop: string, lines: string[]): Promise<BatchMade> {
  const orders = lines
    .map((line) => parseStorableJson(line) as Record<string, unknown>)
    // The orders export has no nested connection; a child line would be no order.
    .filter((node) => node.__parentId === undefined)
    .map((node) => importedOrderSchema.parse(node));
  const facts = orders.map(orderFactsFromImport);
  const refunds = orders.flatMap(refundFactsFromImport);
  const orderIds = facts.map((order) => order.orderId);
  await lockOrders(tx, shop, orderIds);
  await upsertOrdersFacts(tx, shop, facts);
  await recordRefunds(tx, shop, refunds);
  await upsertCustomerIdentities(
    tx,
    shop,
    orders.flatMap((order) => (order.customer ? [customerIdentityFromImport(order.customer)] : [])),
  );
  const held: Order[] = await findOrders(tx, shop, orderIds);
  await refreshMonthlySums(tx, shop, await creditOrders(tx, shop, held));
  await recordOrderDays(tx, shop, held);
  const oldestOrder = facts.reduce<Date | null>(
    (oldest, order) => (!oldest || order.processedAt < oldest ? order.processedAt : oldest),
    null,
  );
  return { orders: orders.length, refunds: refunds.length, customers: 0, oldestOrder };
}

export async function applyCustomers(tx: DatabaseClient, shop: string, lines: string[]): Promise<BatchMade> {
  const customers = lines
    .map((line) => parseStorableJson(line) as Record<string, unknown>)
    .filter((node) => node.__parentId === undefined)
    .map((node) => customerIdentityFromImport(importedCustomerSchema.parse(node)));
  await upsertCustomerIdentities(tx, shop, customers);
  return { orders: 0, refunds: 0, customers: customers.length, oldestOrder: null };
}
