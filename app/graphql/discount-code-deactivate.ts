import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";
import type { CodeDiscountPayloadNode } from "./discount-code-basic-create";

export interface DiscountCodeDeactivate {
  discountCodeDeactivate: { codeDiscountNode: CodeDiscountPayloadNode | null; userErrors: UserError[] } | null;
}

/** Stops an agent's code working when the agent is deactivated. */
export const DiscountCodeDeactivateMutation = adminOperation<DiscountCodeDeactivate, { id: string }>(gql`
  mutation DiscountCodeDeactivate($id: ID!) {
    discountCodeDeactivate(id: $id) {
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
