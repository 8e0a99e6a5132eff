// The access scopes Shopify requires, as its Admin API reference states them
// ("Requires `read_orders` access scope." on each object, query and
// mutation page). The emulator refuses a field or mutation a token lacks the
// scope for with Shopify's ACCESS_DENIED, and `scopesNeeded` lists what a
// document needs, so a test can hold an app's configured scopes to the
// operations it sends. Each entry is a list of alternatives: any one grants
// access. A write scope grants its read scope, as on Shopify.
import { getNamedType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from "graphql";

/** Root query fields and mutations, by name. */
export const ROOT_FIELD_ACCESS: Readonly<Record<string, readonly string[]>> = {
  // Queries
  order: ["read_orders", "read_marketplace_orders"],
  orders: ["read_orders", "read_marketplace_orders"],
  ordersCount: ["read_orders", "read_marketplace_orders"],
  customer: ["read_customers"],
  customers: ["read_customers"],
  customersCount: ["read_customers"],
  product: ["read_products"],
  products: ["read_products"],
  productVariant: ["read_products"],
  productVariants: ["read_products"],
  collection: ["read_products"],
  collections: ["read_products"],
  codeDiscountNode: ["read_discounts"],
  codeDiscountNodeByCode: ["read_discounts"],
  codeDiscountNodes: ["read_discounts"],
  discountNodes: ["read_discounts"],
  returnableFulfillments: ["read_returns"],
  returnableFulfillment: ["read_returns"],
  return: ["read_returns"],
  reverseDelivery: ["read_returns"],
  reverseFulfillmentOrder: ["read_returns"],
  returnReasonDefinitions: ["read_returns"],
  draftOrder: ["read_draft_orders"],
  draftOrders: ["read_draft_orders"],
  urlRedirects: ["read_online_store_navigation"],
  urlRedirect: ["read_online_store_navigation"],
  locations: ["read_locations", "read_inventory"],
  // Mutations
  customerUpdate: ["write_customers"],
  customerEmailMarketingConsentUpdate: ["write_customers"],
  discountCodeBasicCreate: ["write_discounts"],
  discountRedeemCodeBulkAdd: ["write_discounts"],
  discountCodeBasicUpdate: ["write_discounts"],
  discountCodeActivate: ["write_discounts"],
  discountCodeDeactivate: ["write_discounts"],
  returnCreate: ["write_returns"],
  returnProcess: ["write_returns"],
  reverseDeliveryCreateWithShipping: ["write_returns"],
  reverseDeliveryShippingUpdate: ["write_returns"],
  draftOrderCreate: ["write_draft_orders"],
  draftOrderComplete: ["write_draft_orders"],
  urlRedirectCreate: ["write_online_store_navigation"],
};

/**
 * Objects whose every field needs a scope, wherever they are reached from
 * (an order's customer needs `read_customers` as much as `customer(id:)`).
 * FulfillmentOrder is absent: Shopify does not refuse it, it leaves out the
 * fulfillment orders the token may not see (`fulfillmentOrderScope`).
 */
export const TYPE_ACCESS: Readonly<Record<string, readonly string[]>> = {
  Order: ROOT_FIELD_ACCESS.orders!,
  Customer: ["read_customers"],
  Product: ["read_products"],
  ProductVariant: ["read_products"],
  Collection: ["read_products"],
  DiscountCodeNode: ["read_discounts"],
  Return: ["read_returns"],
  ReverseDelivery: ["read_returns"],
  ReverseFulfillmentOrder: ["read_returns"],
  ReturnableFulfillment: ["read_returns"],
  DraftOrder: ["read_draft_orders"],
  UrlRedirect: ["read_online_store_navigation"],
  InventoryItem: ["read_inventory", "read_products"],
};

/** The scopes that show fulfillment orders at a location the merchant fulfills from, and at a fulfillment service's (3PL). */
export const FULFILLMENT_ORDER_SCOPES = {
  merchantManaged: "read_merchant_managed_fulfillment_orders",
  thirdParty: "read_third_party_fulfillment_orders",
} as const;

/** Whether the granted scopes hold `scope` (a write scope grants its read). */
export function hasScope(granted: ReadonlySet<string>, scope: string): boolean {
  return granted.has(scope) || (scope.startsWith("read_") && granted.has(`write_${scope.slice("read_".length)}`));
}

export function hasAnyScope(granted: ReadonlySet<string>, alternatives: readonly string[]): boolean {
  return alternatives.some((scope) => hasScope(granted, scope));
}

export interface ScopeNeed {
  /** Where in the document: "Mutation.returnCreate" or "Order" (a type selected). */
  where: string;
  anyOf: readonly string[];
}

/** Every scope requirement of a document: its root fields and mutations, and the typed objects it selects fields of. */
export function scopesNeeded(schema: GraphQLSchema, document: DocumentNode): ScopeNeed[] {
  const needs = new Map<string, ScopeNeed>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType()?.name;
        if (parent === "QueryRoot" || parent === "Mutation") {
          const anyOf = ROOT_FIELD_ACCESS[node.name.value];
          if (anyOf) needs.set(`${parent}.${node.name.value}`, { where: `${parent}.${node.name.value}`, anyOf });
        }
        const type = typeInfo.getType();
        const named = type ? getNamedType(type).name : undefined;
        const anyOf = named ? TYPE_ACCESS[named] : undefined;
        if (named && anyOf && node.selectionSet) needs.set(named, { where: named, anyOf });
      },
    }),
  );
  return [...needs.values()];
}
