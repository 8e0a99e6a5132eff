import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** The customer of an order found by its name ("#1001"). */
export type OrderCustomer = AdminOps.OrderCustomerQuery;

export const OrderCustomerQuery = adminOperation<AdminOps.OrderCustomerQuery, AdminOps.OrderCustomerQueryVariables>(`#graphql
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
