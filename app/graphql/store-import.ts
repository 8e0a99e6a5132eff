import { adminOperation } from "./admin-operation";

/** A customer's identity as the import keeps it, in both exports (importedCustomerSchema). */
const IMPORTED_CUSTOMER_FIELDS = `#graphql
  fragment ImportedCustomerFields on Customer {
    id
    firstName
    lastName
    defaultEmailAddress {
      emailAddress
      marketingState
      marketingUpdatedAt
    }
    defaultPhoneNumber {
      phoneNumber
    }
    updatedAt
  }
`;

/**
 * The orders export of the history import: every order Shopify lets the app
 * read (the last 60 days without read_all_orders), with what a webhook would
 * have told Concierge about it. Refunds are a list and the customer an
 * object, so each order is one JSONL line (importedOrderSchema in
 * domain/store-import.ts), whatever the grouping.
 */
export const STORE_IMPORT_ORDERS_QUERY = `#graphql
  query StoreImportOrders {
    orders {
      edges {
        node {
          id
          name
          email
          currencyCode
          totalPriceSet {
            shopMoney {
              amount
              currencyCode
            }
          }
          displayFinancialStatus
          displayFulfillmentStatus
          discountCodes
          customAttributes {
            key
            value
          }
          cancelledAt
          processedAt
          updatedAt
          customer {
            ...ImportedCustomerFields
          }
          refunds {
            id
            createdAt
            totalRefundedSet {
              shopMoney {
                amount
                currencyCode
              }
            }
          }
        }
      }
    }
  }
  ${IMPORTED_CUSTOMER_FIELDS}
`;

/** The customers export: every customer's identity (importedCustomerSchema). */
export const STORE_IMPORT_CUSTOMERS_QUERY = `#graphql
  query StoreImportCustomers {
    customers {
      edges {
        node {
          ...ImportedCustomerFields
        }
      }
    }
  }
  ${IMPORTED_CUSTOMER_FIELDS}
`;

/** The scopes the shop granted the app, as Shopify holds them now: does the import see every order? */
export const GrantedScopesQuery = adminOperation(`#graphql
  query GrantedScopes {
    currentAppInstallation {
      accessScopes {
        handle
      }
    }
  }
`);
