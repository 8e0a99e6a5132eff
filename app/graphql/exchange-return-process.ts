import { adminOperation, type UserError } from "../admin-api.server";

export interface ExchangeReturnProcess {
  returnProcess: { return: { id: string; status: string } | null; userErrors: UserError[] } | null;
}

/**
 * Releases a return's exchange items for fulfillment, before the returned
 * item arrives: only exchange line items are processed, so nothing is
 * restocked or refunded until the merchant receives the item.
 */
export const ExchangeReturnProcessMutation = adminOperation<
  ExchangeReturnProcess,
  { input: { returnId: string; exchangeLineItems: { id: string; quantity: number }[]; notifyCustomer?: boolean; note?: string } }
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
