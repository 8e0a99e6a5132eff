import { adminOperation } from "./admin-operation";

/** Where a bulk operation is (currentBulkOperation is deprecated in favour of this). */
export const BulkOperationStatusQuery = adminOperation(`#graphql
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
