import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/**
 * Stops an agent's code working when the agent is deactivated (`active:
 * false`, discountCodeDeactivate), or makes it work again (`active: true`,
 * discountCodeActivate): one operation, the other field skipped.
 */
export const DiscountCodeSetActiveMutation = adminOperation(`#graphql
  mutation DiscountCodeSetActive($id: ID!, $active: Boolean!) {
    discountCodeActivate(id: $id) @include(if: $active) {
      userErrors {
        ...UserErrorFields
      }
    }
    discountCodeDeactivate(id: $id) @skip(if: $active) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
