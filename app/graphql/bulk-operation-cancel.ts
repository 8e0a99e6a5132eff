import { adminOperation, type UserError } from "../admin-api.server";

export interface BulkOperationCancel {
  bulkOperationCancel: { bulkOperation: { id: string; status: string } | null; userErrors: UserError[] } | null;
}

/** Cancels a bulk operation a newer one has made useless. */
export const BulkOperationCancelMutation = adminOperation<BulkOperationCancel, { id: string }>(`#graphql
  mutation BulkOperationCancel($id: ID!) {
    bulkOperationCancel(id: $id) {
      bulkOperation {
        id
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);
