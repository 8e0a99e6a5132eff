import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";

export interface ExchangeCatalogVariant {
  __typename: "ProductVariant";
  id: string;
  title: string;
  price: string;
  inventoryQuantity: number | null;
  availableForSale: boolean;
  selectedOptions: { name: string; value: string }[];
  inventoryItem: { unitCost: { amount: string; currencyCode: string } | null } | null;
  product: { id: string; title: string };
}

export interface ExchangeCatalogProduct {
  __typename: "Product";
  id: string;
  title: string;
  options: { name: string; values: string[] }[];
  variants: { nodes: Omit<ExchangeCatalogVariant, "__typename" | "product">[] };
}

export interface ExchangeCatalog {
  nodes: (ExchangeCatalogVariant | ExchangeCatalogProduct | { __typename: string } | null)[];
}

/**
 * The products and variants exchange offers point at, as Shopify has them
 * now: prices (shop currency), stock, options and unit costs. Ask for a few
 * products at a time: each brings up to 50 variants.
 */
export const ExchangeCatalogQuery = adminOperation<ExchangeCatalog, { ids: string[] }>(gql`
  query ExchangeCatalog($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on ProductVariant {
        id
        title
        price
        inventoryQuantity
        availableForSale
        selectedOptions {
          name
          value
        }
        inventoryItem {
          unitCost {
            amount
            currencyCode
          }
        }
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
            id
            title
            price
            inventoryQuantity
            availableForSale
            selectedOptions {
              name
              value
            }
            inventoryItem {
              unitCost {
                amount
                currencyCode
              }
            }
          }
        }
      }
    }
  }
`);
