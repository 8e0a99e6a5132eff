import { adminOperation } from "../admin-api.server";
import { DISCOUNT_USER_ERROR_FIELDS } from "./fragments/discount-code-node";
import type * as AdminOps from "../types/admin.generated";

/** Adds up to 250 codes to a campaign's discount (asynchronously in Shopify): a welcome campaign's single-use codes. */
export const DiscountRedeemCodeBulkAddMutation = adminOperation<
  AdminOps.DiscountRedeemCodeBulkAddMutation,
  AdminOps.DiscountRedeemCodeBulkAddMutationVariables
>(`#graphql
  mutation DiscountRedeemCodeBulkAdd($discountId: ID!, $codes: [DiscountRedeemCodeInput!]!) {
    discountRedeemCodeBulkAdd(discountId: $discountId, codes: $codes) {
      bulkCreation {
        id
      }
      userErrors {
        ...DiscountUserErrorFields
      }
    }
  }
  ${DISCOUNT_USER_ERROR_FIELDS}
`);
