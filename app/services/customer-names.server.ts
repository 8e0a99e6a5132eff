// Customers' names for the admin's lists: from what Concierge holds (webhooks,
// the history import), and from Shopify for the few it does not know yet.
import { adminQuery } from "../admin-api.server";
import { customerNames } from "../data/customers.server";
import { numericId, shopifyGid } from "../domain/shopify-ids";
import { CustomerNamesQuery } from "../graphql/customer-names";
import type { ServiceContext } from "./context";

/** Shopify's nodes(ids:) takes at most 250 ids. */
const NODES_LIMIT = 250;

export async function namesOfCustomers(ctx: Pick<ServiceContext, "db" | "admin" | "shop">, customerIds: readonly string[]) {
  const names = await customerNames(ctx.db, ctx.shop, customerIds);
  const missing = [...new Set(customerIds)].filter((id) => !names.has(id)).slice(0, NODES_LIMIT);
  if (missing.length > 0) {
    const { nodes } = await adminQuery(ctx.admin, CustomerNamesQuery, { ids: missing.map((id) => shopifyGid("Customer", id)) });
    for (const node of nodes) if (node && "displayName" in node) names.set(numericId(node.id), node.displayName);
  }
  return names;
}
