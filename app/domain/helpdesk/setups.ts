// The copy-paste setups the merchant follows in each helpdesk, built from
// the shop's endpoint and secret. The template variables are each helpdesk's
// own; those Concierge could not check against a live account are listed in
// docs/decisions/018-helpdesk-touches.md.
import { z } from "zod";
import { fieldErrorsOf, fieldValues, optionalField, wholeNumberField, type FieldErrors, type FormSubmission } from "../forms";
import { ATTRIBUTION_WINDOW_DAYS, type Helpdesk } from "./touches";

export interface HelpdeskSetup {
  id: "gorgias" | "zendesk" | "generic";
  name: string;
  /** How the helpdesk authenticates: the secret in a header, or a signature. */
  auth: "token" | "zendesk" | "signature";
  steps: string[];
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
      name: "Gorgias",
      auth: "token",
      steps: [
        "In Gorgias, open Settings → Integrations → HTTP integration and choose Add HTTP integration.",
        "Name it Concierge; triggers: Ticket created, Ticket updated and Ticket message created.",
        "Method POST, the URL below, request content type application/json.",
        "Add the header below (it carries this shop's secret: Gorgias can't sign requests, so Concierge only accepts touches it sends within the hour, each once).",
        "Paste the body below as the request body, and save.",
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
      name: "Zendesk",
      auth: "zendesk",
      steps: [
        "In Zendesk Admin Center, open Apps and integrations → Webhooks → Create webhook; choose Trigger or automation.",
        "Endpoint URL: the URL below; Request method POST; Request format JSON; Authentication None (Zendesk signs every request).",
        "Create it, open its details, choose Reveal secret, and paste Zendesk's signing secret into Concierge below.",
        "Open Objects and rules → Triggers → Add trigger: conditions Ticket Is Updated and Assignee Is not (none); action Notify by → Active webhook → Concierge, with the body below.",
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
      name: "Re:amaze, Tidio or any JSON webhook",
      auth: "signature",
      steps: [
        "Re:amaze and Tidio send their own webhook formats: relay them (Zapier, Make, your own server) to the URL below with this body.",
        'Best: sign each request. X-Concierge-Timestamp is the Unix time in seconds; X-Concierge-Signature is sha256= and the hex HMAC-SHA256 of timestamp + "." + body, with the secret as key. Signed requests are accepted within 5 minutes of their timestamp.',
        "A tool that can't sign may send the secret as X-Concierge-Token instead, with the time of each conversation (ISO 8601) in the body: touches older than an hour are then refused.",
        "Each conversation touch once: the same conversation at the same time again is refused as a replay.",
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

/** How a helpdesk shows Concierge's customer card beside a ticket. */
export function cardSetup(cardUrl: string, secret: string) {
  return {
    gorgias: {
      url: `${cardUrl}?email={{ticket.customer.email}}&agent={{current_user.email}}`,
      headers: { "X-Concierge-Token": secret },
      steps: [
        "In Gorgias, add another HTTP integration: method GET, the URL below, the header below, trigger Ticket created (and Ticket updated to keep it fresh).",
        "Open a ticket, and in the customer sidebar drag the Concierge integration's fields into a widget: tier, lifetime spend, recent orders with their tracking page, exchange requests, the agent desk link.",
      ],
    },
    other: [
      "Any helpdesk that can call a URL: GET the URL with ?email= (or ?phone=) and &agent= the asking agent's email, with the secret in X-Concierge-Token, or Concierge's signature over \"GET <path>?<query>\".",
      "Zendesk: a private sidebar app makes the request (its secure settings keep the secret); Zendesk's own webhook signature can't be used here, as it doesn't cover a GET's query.",
    ],
  };
}

/** Why Shopify Inbox has no setup: what it allows instead. */
export const SHOPIFY_INBOX_NOTE =
  "Shopify Inbox has no API or webhook for its conversations, so it can't tell Concierge which agent handled a customer. Its chats are still credited: an order whose cart came from a chat carries the chat cart attribute and is credited to chat, and an agent who gives the customer their personal code is credited by the code.";

/** A test touch as the setup describes it, with sample values, for the setup page's test button. */
export function sampleTouch(helpdesk: Extract<Helpdesk, "gorgias" | "zendesk" | "generic">, agentEmail: string, now: Date) {
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

/** The setup page's forms: one schema per intent, read from the form's fields. */
export const helpdeskFormSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("options"),
    windowDays: wholeNumberField({
      min: ATTRIBUTION_WINDOW_DAYS.min,
      max: ATTRIBUTION_WINDOW_DAYS.max,
      message: `The window is a whole number of days from ${ATTRIBUTION_WINDOW_DAYS.min} to ${ATTRIBUTION_WINDOW_DAYS.max}`,
    }),
    zendeskSigningSecret: optionalField(z.string().trim().min(8, "Zendesk's signing secret is longer than that").max(200)),
  }),
  z.object({ intent: z.literal("rotate") }),
  z.object({ intent: z.literal("test"), helpdesk: z.enum(["gorgias", "zendesk", "generic"]) }),
  z.object({
    intent: z.literal("map"),
    agentEmail: z.string().trim().toLowerCase().email().max(254),
    agentId: z.string().trim().min(1, "Choose the agent").max(60),
  }),
]);
export type HelpdeskForm = z.infer<typeof helpdeskFormSchema>;

export function parseHelpdeskForm(form: FormSubmission): { ok: true; form: HelpdeskForm } | { ok: false; fieldErrors: FieldErrors } {
  const values = Object.fromEntries([...fieldValues(form)].map(([name, list]) => [name, list.at(-1)]));
  const parsed = helpdeskFormSchema.safeParse(values);
  return parsed.success ? { ok: true, form: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}
