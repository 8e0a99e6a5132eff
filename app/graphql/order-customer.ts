import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";
import { DESK_ORDER_FIELDS, type DeskOrderFields } from "./fragments/desk-order";

export interface OrderCustomer {
  orders: { nodes: (DeskOrderFields & { customer: { id: string } | null })[] };
}

/** An order found by its name ("#1001"), with its customer: the agent desk shows that order first. */
export const OrderCustomerQuery = adminOperation<OrderCustomer, { query: string }>(gql`
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
