import { gql } from "graphql-request";

/** An order as the agent desk lists it: name, date, total and statuses. */
export interface DeskOrderFields {
  id: string;
  name: string;
  processedAt: string;
  cancelledAt: string | null;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string;
  totalPriceSet: { shopMoney: { amount: string; currencyCode: string } };
}

export const DESK_ORDER_FIELDS = gql`
  fragment DeskOrderFields on Order {
    id
    name
    processedAt
    cancelledAt
    displayFinancialStatus
    displayFulfillmentStatus
    totalPriceSet {
      shopMoney {
        amount
        currencyCode
      }
    }
  }
`;
