import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Cancels a bulk operation a newer one has made useless. */
export const BulkOperationCancelMutation = adminOperation(`#graphql
  mutation BulkOperationCancel($id: ID!) {
    bulkOperationCancel(id: $id) {
      bulkOperation {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
