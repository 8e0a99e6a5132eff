import { adminOperation } from "./admin-operation";

/** The discount Shopify holds under a code, with its tags: whether it is a code Concierge made. */
export const ConciergeCodeByCodeQuery = adminOperation(`#graphql
  query ConciergeCodeByCode($code: String!) {
    codeDiscountNodeByCode(code: $code) {
      id
      codeDiscount {
        __typename
        ... on DiscountCodeBasic {
          tags
        }
      }
    }
  }
`);
