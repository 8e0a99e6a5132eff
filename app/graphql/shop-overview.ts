import { adminOperation } from "./admin-operation";

/** The shop's name, currency and time zone: what every money figure and date needs. */
export const ShopOverviewQuery = adminOperation(`#graphql
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
