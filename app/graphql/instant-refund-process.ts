import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Refunds a VIP's return while it travels back: its lines processed and the money sent back through the order's payment. */
export const InstantRefundProcessMutation = adminOperation<
  AdminOps.InstantRefundProcessMutation,
  AdminOps.InstantRefundProcessMutationVariables
>(`#graphql
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
