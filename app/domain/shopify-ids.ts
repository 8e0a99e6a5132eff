// Shopify's ids: the Admin API names an object "gid://shopify/Order/123",
// webhooks and the app proxy name it "123". Every conversion goes through
// Shopify's own helpers, here, and nowhere else.
import { composeGid, isGid, parseGid } from "@shopify/admin-graphql-api-utilities";

/** The kinds of Shopify object Concierge names by id. */
export type ShopifyObjectType =
  | "Collection"
  | "Customer"
  | "DraftOrder"
  | "FulfillmentLineItem"
  | "InventoryItem"
  | "LineItem"
  | "Order"
  | "Product"
  | "ProductVariant"
  | "Return";

/** "gid://shopify/Order/123" → "123"; "123" is kept. Throws on an id with nothing after its last slash. */
export function numericId(id: string): string {
  return parseGid(id);
}

/** "123" → "gid://shopify/Order/123"; a GID is kept as it is. */
export function shopifyGid(type: ShopifyObjectType, id: string | number): string {
  const text = String(id);
  return isGid(text) ? text : composeGid(type, parseGid(text));
}

export function isShopifyGid(id: string): boolean {
  return isGid(id);
}
