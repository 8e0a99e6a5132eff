import { adminOperation, type UserError } from "../admin-api.server";
import type { DiscountCodeBasicInput } from "./discount-code-basic-create";
import { DISCOUNT_USER_ERROR_FIELDS } from "./fragments/discount-code-node";

export interface DiscountCodeBasicUpdate {
  discountCodeBasicUpdate: { userErrors: UserError[] } | null;
}

/** Changes an agent's code in Shopify: its value and rules, or a delight code's end date. */
export const DiscountCodeBasicUpdateMutation = adminOperation<
  DiscountCodeBasicUpdate,
  { id: string; basicCodeDiscount: DiscountCodeBasicInput }
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
