// The Helpdesks page's forms, one intent each: the attribution options (a
// settings form), a helpdesk agent's email mapped to a Concierge agent (a
// small form per email), a new secret and a setup's test touch (buttons).
// One schema per form: the page checks with it before sending and the action
// parses with it (app/components/form/, decision 015).
import { z } from "zod";
import { optionalField, wholeNumberField } from "../forms";
import { formMessage } from "../form-message";

export const HELPDESK_FORM_INTENTS = ["options", "map", "rotate", "test"] as const;
export type HelpdeskFormIntent = (typeof HELPDESK_FORM_INTENTS)[number];

export function isHelpdeskFormIntent(intent: unknown): intent is HelpdeskFormIntent {
  return typeof intent === "string" && (HELPDESK_FORM_INTENTS as readonly string[]).includes(intent);
}

// ---------------------------------------------------------------------------

/**
 * How many days after a touch an order is credited to its agent: the
 * merchant's choice, within these bounds. Here, not in ./touches.ts, as the
 * browser reads it (that file signs with node:crypto).
 */
export const ATTRIBUTION_WINDOW_DAYS = { default: 3, min: 1, max: 30 } as const;

const ZENDESK_SECRET = { min: 8, max: 200 } as const;

/** Fields: windowDays ("3", whole days), zendeskSigningSecret (blank keeps the stored one). */
export const helpdeskOptionsSchema = z.object({
  windowDays: wholeNumberField({
    min: ATTRIBUTION_WINDOW_DAYS.min,
    max: ATTRIBUTION_WINDOW_DAYS.max,
    message: formMessage("helpdesks:form.windowDays", { min: ATTRIBUTION_WINDOW_DAYS.min, max: ATTRIBUTION_WINDOW_DAYS.max }),
  }),
  zendeskSigningSecret: optionalField(
    z
      .string()
      .trim()
      .min(ZENDESK_SECRET.min, formMessage("helpdesks:form.zendeskSecretShort"))
      .max(ZENDESK_SECRET.max, formMessage("helpdesks:form.zendeskSecretMax", { max: ZENDESK_SECRET.max })),
  ),
});
export type HelpdeskOptions = z.output<typeof helpdeskOptionsSchema>;

/** The options form as it starts: the stored window, and no secret (the stored one is never shown). */
export interface HelpdeskOptionsValues {
  windowDays: string;
  zendeskSigningSecret: string;
}

// ---------------------------------------------------------------------------

const AGENT_EMAIL_MAX = 254;
const AGENT_ID_MAX = 60;

/**
 * Fields: agentEmail (the helpdesk's, sent by the row), agentId (the chosen
 * Concierge agent). Whether the agent is one of the shop's is the service's
 * to say (mapHelpdeskAgent), next to the same field.
 */
export const agentMappingSchema = z.object({
  agentEmail: z
    .string({ error: formMessage("helpdesks:form.agentEmail") })
    .trim()
    .toLowerCase()
    .email(formMessage("helpdesks:form.agentEmail"))
    .max(AGENT_EMAIL_MAX, formMessage("helpdesks:form.agentEmail")),
  agentId: z
    .string({ error: formMessage("helpdesks:form.chooseAgent") })
    .trim()
    .min(1, formMessage("helpdesks:form.chooseAgent"))
    .max(AGENT_ID_MAX, formMessage("helpdesks:form.agentOfShop")),
});
export type AgentMapping = z.output<typeof agentMappingSchema>;

export interface AgentMappingValues {
  agentEmail: string;
  agentId: string;
}

// ---------------------------------------------------------------------------

/** The setups with a test button. */
export const TESTED_HELPDESKS = ["gorgias", "zendesk", "generic"] as const;
export type TestedHelpdesk = (typeof TESTED_HELPDESKS)[number];

/** Fields: helpdesk, which setup's test button was pressed (the button sends it; nothing to type). */
export const helpdeskTestSchema = z.object({ helpdesk: z.enum(TESTED_HELPDESKS) });
