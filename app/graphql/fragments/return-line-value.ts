/** What a returned line is worth (its discounted total, in the shop's currency), for a refund or for the reasons report. */
export const RETURN_LINE_VALUE_FIELDS = `#graphql
  fragment ReturnLineValueFields on ReturnLineItem {
    withCodeDiscountedTotalPriceSet {
      shopMoney {
        amount
        currencyCode
      }
    }
  }
`;
