import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";

export interface InstantRefundProcess {
  returnProcess: {
    return: { id: string; status: string; refunds: { nodes: { id: string }[] } } | null;
    userErrors: UserError[];
  } | null;
}

export interface InstantRefundProcessInput {
  returnId: string;
  returnLineItems: { id: string; quantity: number }[];
  financialTransfer: {
    issueRefund: { orderTransactions: { parentId: string; transactionAmount: { amount: string; currencyCode: string } }[] };
  };
  notifyCustomer: boolean;
  note: string;
}

/** Refunds a VIP's return while it travels back: its lines processed and the money sent back through the order's payment. */
export const InstantRefundProcessMutation = adminOperation<InstantRefundProcess, { input: InstantRefundProcessInput }>(gql`
  mutation InstantRefundProcess($input: ReturnProcessInput!) {
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
        field
        message
        code
      }
    }
  }
`);
