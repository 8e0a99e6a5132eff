// What every admin loader and action starts with: the request authenticated
// as an embedded admin page (Shopify's session token, or its redirect to
// sign in), then the service context built once: the database, the shop's
// Admin API client, the shop, the time of the request, the signed-in staff
// member and their language. A route passes `context` (or a part of it) to
// its service, `language` to parseForm, and `t` to any message it writes.
import db from "../db.server";
import { adminLocale } from "../i18n/locale.server";
import type { AdminLocale } from "../i18n/locales";
import { formLanguage, serverTranslator } from "../i18n/resources.server";
import type { ServiceContext } from "../services/context";
import { staffMemberOf } from "../services/agent-desk.server";
import { authenticate } from "../shopify.server";

type AdminAuthentication = Awaited<ReturnType<typeof authenticate.admin>>;

export interface AdminRequest {
  /** The service context of this request: db, admin, shop, now, staff and locale. */
  context: ServiceContext;
  /** Shopify's session, for what the context does not carry. */
  session: AdminAuthentication["session"];
  /** Shopify's redirect for an embedded page (it keeps the app inside the admin). */
  redirect: AdminAuthentication["redirect"];
  /** The staff member's language: Shopify's `locale`, the cookie, their session, or English. */
  locale: AdminLocale;
  /** What parseForm and replyWithErrors take: the form's messages in that language. */
  language: ReturnType<typeof formLanguage>;
  /** Translates a server-side message into that language. */
  t: ReturnType<typeof serverTranslator>;
}

/** Authenticates an admin request and builds its service context (one "now" for the whole request). */
export async function adminContext(request: Request): Promise<AdminRequest> {
  const { admin, session, redirect } = await authenticate.admin(request);
  const locale = await adminLocale(request, session);
  return {
    context: { db, admin, shop: session.shop, now: new Date(), staff: staffMemberOf(session), locale },
    session,
    redirect,
    locale,
    language: formLanguage(locale),
    t: serverTranslator(locale),
  };
}
