// Concierge's customer card as a helpdesk shows it beside a ticket: what the
// request asks for, the language it is written in, and its lines (what a tier
// gives, an order's status) as phrases, written in that language by the
// service. Pure.
import { z } from "zod";
import { agentLanguageOf, type AgentLanguage } from "../agents/languages";
import { phrase, verbatim, type Phrase } from "../phrase";
import type { RuleInput } from "../vip/rules";

/** Who the card is about (email or phone) and who is asking (their email). */
export const cardQuerySchema = z
  .object({
    email: z.string().trim().toLowerCase().email("The customer's email is not an email").max(254).optional(),
    phone: z.string().trim().max(32).optional(),
    agent: z.string().trim().toLowerCase().email("The agent's email is not an email").max(254).optional(),
    /** The customer's language as the helpdesk knows it ("ar", "fr-CA"): who on shift speaks it is suggested first. */
    language: z.string().trim().max(35).optional(),
    /** The language the card is written in, the asking agent's ("ar", "fr-CA"): see cardLanguage. */
    ui: z.string().trim().max(35).optional(),
  })
  .refine((query) => query.email || query.phone, { message: "The customer's email or phone is needed", path: ["email"] });

/**
 * The language the card is written in: the one the request names (the
 * Helpdesks page puts the staff member's in the URL it gives), else the
 * asking agent's first language in Concierge, else English.
 */
export function cardLanguage(requested: string | undefined, askingAgentLanguages: readonly string[] | null): AgentLanguage {
  return agentLanguageOf(requested) ?? agentLanguageOf(askingAgentLanguages?.[0]) ?? "en";
}

/** What a tier gives, one line each, as the VIP rules list says it. */
export function tierBenefits(rule: Pick<RuleInput, "skipBot" | "skipQueue" | "concierge" | "instantRefunds"> | null): Phrase[] {
  if (!rule) return [];
  const lines: Phrase[] = [];
  if (rule.skipBot) lines.push(phrase("vip:rules.skipsBot"));
  if (rule.skipQueue) lines.push(phrase("vip:rules.skipsQueue"));
  if (rule.concierge?.name) lines.push(phrase("vip:rules.concierge", { name: rule.concierge.name }));
  if (rule.instantRefunds) lines.push(phrase("vip:rules.instantRefunds"));
  return lines;
}

/** Orders keep Shopify's webhook codes ("paid", "partial"); the desk's labels are keyed by the Admin API's enums. */
const FULFILLMENT_ENUMS: ReadonlyMap<string, string> = new Map([
  ["fulfilled", "FULFILLED"],
  ["partial", "PARTIALLY_FULFILLED"],
  ["restocked", "RESTOCKED"],
]);
const FINANCIAL_ENUMS = new Set(["PENDING", "AUTHORIZED", "PARTIALLY_PAID", "PAID", "PARTIALLY_REFUNDED", "REFUNDED", "VOIDED", "EXPIRED"]);

/** An order's payment and fulfilment as the agent reads them ("paid · fulfilled"), or that it was cancelled. */
export function orderStatusLines(order: {
  financialStatus: string | null;
  fulfillmentStatus: string | null;
  cancelled: boolean;
}): Phrase[] {
  if (order.cancelled) return [phrase("desk:customer.cancelled")];
  const lines: Phrase[] = [];
  const financial = order.financialStatus?.toUpperCase();
  if (financial)
    lines.push(FINANCIAL_ENUMS.has(financial) ? phrase(`desk:customer.statuses.${financial}`) : verbatim(order.financialStatus ?? ""));
  const fulfillment = order.fulfillmentStatus ? FULFILLMENT_ENUMS.get(order.fulfillmentStatus) : "UNFULFILLED";
  lines.push(fulfillment ? phrase(`desk:customer.statuses.${fulfillment}`) : verbatim(order.fulfillmentStatus ?? ""));
  return lines;
}

/** The shop's tracking page for one order, filled in for the customer. */
export function trackingPageUrl(shop: string, orderName: string, contact: string | null): string {
  const query = new URLSearchParams({ order: orderName.replace(/^#/, "") });
  if (contact) query.set("contact", contact);
  return `https://${shop}/apps/concierge/track?${query.toString()}`;
}

/** The agent desk, inside Shopify admin, opened on this customer. */
export function agentDeskUrl(shop: string, apiKey: string, customer: string): string {
  return `https://${shop}/admin/apps/${apiKey}/app/agent-desk?${new URLSearchParams({ q: customer }).toString()}`;
}

/**
 * The agents on shift, those who speak the customer's language first (then
 * by name), each marked; the first speaker is the one to suggest.
 */
export function shiftSuggestions<T extends { name: string; languages: readonly string[] }>(onShift: readonly T[], language: string | null) {
  const marked = onShift.map((agent) => ({ ...agent, speaksCustomerLanguage: language !== null && agent.languages.includes(language) }));
  marked.sort((a, b) => Number(b.speaksCustomerLanguage) - Number(a.speaksCustomerLanguage) || a.name.localeCompare(b.name, "en"));
  return { onShift: marked, suggested: marked.find((agent) => agent.speaksCustomerLanguage) ?? null };
}
