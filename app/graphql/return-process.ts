import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/**
 * Processes a return's lines, with the refunds it made. An exchange releases
 * its exchange items for fulfillment before the returned item arrives (only
 * exchange line items: nothing is restocked or refunded until the merchant
 * receives the item); an instant refund processes a VIP's return lines while
 * they travel back and sends the money through the order's payment.
 */
export const ReturnProcessMutation = adminOperation(`#graphql
  mutation ReturnProcess($input: ReturnProcessInput!) {
    returnProcess(input: $input) {
      return {
        id
        status
        refunds(first: 10) {
          nodes {
            id
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
