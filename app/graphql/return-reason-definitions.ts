import { adminOperation } from "./admin-operation";

/** Shopify's return reasons with these handles (returnCreate takes their ids). */
export const ReturnReasonDefinitionsQuery = adminOperation(`#graphql
  query ReturnReasonDefinitions($handles: [String!]) {
    returnReasonDefinitions(first: 10, handles: $handles) {
      nodes {
        id
        handle
        deleted
      }
    }
  }
`);
