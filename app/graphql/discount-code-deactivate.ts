import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import { DISCOUNT_CODE_NODE_FIELDS, type DiscountCodeNodeFields } from "./fragments/discount-code-node";

export interface DiscountCodeDeactivate {
  discountCodeDeactivate: { codeDiscountNode: DiscountCodeNodeFields | null; userErrors: UserError[] } | null;
}

/** Stops an agent's code working when the agent is deactivated. */
export const DiscountCodeDeactivateMutation = adminOperation<DiscountCodeDeactivate, { id: string }>(gql`
  mutation DiscountCodeDeactivate($id: ID!) {
    discountCodeDeactivate(id: $id) {
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
