import { adminOperation } from "../admin-api.server";

export interface OutreachRecipient {
  order: {
    id: string;
    name: string;
    email: string | null;
    customerLocale: string | null;
    customer: {
      id: string;
      firstName: string | null;
      defaultEmailAddress: { emailAddress: string | null; marketingState: string } | null;
    } | null;
  } | null;
}

/** Who an order's message goes to, read fresh when it is sent: the address, the language and the email marketing consent. */
export const OutreachRecipientQuery = adminOperation<OutreachRecipient, { id: string }>(`#graphql
  query OutreachRecipient($id: ID!) {
    order(id: $id) {
      id
      name
      email
      customerLocale
      customer {
        id
        firstName
        defaultEmailAddress {
          emailAddress
          marketingState
        }
      }
    }
  }
`);
