// The one Admin API version Concierge speaks. Every client, the schema
// contract test and the local Shopify read it from here, so a version bump
// is a one-line change that the contract test then checks. It is the
// library's own constant, so shopifyApp and shopifyApi accept it as it is.
import { ApiVersion } from "@shopify/shopify-api";

export const ADMIN_API_VERSION = ApiVersion.October26;
