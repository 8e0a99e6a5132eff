/**
 * A mutation's refusals as adminMutation reads them (AdminUserErrors): the
 * input field and Shopify's message. Every user error type of the Admin API
 * implements DisplayableError (UserError, DiscountUserError, ReturnUserError…,
 * checked against the official 2026-10 schema), so one fragment serves every
 * mutation; one whose type has a `code` the caller branches on selects it next
 * to the spread, on the concrete type.
 */
export const USER_ERROR_FIELDS = `#graphql
  fragment UserErrorFields on DisplayableError {
    field
    message
  }
`;
