import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** A campaign's discount found by its own code: what a retried preparation finds when Shopify already created it. */
export const CampaignDiscountByCodeQuery = adminOperation<
  AdminOps.CampaignDiscountByCodeQuery,
  AdminOps.CampaignDiscountByCodeQueryVariables
>(`#graphql
  query CampaignDiscountByCode($code: String!) {
    codeDiscountNodeByCode(code: $code) {
      id
    }
  }
`);
