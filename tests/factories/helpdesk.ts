// Touches as a helpdesk sends them to Concierge: signed with the shop's
// secret (Concierge's scheme), Zendesk's scheme, or the bare secret as
// Gorgias sends it in a header.
import { conciergeSignature, zendeskSignature } from "../../app/domain/helpdesk/touches";

export interface TouchFields {
  helpdesk?: string;
  customerEmail?: string;
  customerPhone?: string;
  agentEmail?: string;
  channel?: string;
  conversationId?: string;
  time?: string | number;
  test?: boolean;
  reason?: string;
}

export type Signing =
  | { scheme: "signature"; secret: string; timestamp?: Date }
  | { scheme: "zendesk"; secret: string; timestamp?: Date }
  | { scheme: "token"; secret: string }
  | { scheme: "none" };

export function touchRequest(shop: string, fields: TouchFields, signing: Signing, path = "touches"): Request {
  const body = JSON.stringify(fields);
  const headers = new Headers({ "Content-Type": "application/json" });
  if (signing.scheme === "signature") {
    const timestamp = String(Math.floor((signing.timestamp ?? new Date()).getTime() / 1000));
    headers.set("X-Concierge-Timestamp", timestamp);
    headers.set("X-Concierge-Signature", conciergeSignature(signing.secret, timestamp, body));
  } else if (signing.scheme === "zendesk") {
    const timestamp = (signing.timestamp ?? new Date()).toISOString();
    headers.set("X-Zendesk-Webhook-Signature-Timestamp", timestamp);
    headers.set("X-Zendesk-Webhook-Signature", zendeskSignature(signing.secret, timestamp, body));
  } else if (signing.scheme === "token") {
    headers.set("X-Concierge-Token", signing.secret);
  }
  return new Request(`https://concierge.test/helpdesk/${shop}/${path}`, { method: "POST", headers, body });
}
