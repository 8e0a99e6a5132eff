/**
 * The one Admin API version Concierge speaks. Every client, the schema
 * contract test and the local Shopify read it from here. A version bump
 * changes it here and the library's constant in shopify.server.ts (the type
 * check holds the two together); the contract test then checks the queries.
 */
export const ADMIN_API_VERSION = "2026-10" as const;
