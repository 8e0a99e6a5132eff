import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import type { CodeDiscountPayloadNode } from "./discount-code-basic-create";

export interface DiscountCodeActivate {
  discountCodeActivate: { codeDiscountNode: CodeDiscountPayloadNode | null; userErrors: UserError[] } | null;
}

/** Makes an agent's code work again when the agent is re-activated. */
export const DiscountCodeActivateMutation = adminOperation<DiscountCodeActivate, { id: string }>(gql`
  mutation DiscountCodeActivate($id: ID!) {
    discountCodeActivate(id: $id) {
      codeDiscountNode {
        id
        codeDiscount {
          ... on DiscountCodeBasic {
            status
            endsAt
          }
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
