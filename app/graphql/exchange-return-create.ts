import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Opens a return for the item, with the exchange items the shopper gets instead of a refund. */
export const ExchangeReturnCreateMutation = adminOperation<
  AdminOps.ExchangeReturnCreateMutation,
  AdminOps.ExchangeReturnCreateMutationVariables
>(`#graphql
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
