import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";

/** What the offer form lets the merchant choose from: products, variants, collections. */
export type ExchangeOfferOptions = AdminOps.ExchangeOfferOptionsQuery;

export const ExchangeOfferOptionsQuery = adminOperation(`#graphql
  query ExchangeOfferOptions {
    products(first: 100, sortKey: TITLE) {
      nodes {
        id
        title
        isGiftCard
        status
      }
    }
    productVariants(first: 250) {
      nodes {
        id
        title
        price
        product {
          id
          title
          isGiftCard
        }
      }
    }
    collections(first: 100, sortKey: TITLE) {
      nodes {
        id
        title
      }
    }
  }
`);
