// The languages the admin speaks, and how a locale Shopify sends ("ar",
// "fr-CA", "pt-BR") maps onto one of them. Pure: the server picks the locale,
// the browser renders with it.

export const ADMIN_LOCALES = ["en", "ar", "fr"] as const;
export type AdminLocale = (typeof ADMIN_LOCALES)[number];
export const DEFAULT_ADMIN_LOCALE: AdminLocale = "en";

/** "ar-SA" → "ar", "fr_CA" → "fr"; a language the admin doesn't speak (or no tag at all) → null. */
export function supportedAdminLocale(candidate: string | null | undefined): AdminLocale | null {
  const language = candidate?.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return (ADMIN_LOCALES as readonly string[]).includes(language) ? (language as AdminLocale) : null;
}

export function isAdminLocale(value: unknown): value is AdminLocale {
  return typeof value === "string" && (ADMIN_LOCALES as readonly string[]).includes(value);
}

/** Arabic reads right to left; `<html dir>` and Polaris follow it. */
export function textDirection(locale: AdminLocale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}
