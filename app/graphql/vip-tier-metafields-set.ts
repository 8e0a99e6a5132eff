import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";

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
        field
        message
        code
      }
    }
  }
`);
