import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Cancels a bulk operation a newer one has made useless. */
export const BulkOperationCancelMutation = adminOperation<
  AdminOps.BulkOperationCancelMutation,
  AdminOps.BulkOperationCancelMutationVariables
>(`#graphql
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
