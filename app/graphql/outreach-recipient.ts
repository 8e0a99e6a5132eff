import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

/** Who an order's message goes to, read fresh when it is sent: the address, the language and the email marketing consent. */
export const OutreachRecipientQuery = adminOperation<AdminOps.OutreachRecipientQuery, AdminOps.OutreachRecipientQueryVariables>(`#graphql
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
