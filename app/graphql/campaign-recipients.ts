import { adminOperation } from "./admin-operation";
import { EMAIL_RECIPIENT_FIELDS } from "./fragments/email-recipient";

/**
 * A campaign batch's customers, read fresh when it is sent (one call a batch):
 * the address, the language and the email marketing consent as Shopify holds them now.
 */
export const CampaignRecipientsQuery = adminOperation(`#graphql
  query CampaignRecipients($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...EmailRecipientFields
    }
  }
  ${EMAIL_RECIPIENT_FIELDS}
`);
