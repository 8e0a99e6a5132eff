import { adminOperation } from "../admin-api.server";
import type * as AdminOps from "../types/admin.generated";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Deletes the tier metafield of customers who no longer hold a tier. */
export const VipTierMetafieldsDeleteMutation = adminOperation<
  AdminOps.VipTierMetafieldsDeleteMutation,
  AdminOps.VipTierMetafieldsDeleteMutationVariables
>(`#graphql
  mutation VipTierMetafieldsDelete($metafields: [MetafieldIdentifierInput!]!) {
    metafieldsDelete(metafields: $metafields) {
      deletedMetafields {
        ownerId
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
