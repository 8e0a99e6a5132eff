// The copy-paste setups the merchant follows in each helpdesk, built from
// the shop's endpoint and secret. The template variables are each helpdesk's
// own; those Concierge could not check against a live account are listed in
// docs/decisions/018-helpdesk-touches.md.
import { phrase, verbatim, type Phrase } from "../phrase";
import type { AgentLanguage } from "../agents/languages";
import type { TestedHelpdesk } from "./forms";

export interface HelpdeskSetup {
  id: TestedHelpdesk;
  name: Phrase;
  /** How the helpdesk authenticates: the secret in a header, or a signature. */
  auth: "token" | "zendesk" | "signature";
  /** In the staff member's language (helpdesks.json's steps); the helpdesks' own menus and fields keep their English names. */
  steps: Phrase[];
  method: "POST";
  url: string;
  headers: Record<string, string>;
  /** The request body, with the helpdesk's template variables. */
  body: string;
}

const json = (fields: Record<string, string>) => JSON.stringify(fields, null, 2);

export function touchesEndpoint(appUrl: string, shop: string): string {
  return `${appUrl.replace(/\/+$/, "")}/helpdesk/${shop}/touches`;
}

export function helpdeskSetups(endpoint: string, secret: string): HelpdeskSetup[] {
  return [
    {
      id: "gorgias",
      name: verbatim("Gorgias"),
      auth: "token",
      steps: [
        phrase("helpdesks:steps.gorgias.1"),
        phrase("helpdesks:steps.gorgias.2"),
        phrase("helpdesks:steps.gorgias.3"),
        phrase("helpdesks:steps.gorgias.4"),
        phrase("helpdesks:steps.gorgias.5"),
      ],
      method: "POST",
      url: endpoint,
      headers: { "X-Concierge-Token": secret, "Content-Type": "application/json" },
      body: json({
        helpdesk: "gorgias",
        customerEmail: "{{ticket.customer.email}}",
        agentEmail: "{{ticket.assignee_user.email}}",
        channel: "{{ticket.channel}}",
        conversationId: "{{ticket.id}}",
        time: "{{ticket.updated_datetime}}",
      }),
    },
    {
      id: "zendesk",
      name: verbatim("Zendesk"),
      auth: "zendesk",
      steps: [
        phrase("helpdesks:steps.zendesk.1"),
        phrase("helpdesks:steps.zendesk.2"),
        phrase("helpdesks:steps.zendesk.3"),
        phrase("helpdesks:steps.zendesk.4"),
      ],
      method: "POST",
      url: endpoint,
      headers: { "Content-Type": "application/json" },
      body: json({
        helpdesk: "zendesk",
        customerEmail: "{{ticket.requester.email}}",
        customerPhone: "{{ticket.requester.phone}}",
        agentEmail: "{{ticket.assignee.email}}",
        channel: "{{ticket.via}}",
        conversationId: "{{ticket.id}}",
      }),
    },
    {
      id: "generic",
      name: phrase("helpdesks:genericName"),
      auth: "signature",
      steps: [
        phrase("helpdesks:steps.generic.1"),
        phrase("helpdesks:steps.generic.2"),
        phrase("helpdesks:steps.generic.3"),
        phrase("helpdesks:steps.generic.4"),
      ],
      method: "POST",
      url: endpoint,
      headers: {
        "Content-Type": "application/json",
        "X-Concierge-Timestamp": "<unix seconds>",
        "X-Concierge-Signature": "sha256=<hex HMAC>",
      },
      body: json({
        helpdesk: "generic",
        customerEmail: "<the customer's email>",
        customerPhone: "<or their phone>",
        agentEmail: "<the agent's email>",
        channel: "chat | email | phone | sms | social",
        conversationId: "<the conversation's id>",
        time: "<ISO 8601, e.g. 2026-12-05T10:00:00Z>",
        reason: "<optional: why they got in touch, a tag or ticket field (too-small, damaged, your own words)>",
      }),
    },
  ];
}

export function cardEndpoint(appUrl: string, shop: string): string {
  return `${appUrl.replace(/\/+$/, "")}/helpdesk/${shop}/card`;
}

/** How a helpdesk shows Concierge's customer card beside a ticket, written in `language` (the staff member's who sets it up). */
export function cardSetup(cardUrl: string, secret: string, language: AgentLanguage) {
  return {
    gorgias: {
      url: `${cardUrl}?email={{ticket.customer.email}}&agent={{current_user.email}}&ui=${language}`,
      headers: { "X-Concierge-Token": secret },
      steps: [phrase("helpdesks:card.steps.gorgias.1"), phrase("helpdesks:card.steps.gorgias.2")],
    },
    other: [phrase("helpdesks:card.other.1"), phrase("helpdesks:card.other.2")],
  };
}

/** Why Shopify Inbox has no setup: what it allows instead. */
export const SHOPIFY_INBOX_NOTE: Phrase = phrase("helpdesks:inbox.note");

/** A test touch as the setup describes it, with sample values, for the setup page's test button. */
export function sampleTouch(helpdesk: TestedHelpdesk, agentEmail: string, now: Date) {
  return {
    helpdesk,
    customerEmail: "test.customer@example.com",
    agentEmail,
    channel: "chat",
    conversationId: `concierge-test-${now.getTime()}`,
    ...(helpdesk === "zendesk" ? {} : { time: now.toISOString() }),
    test: true,
  };
}
