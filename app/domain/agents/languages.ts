// The languages Concierge writes agents' replies and scripts in, and how a
// customer's Shopify locale maps onto them.
/** The languages Concierge writes replies and scripts in; agents say which they speak. */
export const AGENT_LANGUAGES = ["en", "ar", "fr"] as const;
export type AgentLanguage = (typeof AGENT_LANGUAGES)[number];
export const LANGUAGE_NAMES: Readonly<Record<AgentLanguage, string>> = { en: "English", ar: "Arabic", fr: "French" };

/** "ar-AE", "fr_CA", "AR" → the language Concierge writes in, or null. */
export function agentLanguageOf(locale: string | null | undefined): AgentLanguage | null {
  const language = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return (AGENT_LANGUAGES as readonly string[]).includes(language) ? (language as AgentLanguage) : null;
}
