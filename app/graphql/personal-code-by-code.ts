import { adminOperation } from "./admin-operation";

/** The discount Shopify holds under a code, with its tags: whether it is a personal code Concierge made. */
export const PersonalCodeByCodeQuery = adminOperation(`#graphql
  query PersonalCodeByCode($code: String!) {
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
