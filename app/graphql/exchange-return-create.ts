import { adminOperation, type UserError } from "../admin-api.server";

/** Shopify's ReturnInput, the fields an exchange uses. */
export interface ExchangeReturnInput {
  orderId: string;
  requestedAt?: string;
  returnLineItems: {
    fulfillmentLineItemId: string;
    quantity: number;
    /** A ReturnReasonDefinition's id (returnReasonDefinitions); the deprecated returnReason enum is never sent. */
    returnReasonDefinitionId?: string;
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
    return: {
      id: string;
      name: string;
      status: string;
      exchangeLineItems: { nodes: { id: string; variantId: string | null; quantity: number }[] };
    } | null;
    userErrors: UserError[];
  } | null;
}

/** Opens a return for the item, with the exchange items the shopper gets instead of a refund. */
export const ExchangeReturnCreateMutation = adminOperation<ExchangeReturnCreate, { input: ExchangeReturnInput }>(`#graphql
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
