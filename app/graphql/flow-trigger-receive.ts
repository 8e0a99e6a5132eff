import { adminOperation } from "./admin-operation";
import { USER_ERROR_FIELDS } from "./fragments/user-error";

/** Starts the merchant's workflows that begin with one of Concierge's Flow triggers (extensions/flow-*). */
export const FlowTriggerReceiveMutation = adminOperation(`#graphql
  mutation FlowTriggerReceive($handle: String!, $payload: JSON!) {
    flowTriggerReceive(handle: $handle, payload: $payload) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`);
