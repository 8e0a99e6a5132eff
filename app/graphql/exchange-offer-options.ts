import { adminOperation } from "../admin-api.server";

export interface ExchangeOfferOptions {
  products: { nodes: { id: string; title: string; isGiftCard: boolean; status: string }[] };
  productVariants: { nodes: { id: string; title: string; price: string; product: { id: string; title: string; isGiftCard: boolean } }[] };
  collections: { nodes: { id: string; title: string }[] };
}

/** What the offer form lets the merchant choose from: products, variants, collections. */
export const ExchangeOfferOptionsQuery = adminOperation<ExchangeOfferOptions, Record<string, never>>(`#graphql
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
