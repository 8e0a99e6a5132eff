import { adminOperation, type UserError } from "../admin-api.server";

export interface VipTierMetafieldsDelete {
  metafieldsDelete: { deletedMetafields: ({ ownerId: string } | null)[] | null; userErrors: UserError[] } | null;
}

/** Deletes the tier metafield of customers who no longer hold a tier. */
export const VipTierMetafieldsDeleteMutation = adminOperation<
  VipTierMetafieldsDelete,
  { metafields: { ownerId: string; namespace: string; key: string }[] }
>(`#graphql
  mutation VipTierMetafieldsDelete($metafields: [MetafieldIdentifierInput!]!) {
    metafieldsDelete(metafields: $metafields) {
      deletedMetafields {
        ownerId
      }
      userErrors {
        field
        message
      }
    }
  }
`);
