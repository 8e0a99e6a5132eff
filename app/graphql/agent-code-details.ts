import { adminOperation } from "../admin-api.server";

type DateTime = string;

export interface AgentCodeDetail {
  __typename: "DiscountCodeNode";
  id: string;
  codeDiscount: {
    __typename: string;
    status?: "ACTIVE" | "EXPIRED" | "SCHEDULED";
    asyncUsageCount?: number;
    usageLimit?: number | null;
    appliesOncePerCustomer?: boolean;
    endsAt?: DateTime | null;
    minimumRequirement?: { greaterThanOrEqualToSubtotal?: { amount: string; currencyCode: string } } | null;
  };
}

export interface AgentCodeDetails {
  nodes: (AgentCodeDetail | { __typename: string } | null)[];
}

/** What Shopify says of an agent's codes now: whether they work, how often they were used, their rules. */
export const AgentCodeDetailsQuery = adminOperation<AgentCodeDetails, { ids: string[] }>(`#graphql
  query AgentCodeDetails($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on DiscountCodeNode {
        id
        codeDiscount {
          __typename
          ... on DiscountCodeBasic {
            status
            asyncUsageCount
            usageLimit
            appliesOncePerCustomer
            endsAt
            minimumRequirement {
              ... on DiscountMinimumSubtotal {
                greaterThanOrEqualToSubtotal {
                  amount
                  currencyCode
                }
              }
            }
          }
        }
      }
    }
  }
`);
