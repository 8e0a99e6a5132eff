// Which language a request to the admin is in. Shopify opens an embedded app
// with the staff member's language in the `locale` query parameter
// (decision 020); the app's own navigation that follows doesn't carry it, so
// the choice is kept in a cookie, and English is the fallback.
import { createCookie } from "@remix-run/node";
import { DEFAULT_ADMIN_LOCALE, isAdminLocale, supportedAdminLocale, type AdminLocale } from "./locales";

// The admin lives in Shopify admin's iframe: a cookie reaches it only as
// SameSite=None; Secure, and Partitioned keeps it working where browsers block
// third-party cookies (it is then kept per top-level site, which is admin.shopify.com).
const localeCookie = createCookie("concierge_admin_locale", {
  path: "/",
  httpOnly: true,
  sameSite: "none",
  secure: true,
  partitioned: true,
  maxAge: 60 * 60 * 24 * 365,
});

export interface RequestLocale {
  locale: AdminLocale;
  /** A Set-Cookie header to send when Shopify gave a locale the cookie doesn't hold yet. */
  setCookie: string | null;
}

/**
 * The request's language: Shopify's `locale` parameter, else the cookie, else the staff member's own
 * language from their online session (Shopify's associated_user.locale), else English.
 */
export async function requestLocale(request: Request, staffLocale?: string | null): Promise<RequestLocale> {
  const given = new URL(request.url).searchParams.get("locale");
  const kept: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (given !== null) {
    const locale = supportedAdminLocale(given) ?? DEFAULT_ADMIN_LOCALE;
    return { locale, setCookie: kept === locale ? null : await localeCookie.serialize(locale) };
  }
  return { locale: isAdminLocale(kept) ? kept : (supportedAdminLocale(staffLocale) ?? DEFAULT_ADMIN_LOCALE), setCookie: null };
}

/** The request's language only, for a loader or action that translates a message. */
export async function adminLocale(request: Request, session?: StaffSession): Promise<AdminLocale> {
  return (await requestLocale(request, staffLocaleOf(session))).locale;
}

/** An online session's staff member, as Shopify's library keeps them. */
export interface StaffSession {
  onlineAccessInfo?: { associated_user?: { locale?: string } };
}

/** The staff member's language from their online session, when the app uses online tokens. */
export function staffLocaleOf(session: StaffSession | undefined): string | null {
  return session?.onlineAccessInfo?.associated_user?.locale ?? null;
}
