import { adminOperation, type UserError } from "../admin-api.server";

export interface VipTagsAdd {
  tagsAdd: { userErrors: UserError[] } | null;
}

/** Adds a tier's tags to a customer (tags already there stay as they are). */
export const VipTagsAddMutation = adminOperation<VipTagsAdd, { id: string; tags: string[] }>(`#graphql
  mutation VipTagsAdd($id: ID!, $tags: [String!]!) {
    tagsAdd(id: $id, tags: $tags) {
      userErrors {
        field
        message
      }
    }
  }
`);
