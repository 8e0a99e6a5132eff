import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import type { DiscountCodeBasicInput } from "./discount-code-basic-create";
import { DISCOUNT_CODE_NODE_FIELDS, type DiscountCodeNodeFields } from "./fragments/discount-code-node";

export interface DiscountCodeBasicUpdate {
  discountCodeBasicUpdate: { codeDiscountNode: DiscountCodeNodeFields | null; userErrors: UserError[] } | null;
}

/** Changes an agent's code in Shopify: its value and rules, or a delight code's end date. */
export const DiscountCodeBasicUpdateMutation = adminOperation<
  DiscountCodeBasicUpdate,
  { id: string; basicCodeDiscount: DiscountCodeBasicInput }
>(gql`
  mutation DiscountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) {
      codeDiscountNode {
        ...DiscountCodeNodeFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${DISCOUNT_CODE_NODE_FIELDS}
`);
