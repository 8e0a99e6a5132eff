import { adminOperation } from "../admin-api.server";
import { DISCOUNT_USER_ERROR_FIELDS } from "./fragments/discount-code-node";
import type * as AdminOps from "../types/admin.generated";

/**
 * Stops an agent's code working when the agent is deactivated (`active:
 * false`, discountCodeDeactivate), or makes it work again (`active: true`,
 * discountCodeActivate): one operation, the other field skipped.
 */
export const DiscountCodeSetActiveMutation = adminOperation<
  AdminOps.DiscountCodeSetActiveMutation,
  AdminOps.DiscountCodeSetActiveMutationVariables
>(`#graphql
  mutation DiscountCodeSetActive($id: ID!, $active: Boolean!) {
    discountCodeActivate(id: $id) @include(if: $active) {
      userErrors {
        ...DiscountUserErrorFields
      }
    }
    discountCodeDeactivate(id: $id) @skip(if: $active) {
      userErrors {
        ...DiscountUserErrorFields
      }
    }
  }
  ${DISCOUNT_USER_ERROR_FIELDS}
`);
