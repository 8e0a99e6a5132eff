import { adminOperation } from "../admin-api.server";

export interface OrderCustomer {
  orders: { nodes: { id: string; name: string; customer: { id: string } | null }[] };
}

/** The customer of an order found by its name ("#1001"). */
export const OrderCustomerQuery = adminOperation<OrderCustomer, { query: string }>(`#graphql
  query OrderCustomer($query: String!) {
    orders(first: 1, query: $query) {
      nodes {
        id
        name
        customer {
          id
        }
      }
    }
  }
`);
