import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Starts a bulk query; its results are fetched from the operation's url once it completes. */
export const BulkOperationRunQueryMutation = adminOperation(`#graphql
  mutation BulkOperationRunQuery($query: String!) {
    bulkOperationRunQuery(query: $query, groupObjects: false) {
      bulkOperation {
        id
        status
      }
      userErrors {
        ...UserErrorFields
        code
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
