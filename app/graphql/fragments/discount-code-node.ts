import type * as AdminOps from "../../types/admin.generated";

/** The agent's code as every discount code mutation answers it: the node, its status and end date. */
export type DiscountCodeNodeFields = AdminOps.DiscountCodeNodeFieldsFragment;

export const DISCOUNT_CODE_NODE_FIELDS = `#graphql
  fragment DiscountCodeNodeFields on DiscountCodeNode {
    id
    codeDiscount {
      ... on DiscountCodeBasic {
        status
        endsAt
      }
    }
  }
`;
