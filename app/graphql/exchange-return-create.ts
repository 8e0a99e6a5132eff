import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Opens a return for the item, with the exchange items the shopper gets instead of a refund. */
export const ExchangeReturnCreateMutation = adminOperation(`#graphql
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
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
