import { adminOperation, type UserError } from "../admin-api.server";
import { DISCOUNT_CODE_NODE_FIELDS, DISCOUNT_USER_ERROR_FIELDS, type DiscountCodeNodeFields } from "./fragments/discount-code-node";

/** The input Concierge sends for an agent's code (Shopify's DiscountCodeBasicInput, the fields used). */
export interface DiscountCodeBasicInput {
  title?: string;
  code?: string;
  startsAt?: string;
  endsAt?: string | null;
  customerGets?: {
    value: { percentage: number } | { discountAmount: { amount: string; appliesOnEachItem: boolean } };
    items: { all: true };
  };
  /** Who may use it: everyone, or the listed customers (`customerSelection` is deprecated). */
  context?: { all: "ALL" } | { customers: { add: string[] } };
  minimumRequirement?: { subtotal: { greaterThanOrEqualToSubtotal: string } } | null;
  usageLimit?: number | null;
  appliesOncePerCustomer?: boolean;
  combinesWith?: { orderDiscounts: boolean; productDiscounts: boolean; shippingDiscounts: boolean };
  tags?: string[];
}

export interface DiscountCodeBasicCreate {
  discountCodeBasicCreate: { codeDiscountNode: DiscountCodeNodeFields | null; userErrors: UserError[] } | null;
}

/** Creates an agent's code in Shopify; a code already in use comes back as userError TAKEN. */
export const DiscountCodeBasicCreateMutation = adminOperation<
  DiscountCodeBasicCreate,
  { basicCodeDiscount: DiscountCodeBasicInput }
>(`#graphql
  mutation DiscountCodeBasicCreate($basicCodeDiscount: DiscountCodeBasicInput!) {
    discountCodeBasicCreate(basicCodeDiscount: $basicCodeDiscount) {
      codeDiscountNode {
        ...DiscountCodeNodeFields
      }
      userErrors {
        ...DiscountUserErrorFields
      }
    }
  }
  ${DISCOUNT_CODE_NODE_FIELDS}
  ${DISCOUNT_USER_ERROR_FIELDS}
`);
