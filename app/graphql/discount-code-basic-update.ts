import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import type { CodeDiscountPayloadNode, DiscountCodeBasicInput } from "./discount-code-basic-create";

export interface DiscountCodeBasicUpdate {
  discountCodeBasicUpdate: { codeDiscountNode: CodeDiscountPayloadNode | null; userErrors: UserError[] } | null;
}

/** Changes an agent's code in Shopify: its value and rules, or a delight code's end date. */
export const DiscountCodeBasicUpdateMutation = adminOperation<
  DiscountCodeBasicUpdate,
  { id: string; basicCodeDiscount: DiscountCodeBasicInput }
>(gql`
  mutation DiscountCodeBasicUpdate($id: ID!, $basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicUpdate(id: $id, basicCodeDiscount: $basicCodeDiscount) {
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
