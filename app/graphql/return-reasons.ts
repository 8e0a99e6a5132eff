import { adminOperation } from "./admin-operation";
import { RETURN_LINE_VALUE_FIELDS } from "./fragments/return-line-value";

/** A return's lines with the reason the shopper or the merchant gave, the product, and what each line is worth. */
export const ReturnReasonsQuery = adminOperation(`#graphql
  query ReturnReasons($id: ID!) {
    return(id: $id) {
      id
      createdAt
      order {
        id
      }
      returnLineItems(first: 50) {
        nodes {
          id
          quantity
          returnReasonDefinition {
            handle
          }
          ... on ReturnLineItem {
            ...ReturnLineValueFields
            fulfillmentLineItem {
              lineItem {
                product {
                  id
                  title
                }
                variant {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
  ${RETURN_LINE_VALUE_FIELDS}
`);
