import { adminOperation } from "./admin-operation";

/** A campaign's discount found by its own code: what a retried preparation finds when Shopify already created it. */
export const CampaignDiscountByCodeQuery = adminOperation(`#graphql
  query CampaignDiscountByCode($code: String!) {
    codeDiscountNodeByCode(code: $code) {
      id
    }
  }
`);
