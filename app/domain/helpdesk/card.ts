// Concierge's customer card as a helpdesk shows it beside a ticket: what the
// request asks for, and the lines a tier gives. Pure.
import { z } from "zod";
import type { RuleInput } from "../vip/rules";

/** Who the card is about (email or phone) and who is asking (their email). */
export const cardQuerySchema = z
  .object({
    email: z.string().trim().toLowerCase().email("The customer's email is not an email").max(254).optional(),
    phone: z.string().trim().max(32).optional(),
    agent: z.string().trim().toLowerCase().email("The agent's email is not an email").max(254).optional(),
    /** The customer's language as the helpdesk knows it ("ar", "fr-CA"): who on shift speaks it is suggested first. */
    language: z.string().trim().max(35).optional(),
  })
  .refine((query) => query.email || query.phone, { message: "The customer's email or phone is needed", path: ["email"] });
export type CardQuery = z.infer<typeof cardQuerySchema>;

/** What a tier gives, one line each, as the agent reads it. */
export function tierBenefits(rule: Pick<RuleInput, "skipBot" | "skipQueue" | "concierge" | "instantRefunds"> | null): string[] {
  if (!rule) return [];
  const lines: string[] = [];
  if (rule.skipBot) lines.push("Skips the bot");
  if (rule.skipQueue) lines.push("Skips the queue");
  if (rule.concierge?.name) lines.push(`Named concierge: ${rule.concierge.name}`);
  if (rule.instantRefunds) lines.push("Instant refunds");
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
