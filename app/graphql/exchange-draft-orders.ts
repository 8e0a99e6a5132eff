import { adminOperation } from "./admin-operation";

/**
 * Draft orders made since a moment (for one customer when known), with the
 * attributes that name the exchange outcome they were made for: where
 * finishing an exchange finds the draft order an earlier attempt made.
 */
export const ExchangeDraftOrdersQuery = adminOperation(`#graphql
  query ExchangeDraftOrders($query: String!) {
    draftOrders(first: 10, query: $query, reverse: true) {
      nodes {
        id
        name
        invoiceUrl
        customAttributes {
          key
          value
        }
      }
    }
  }
`);
