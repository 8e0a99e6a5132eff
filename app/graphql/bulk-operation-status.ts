import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Where a bulk operation is (currentBulkOperation is deprecated in favour of this). */
export const BulkOperationStatusQuery = adminOperation<
  AdminOps.BulkOperationStatusQuery,
  AdminOps.BulkOperationStatusQueryVariables
>(`#graphql
  query BulkOperationStatus($id: ID!) {
    bulkOperation(id: $id) {
      id
      status
      errorCode
      objectCount
      rootObjectCount
      url
    }
  }
`);
