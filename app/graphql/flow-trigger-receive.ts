import { adminOperation, type UserError } from "../admin-api.server";

export interface FlowTriggerReceive {
  flowTriggerReceive: { userErrors: UserError[] } | null;
}

/** Starts the merchant's workflows that begin with one of Concierge's Flow triggers (extensions/flow-*). */
export const FlowTriggerReceiveMutation = adminOperation<FlowTriggerReceive, { handle: string; payload: Record<string, unknown> }>(`#graphql
  mutation FlowTriggerReceive($handle: String!, $payload: JSON!) {
    flowTriggerReceive(handle: $handle, payload: $payload) {
      userErrors {
        field
        message
      }
    }
  }
`);
