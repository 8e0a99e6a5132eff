import type * as AdminOps from "../../types/admin.generated";

/**
 * A customer as an email to them needs them, read fresh when it is sent: the
 * name it greets, the language it is written in, the address and the email
 * marketing consent (domain/outreach/consent decides who may receive it).
 */
export type EmailRecipientFields = AdminOps.EmailRecipientFieldsFragment;

export const EMAIL_RECIPIENT_FIELDS = `#graphql
  fragment EmailRecipientFields on Customer {
    id
    firstName
    locale
    defaultEmailAddress {
      emailAddress
      marketingState
    }
  }
`;
