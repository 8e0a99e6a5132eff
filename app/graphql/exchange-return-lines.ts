import { adminOperation } from "./admin-operation";

/** The exchange items of a return Concierge made, and how many Shopify released: what finishing an exchange still has to release. */
export const ExchangeReturnLinesQuery = adminOperation(`#graphql
  query ExchangeReturnLines($id: ID!) {
    return(id: $id) {
      id
      name
      exchangeLineItems(first: 10) {
        nodes {
          id
          quantity
          processedQuantity
        }
      }
    }
  }
`);
