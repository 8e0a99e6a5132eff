import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Writes customers' tier metafields, up to 25 at once (Shopify's limit per call). */
export const VipTierMetafieldsSetMutation = adminOperation<
  AdminOps.VipTierMetafieldsSetMutation,
  AdminOps.VipTierMetafieldsSetMutationVariables
>(`#graphql
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
