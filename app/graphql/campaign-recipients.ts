import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";
import { EMAIL_RECIPIENT_FIELDS } from "./fragments/email-recipient";

/**
 * A campaign batch's customers, read fresh when it is sent (one call a batch):
 * the address, the language and the email marketing consent as Shopify holds them now.
 */
export const CampaignRecipientsQuery = adminOperation<AdminOps.CampaignRecipientsQuery, AdminOps.CampaignRecipientsQueryVariables>(`#graphql
  query CampaignRecipients($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...EmailRecipientFields
    }
  }
  ${EMAIL_RECIPIENT_FIELDS}
`);
