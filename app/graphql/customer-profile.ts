import { adminOperation } from "./admin-operation";
import type * as AdminOps from "../types/admin.generated";
import { DESK_ORDER_FIELDS } from "./fragments/desk-order";

/** A customer at a glance for the agent desk: who, what they spent, their latest orders. */
export type CustomerProfile = AdminOps.CustomerProfileQuery;

export const CustomerProfileQuery = adminOperation(`#graphql
  query CustomerProfile($id: ID!) {
    customer(id: $id) {
      id
      displayName
      firstName
      locale
      defaultEmailAddress {
        emailAddress
      }
      defaultPhoneNumber {
        phoneNumber
      }
      tags
      amountSpent {
        amount
        currencyCode
      }
      numberOfOrders
      createdAt
      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {
        nodes {
          ...DeskOrderFields
        }
      }
    }
  }
  ${DESK_ORDER_FIELDS}
`);
