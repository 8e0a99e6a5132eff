import type * as AdminOps from "../../types/admin.generated";

/** A variant an exchange can offer, as Shopify has it now: price (shop currency), stock, options and unit cost. */
export type ExchangeCatalogVariantFields = AdminOps.ExchangeCatalogVariantFieldsFragment;

export const EXCHANGE_CATALOG_VARIANT_FIELDS = `#graphql
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
