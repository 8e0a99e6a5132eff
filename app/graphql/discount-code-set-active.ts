import { adminOperation, type UserError } from "../admin-api.server";
import { DISCOUNT_USER_ERROR_FIELDS } from "./fragments/discount-code-node";

export interface DiscountCodeSetActive {
  discountCodeActivate?: { userErrors: UserError[] } | null;
  discountCodeDeactivate?: { userErrors: UserError[] } | null;
}

/**
 * Stops an agent's code working when the agent is deactivated (`active:
 * false`, discountCodeDeactivate), or makes it work again (`active: true`,
 * discountCodeActivate): one operation, the other field skipped.
 */
export const DiscountCodeSetActiveMutation = adminOperation<DiscountCodeSetActive, { id: string; active: boolean }>(`#graphql
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
