// Who may be sent what. Transactional messages (a delay, a stage update)
// concern an order the shopper placed and go to every shopper with an email;
// marketing messages (a welcome offer, an upsell) go only to customers whose
// email marketing consent in Shopify is SUBSCRIBED (CustomerEmailAddress.marketingState).
export type MessagePurpose = "transactional" | "marketing";

export type MessageKind = "shipment_delay" | "stage_shipped" | "stage_out_for_delivery" | "stage_delivered" | "welcome";

export const MESSAGE_PURPOSE: Record<MessageKind, MessagePurpose> = {
  shipment_delay: "transactional",
  stage_shipped: "transactional",
  stage_out_for_delivery: "transactional",
  stage_delivered: "transactional",
  welcome: "marketing",
};

export type SendDecision = { send: true } | { send: false; reason: "no_email" | "no_marketing_consent" };

export function mayReceive(purpose: MessagePurpose, recipient: { email: string | null; marketingState: string | null }): SendDecision {
  if (!recipient.email) return { send: false, reason: "no_email" };
  if (purpose === "marketing" && recipient.marketingState !== "SUBSCRIBED") return { send: false, reason: "no_marketing_consent" };
  return { send: true };
}
