import { adminOperation } from "./admin-operation";
import { EMAIL_RECIPIENT_FIELDS } from "./fragments/email-recipient";

/** Who an order's message goes to, read fresh when it is sent: the address, the language and the email marketing consent. */
export const OutreachRecipientQuery = adminOperation(`#graphql
  query OutreachRecipient($id: ID!) {
    order(id: $id) {
      id
      name
      email
      customerLocale
      customer {
        ...EmailRecipientFields
      }
    }
  }
  ${EMAIL_RECIPIENT_FIELDS}
`);
