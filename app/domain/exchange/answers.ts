// The two forms that record a shopper's answer: the agent's (from the
// exchange desk or the queue of requests; its routes parse it with
// agentAnswerSchema through parseForm, and the exchange desk checks it with
// the same schema in the browser) and the shopper's own request from the
// tracking page. Both are read with zod; nothing in them is trusted beyond
// its shape; the offer, the item and the price are looked up again.
import { z } from "zod";
import { fieldValues, type FormSubmission } from "../forms";
import { RETURN_REASONS, type ReturnReason } from "./offers";
import { formMessage } from "../form-message";

const numeric = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,20}$/, message);
const variantGid = z
  .string()
  .trim()
  .regex(/^gid:\/\/shopify\/ProductVariant\/\d+$/, formMessage("exchanges:form.variant"));

export const agentAnswerSchema = z.discriminatedUnion(
  "intent",
  [
    // A new answer for an item and an offer.
    z.object({
      intent: z.enum(["accept", "refuse", "offer"]),
      lineItemId: numeric(formMessage("exchanges:form.item")),
      offerId: z
        .string({ error: formMessage("exchanges:form.offer") })
        .trim()
        .min(1, formMessage("exchanges:form.offer"))
        .max(64),
      reason: z.enum(RETURN_REASONS, { error: formMessage("exchanges:form.reason") }),
      exchangeVariantId: z.preprocess((value) => (value === "" ? undefined : value), variantGid.optional()),
    }),
    // The answer to an offer already made (shown) or requested by the shopper.
    z.object({
      intent: z.enum(["accept_outcome", "refuse_outcome"]),
      outcomeId: z
        .string({ error: formMessage("exchanges:form.outcome") })
        .trim()
        .min(1, formMessage("exchanges:form.outcome"))
        .max(64),
      exchangeVariantId: z.preprocess((value) => (value === "" ? undefined : value), variantGid.optional()),
    }),
  ],
  { error: formMessage("exchanges:form.intent") },
);
export type AgentAnswer = z.output<typeof agentAnswerSchema>;

/**
 * A proposal's answer form as it starts on the exchange desk: the offer's
 * variant, and the reason the page is filtered by (blank: none chosen yet).
 * The intent is the button pressed.
 */
export type ProposalAnswerValues = {
  intent: "accept" | "refuse" | "offer";
  lineItemId: string;
  offerId: string;
  reason: string;
  exchangeVariantId: string;
};

/** The answer to an offer already made or requested, as its row's buttons send it. */
export type OutcomeAnswerValues = {
  intent: "accept_outcome" | "refuse_outcome";
  outcomeId: string;
};

/**
 * The storefront's request (POSTed from the tracking page through the app
 * proxy): the order and item, the offer shown, the reason the shopper gave,
 * optionally another variant they picked, and for a shopper who is not
 * logged in the order number and email or phone they looked the order up with.
 */
export const exchangeRequestSchema = z.object({
  order_id: numeric("order_id"),
  line_item_id: numeric("line_item_id"),
  offer_id: z.string().trim().min(1).max(64),
  reason: z.enum(RETURN_REASONS),
  variant_id: z.preprocess((value) => (value === "" ? undefined : value), numeric("variant_id").optional()),
  order: z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(30).optional()),
  contact: z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(254).optional()),
});
export type ExchangeRequestInput = z.output<typeof exchangeRequestSchema>;

export function parseExchangeRequest(form: FormSubmission): { ok: true; request: ExchangeRequestInput } | { ok: false } {
  const values = fieldValues(form);
  const input = Object.fromEntries([...values.entries()].map(([name, all]) => [name, all[0]]));
  const parsed = exchangeRequestSchema.safeParse(input);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false };
}

export function returnReasonOrNull(value: string | null | undefined): ReturnReason | null {
  return value && (RETURN_REASONS as readonly string[]).includes(value) ? (value as ReturnReason) : null;
}
