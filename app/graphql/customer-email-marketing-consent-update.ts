import { gql } from "graphql-request";
import { adminOperation, type UserError } from "../admin-api.server";

export interface CustomerEmailMarketingConsentUpdate {
  customerEmailMarketingConsentUpdate: {
    customer: { id: string; defaultEmailAddress: { marketingState: string } | null } | null;
    userErrors: (UserError & { code: string | null })[];
  } | null;
}

export interface CustomerEmailMarketingConsentUpdateVariables {
  input: {
    customerId: string;
    emailMarketingConsent: { marketingState: "UNSUBSCRIBED"; consentUpdatedAt: string };
  };
}

/** Withdraws a customer's email marketing consent in Shopify: they unsubscribed through a Concierge email's link. */
export const CustomerEmailMarketingConsentUpdateMutation = adminOperation<
  CustomerEmailMarketingConsentUpdate,
  CustomerEmailMarketingConsentUpdateVariables
>(gql`
  mutation CustomerEmailMarketingConsentUpdate($input: CustomerEmailMarketingConsentUpdateInput!) {
    customerEmailMarketingConsentUpdate(input: $input) {
      customer {
        id
        defaultEmailAddress {
          marketingState
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
