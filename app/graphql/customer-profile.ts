import { gql } from "graphql-request";
import { adminOperation } from "../admin-api.server";
import { DESK_ORDER_FIELDS, type DeskOrderFields } from "./fragments/desk-order";

type DateTime = string;
interface MoneyV2 {
  amount: string;
  currencyCode: string;
}

export interface CustomerProfile {
  customer: {
    id: string;
    displayName: string;
    firstName: string | null;
    /** The customer's language for messages, like "ar" or "fr-CA". */
    locale: string;
    defaultEmailAddress: { emailAddress: string | null } | null;
    defaultPhoneNumber: { phoneNumber: string } | null;
    tags: string[];
    amountSpent: MoneyV2;
    numberOfOrders: string;
    createdAt: DateTime;
    orders: { nodes: DeskOrderFields[] };
  } | null;
}

/** A customer at a glance for the agent desk: who, what they spent, their latest orders. */
export const CustomerProfileQuery = adminOperation<CustomerProfile, { id: string }>(gql`
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
