import { VIP_CUSTOMER_FACTS_FIELDS } from "./fragments/vip-customer-facts";

/**
 * The bulk query behind a VIP backfill: every customer with the facts tiers
 * are decided from and the tier metafield Concierge last wrote. Bulk queries
 * take no variables, so the metafield's namespace and key are written out;
 * a test keeps them equal to TIER_METAFIELD. Each JSONL line is one
 * VipCustomerNode.
 */
export const VIP_BACKFILL_CUSTOMERS_QUERY = `#graphql
  query VipBackfillCustomers {
    customers {
      edges {
        node {
          ...VipCustomerFactsFields
          metafield(namespace: "$app", key: "vip_tier") {
            jsonValue
          }
        }
      }
    }
  }
  ${VIP_CUSTOMER_FACTS_FIELDS}
`;
