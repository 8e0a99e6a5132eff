import { adminOperation } from "../admin-api.server";
import { DISCOUNT_USER_ERROR_FIELDS } from "./fragments/discount-code-node";
import type * as AdminOps from "../types/admin.generated";

/** Changes an agent's code in Shopify: its value and rules, or a delight code's end date. */
export const DiscountCodeBasicUpdateMutation = adminOperation<
  AdminOps.DiscountCodeBasicUpdateMutation,
  AdminOps.DiscountCodeBasicUpdateMutationVariables
>(`#graphql
  mutation DiscountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) {
      userErrors {
        ...DiscountUserErrorFields
      }
    }
  }
  ${DISCOUNT_USER_ERROR_FIELDS}
`);
