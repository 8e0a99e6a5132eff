/**
 * Who may see an order: its name, the contact details a shopper proves it is
 * theirs with (contactMatches in domain/tracking/lookup.ts) and its customer.
 * The tracking page's lookup and an exchange request check the same fields.
 */
export const ORDER_CONTACT_FIELDS = `#graphql
  fragment OrderContactFields on Order {
    id
    name
    email
    phone
    customer {
      id
    }
  }
`;
