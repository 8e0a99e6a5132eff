import { adminOperation } from "./admin-operation";
import { EXCHANGE_CATALOG_VARIANT_FIELDS } from "./fragments/exchange-catalog-variant";
import type * as AdminOps from "../types/admin.generated";

/**
 * The products and variants exchange offers point at, as Shopify has them
 * now: prices (shop currency), stock, options and unit costs. Ask for a few
 * products at a time: each brings up to 50 variants.
 */
export type ExchangeCatalog = AdminOps.ExchangeCatalogQuery;

export const ExchangeCatalogQuery = adminOperation(`#graphql
  query ExchangeCatalog($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on ProductVariant {
        ...ExchangeCatalogVariantFields
        product {
          id
          title
        }
      }
      ... on Product {
        id
        title
        options(first: 3) {
          name
          values
        }
        variants(first: 50) {
          nodes {
            ...ExchangeCatalogVariantFields
          }
        }
      }
    }
  }
  ${EXCHANGE_CATALOG_VARIANT_FIELDS}
`);
