import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Writes customers' tier metafields, up to 25 at once (Shopify's limit per call). */
export const VipTierMetafieldsSetMutation = adminOperation(`#graphql
  mutation VipTierMetafieldsSet($metafields: [MetafieldsSetInput!]!) {
    metafieldsSet(metafields: $metafields) {
      metafields {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
