import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";

type AgentCodeNode = Extract<AdminOps.AgentCodeDetailsQuery["nodes"][number], { __typename: "DiscountCodeNode" }>;

/** An agent's code as Shopify has it now (Concierge makes only basic codes): status, uses, rules. */
export type AgentCodeDetail = Extract<AgentCodeNode["codeDiscount"], { __typename: "DiscountCodeBasic" }>;

/** What Shopify says of an agent's codes now: whether they work, how often they were used, their rules. */
export const AgentCodeDetailsQuery = adminOperation(`#graphql
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
