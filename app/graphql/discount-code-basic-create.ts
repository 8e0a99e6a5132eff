import { adminOperation } from "./admin-operation";
import { DISCOUNT_CODE_NODE_FIELDS } from "./fragments/discount-code-node";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Creates an agent's code in Shopify; a code already in use comes back as userError TAKEN. */
export const DiscountCodeBasicCreateMutation = adminOperation(`#graphql
  mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
      codeDiscountNode {
        ...DiscountCodeNodeFields
      }
      userErrors {
        ...UserErrorFields
        code
      }
    }
  }
  ${DISCOUNT_CODE_NODE_FIELDS}
  ${USER_ERROR_FIELDS}
`);
