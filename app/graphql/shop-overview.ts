import { adminOperation } from "../admin-api.server";

export interface ShopOverview {
  shop: {
    name: string;
    myshopifyDomain: string;
    currencyCode: string;
    ianaTimezone: string;
    primaryDomain: { url: string };
  };
}

/** The shop's name, currency and time zone: what every money figure and date needs. */
export const ShopOverviewQuery = adminOperation<ShopOverview>(`#graphql
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
