import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Starts a bulk query; its results are fetched from the operation's url once it completes. */
export const BulkOperationRunQueryMutation = adminOperation<
  AdminOps.BulkOperationRunQueryMutation,
  AdminOps.BulkOperationRunQueryMutationVariables
>(`#graphql
  mutation BulkOperationRunQuery($query: String!) {
    bulkOperationRunQuery(query: $query, groupObjects: false) {
      bulkOperation {
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
