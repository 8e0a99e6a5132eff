import { adminOperation } from "../admin-api.server";

export interface BulkOperationStatus {
  bulkOperation: {
    id: string;
    status: "CANCELED" | "CANCELING" | "COMPLETED" | "CREATED" | "EXPIRED" | "FAILED" | "RUNNING";
    errorCode: string | null;
    objectCount: string;
    rootObjectCount: string;
    url: string | null;
  } | null;
}

/** Where a bulk operation is (currentBulkOperation is deprecated in favour of this). */
export const BulkOperationStatusQuery = adminOperation<BulkOperationStatus, { id: string }>(`#graphql
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
