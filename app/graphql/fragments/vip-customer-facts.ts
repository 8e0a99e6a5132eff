import type * as AdminOps from "../../types/admin.generated";

/**
 * What a VIP tier is decided from, for one customer. The tier metafield is
 * not in it: its namespace and key are the operation's variables, which a
 * preview page does not have.
 */
export type VipCustomerFactsFields = AdminOps.VipCustomerFactsFieldsFragment;

export const VIP_CUSTOMER_FACTS_FIELDS = `#graphql
  fragment VipCustomerFactsFields on Customer {
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
  }
`;
