import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import { DISCOUNT_CODE_NODE_FIELDS, type DiscountCodeNodeFields } from "./fragments/discount-code-node";

export interface DiscountCodeActivate {
  discountCodeActivate: { codeDiscountNode: DiscountCodeNodeFields | null; userErrors: UserError[] } | null;
}

/** Makes an agent's code work again when the agent is re-activated. */
export const DiscountCodeActivateMutation = adminOperation<DiscountCodeActivate, { id: string }>(gql`
  mutation DiscountCodeActivate($id: ID!) {
    discountCodeActivate(id: $id) {
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
