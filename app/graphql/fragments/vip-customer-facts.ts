type DateTime = string;

/**
 * What a VIP tier is decided from, for one customer. The tier metafield is
 * not in it: its namespace and key are the operation's variables, which a
 * preview page does not have.
 */
export interface VipCustomerFactsFields {
  id: string;
  displayName: string;
  tags: string[];
  amountSpent: { amount: string; currencyCode: string };
  /** UnsignedInt64, as a string. */
  numberOfOrders: string;
  lastOrder: { processedAt: DateTime; createdAt: DateTime } | null;
  updatedAt: DateTime;
}

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
