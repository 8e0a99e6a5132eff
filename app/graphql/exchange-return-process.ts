import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/**
 * Releases a return's exchange items for fulfillment, before the returned
 * item arrives: only exchange line items are processed, so nothing is
 * restocked or refunded until the merchant receives the item.
 */
export const ExchangeReturnProcessMutation = adminOperation<
  AdminOps.ExchangeReturnProcessMutation,
  AdminOps.ExchangeReturnProcessMutationVariables
>(`#graphql
  mutation ExchangeReturnProcess($input: ReturnProcessInput!) {
    returnProcess(input: $input) {
      return {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
