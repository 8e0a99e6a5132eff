import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import type { ReturnReason } from "../domain/exchange/offers";

/** Shopify's ReturnInput, the fields an exchange uses. */
export interface ExchangeReturnInput {
  orderId: string;
  requestedAt?: string;
  returnLineItems: {
    fulfillmentLineItemId: string;
    quantity: number;
    /** Deprecated in favour of returnReasonDefinitionId, still accepted by 2026-10 (see decision 007). */
    returnReason?: ReturnReason;
    returnReasonNote?: string;
  }[];
  exchangeLineItems?: {
    variantId: string;
    quantity: number;
    appliedDiscount?: { description?: string; value: { percentage: number } | { amount: { amount: string; currencyCode: string } } };
  }[];
}

export interface ExchangeReturnCreate {
  returnCreate: {
    return: { id: string; name: string; status: string; exchangeLineItems: { nodes: { id: string; variantId: string | null; quantity: number }[] } } | null;
    userErrors: UserError[];
  } | null;
}

/** Opens a return for the item, with the exchange items the shopper gets instead of a refund. */
export const ExchangeReturnCreateMutation = adminOperation<ExchangeReturnCreate, { input: ExchangeReturnInput }>(gql`
  mutation ExchangeReturnCreate($input: ReturnInput!) {
    returnCreate(returnInput: $input) {
      return {
        id
        name
        status
        exchangeLineItems(first: 10) {
          nodes {
            id
            variantId
            quantity
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
