import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";
import { DESK_ORDER_FIELDS } from "./fragments/desk-order";

/** An order found by its name ("#1001"), with its customer: the agent desk shows that order first. */
export type OrderCustomer = AdminOps.OrderCustomerQuery;

export const OrderCustomerQuery = adminOperation(`#graphql
  query OrderCustomer($query: String!) {
    orders(first: 1, query: $query) {
      nodes {
        ...DeskOrderFields
        customer {
          id
        }
      }
    }
  }
  ${DESK_ORDER_FIELDS}
`);
