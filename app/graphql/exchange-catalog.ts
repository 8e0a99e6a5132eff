import { adminOperation } from "../admin-api.server";
import { EXCHANGE_CATALOG_VARIANT_FIELDS, type ExchangeCatalogVariantFields } from "./fragments/exchange-catalog-variant";

export interface ExchangeCatalogVariant extends ExchangeCatalogVariantFields {
  __typename: "ProductVariant";
  product: { id: string; title: string };
}

export interface ExchangeCatalogProduct {
  __typename: "Product";
  id: string;
  title: string;
  options: { name: string; values: string[] }[];
  variants: { nodes: ExchangeCatalogVariantFields[] };
}

export interface ExchangeCatalog {
  nodes: (ExchangeCatalogVariant | ExchangeCatalogProduct | { __typename: string } | null)[];
}

/**
 * The products and variants exchange offers point at, as Shopify has them
 * now: prices (shop currency), stock, options and unit costs. Ask for a few
 * products at a time: each brings up to 50 variants.
 */
export const ExchangeCatalogQuery = adminOperation<ExchangeCatalog, { ids: string[] }>(`#graphql
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
