import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

type DateTime = string;

/** What a VIP tier is decided from, and the tier Concierge last wrote, for one customer. */
export interface VipCustomerNode {
  id: string;
  displayName: string;
  tags: string[];
  amountSpent: { amount: string; currencyCode: string };
  /** UnsignedInt64, as a string. */
  numberOfOrders: string;
  lastOrder: { processedAt: DateTime; createdAt: DateTime } | null;
  updatedAt: DateTime;
  metafield: { jsonValue: unknown } | null;
}

export interface VipCustomerFacts {
  customer: VipCustomerNode | null;
}

export interface TierMetafieldVariables {
  namespace: string;
  key: string;
}

/** One customer's facts, read fresh: a webhook payload is never trusted for them. */
export const VipCustomerFactsQuery = adminOperation<VipCustomerFacts, { id: string } & TierMetafieldVariables>(gql`
  query VipCustomerFacts($id: ID!, $namespace: String!, $key: String!) {
    customer(id: $id) {
      id
      displayName
      tags
      amountSpent {
        amount
        currencyCode
      }
      numberOfOrders
      lastOrder {
        processedAt
        createdAt
      }
      updatedAt
      metafield(namespace: $namespace, key: $key) {
        jsonValue
      }
    }
  }
`);
