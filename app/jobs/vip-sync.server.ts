// Brings one customer's VIP tier in line with their facts in Shopify, after an
// order, a refund or a change to the customer. Read fresh from the Admin API
// each time, so it is safe to repeat and to run late; a shop that has
// uninstalled the app meanwhile has nothing left to sync.
import { syncCustomerTier } from "../services/vip-sync.server";
import { hasCustomerTiers, listVipRules } from "../data/vip.server";
import type { JobDefinition } from "./job";

export const vipSyncJob: JobDefinition<"vip-sync"> = {
  batchSize: 5,
  async run(data, { db, adminFor, now }) {
    // Most shops have no rule and nobody in a tier: nothing to read from Shopify.
    const customerId = "customerId" in data ? data.customerId : undefined;
    if ((await listVipRules(db, data.shop)).length === 0 && !(await hasCustomerTiers(db, data.shop, customerId))) return;
    const admin = await adminFor(data.shop);
    const target = "customerId" in data ? { customerId: data.customerId } : { orderId: data.orderId };
    await syncCustomerTier({ db, admin, shop: data.shop, now: now(), trigger: data.trigger }, target);
  },
  async describe(data, { db }) {
    if ("customerId" in data) {
      const customer = await db.customer.findUnique({
        where: { shop_customerId: { shop: data.shop, customerId: data.customerId } },
        select: { firstName: true, lastName: true, email: true },
      });
      const name = [customer?.firstName, customer?.lastName].filter(Boolean).join(" ") || customer?.email;
      return `The VIP tier of ${name ?? `customer ${data.customerId}`}, after ${data.trigger}`;
    }
    const order = await db.order.findUnique({
      where: { shop_orderId: { shop: data.shop, orderId: data.orderId } },
      select: { name: true },
    });
    return `The VIP tier of the customer of order ${order?.name ?? data.orderId}, after ${data.trigger}`;
  },
};
