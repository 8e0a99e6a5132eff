import { adminOperation, type UserError } from "../admin-api.server";

export interface BulkOperationRunQuery {
  bulkOperationRunQuery: { bulkOperation: { id: string; status: string } | null; userErrors: UserError[] } | null;
}

/** Starts a bulk query; its results are fetched from the operation's url once it completes. */
export const BulkOperationRunQueryMutation = adminOperation<BulkOperationRunQuery, { query: string }>(`#graphql
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
