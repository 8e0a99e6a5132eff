import { gql } from "graphql-request";

/**
 * The bulk query behind a VIP backfill: every customer with the facts tiers
 * are decided from and the tier metafield Concierge last wrote. Bulk queries
 * take no variables, so the metafield's namespace and key are written out;
 * a test keeps them equal to TIER_METAFIELD. Each JSONL line is one
 * VipCustomerNode without displayName.
 */
export const VIP_BACKFILL_CUSTOMERS_QUERY = gql`
  query VipBackfillCustomers {
    customers {
      edges {
        node {
          id
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
          metafield(namespace: "$app", key: "vip_tier") {
            jsonValue
          }
        }
      }
    }
  }
`;
