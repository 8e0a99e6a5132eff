import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Changes an agent's code in Shopify: its value and rules, or a delight code's end date. */
export const DiscountCodeBasicUpdateMutation = adminOperation(`#graphql
  mutation DiscountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
