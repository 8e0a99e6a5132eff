/**
 * The one Admin API version Concierge speaks. Every client, the schema
 * contract test and the local Shopify read it from here, so a version bump
 * is a one-line change that the contract test then checks.
 */
export const ADMIN_API_VERSION = "2026-10" as const;
