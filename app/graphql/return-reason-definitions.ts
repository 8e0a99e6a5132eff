import { adminOperation } from "../admin-api.server";

export interface ReturnReasonDefinitions {
  returnReasonDefinitions: { nodes: { id: string; handle: string; deleted: boolean }[] };
}

/** Shopify's return reasons with these handles (returnCreate takes their ids). */
export const ReturnReasonDefinitionsQuery = adminOperation<ReturnReasonDefinitions, { handles: string[] }>(`#graphql
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
