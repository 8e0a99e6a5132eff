import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** The shop's name, currency and time zone: what every money figure and date needs. */
export const ShopOverviewQuery = adminOperation<AdminOps.ShopOverviewQuery, AdminOps.ShopOverviewQueryVariables>(`#graphql
  query ShopOverview {
    shop {
      name
      myshopifyDomain
      currencyCode
      ianaTimezone
      primaryDomain {
        url
      }
    }
  }
`);
