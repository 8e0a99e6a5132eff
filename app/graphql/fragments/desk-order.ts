import type * as AdminOps from "../../types/admin.generated";

/** An order as the agent desk lists it: name, date, total and statuses. */
export type DeskOrderFields = AdminOps.DeskOrderFieldsFragment;

export const DESK_ORDER_FIELDS = `#graphql
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
