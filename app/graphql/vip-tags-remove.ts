import { adminOperation, type UserError } from "../admin-api.server";

export interface VipTagsRemove {
  tagsRemove: { userErrors: UserError[] } | null;
}

/** Removes tags Concierge itself added to a customer (never one the merchant set). */
export const VipTagsRemoveMutation = adminOperation<VipTagsRemove, { id: string; tags: string[] }>(`#graphql
  mutation VipTagsRemove($id: ID!, $tags: [String!]!) {
    tagsRemove(id: $id, tags: $tags) {
      userErrors {
        field
        message
      }
    }
  }
`);
