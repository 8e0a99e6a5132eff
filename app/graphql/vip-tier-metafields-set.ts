import { adminOperation, type UserError } from "../admin-api.server";

export interface VipTierMetafieldsSet {
  metafieldsSet: { metafields: { id: string }[] | null; userErrors: UserError[] } | null;
}

export interface MetafieldsSetInput {
  ownerId: string;
  namespace: string;
  key: string;
  type: string;
  value: string;
}

/** Writes customers' tier metafields, up to 25 at once (Shopify's limit per call). */
export const VipTierMetafieldsSetMutation = adminOperation<VipTierMetafieldsSet, { metafields: MetafieldsSetInput[] }>(`#graphql
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
