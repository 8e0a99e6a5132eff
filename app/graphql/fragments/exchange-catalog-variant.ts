import { gql } from "graphql-request";

/** A variant an exchange can offer, as Shopify has it now: price (shop currency), stock, options and unit cost. */
export interface ExchangeCatalogVariantFields {
  id: string;
  title: string;
  price: string;
  inventoryQuantity: number | null;
  availableForSale: boolean;
  selectedOptions: { name: string; value: string }[];
  inventoryItem: { id: string; unitCost: { amount: string; currencyCode: string } | null } | null;
}

export const EXCHANGE_CATALOG_VARIANT_FIELDS = gql`
  fragment ExchangeCatalogVariantFields on ProductVariant {
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
      id
      unitCost {
        amount
        currencyCode
      }
    }
  }
`;
