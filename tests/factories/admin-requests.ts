// Requests to the embedded admin as App Bridge makes them: a session token
// signed with the app secret in the Authorization header.
import db from "../../app/db.server";
import { ACCESS_SCOPES } from "../../app/access-scopes";
import { TEST_APP } from "../setup/test-environment";
import { signSessionToken } from "../../local-shopify/auth";
import type { LocalShopify } from "../../local-shopify/server";

export const STAFF_USER_ID = 4242;

/** The sessions token exchange would have stored, so no request leaves the test. */
export async function storeSessions(shop: string, userId = STAFF_USER_ID) {
  const scope = ACCESS_SCOPES.join(",");
  const expires = new Date(Date.now() + 24 * 60 * 60 * 1000);
  await db.session.createMany({
    data: [
      { id: `offline_${shop}`, shop, state: "", isOnline: false, scope, accessToken: `offline-token-${shop}` },
      {
        id: `${shop}_${userId}`,
        shop,
        state: "",
        isOnline: true,
        scope,
        expires,
        accessToken: `online-token-${shop}`,
        userId: BigInt(userId),
        firstName: "Chloe",
        lastName: "Martin",
        email: "chloe@example.com",
        accountOwner: true,
      },
    ],
  });
}

export function adminRequest(path: string, options: { shop: string; userId?: number; method?: string; body?: BodyInit }) {
  const token = signSessionToken({
    shop: options.shop,
    apiKey: TEST_APP.apiKey,
    apiSecret: TEST_APP.apiSecret,
    userId: String(options.userId ?? STAFF_USER_ID),
  });
  return new Request(new URL(path, TEST_APP.appUrl), {
    method: options.method ?? "GET",
    headers: { Authorization: `Bearer ${token}` },
    body: options.body,
  });
}

/**
 * A staff member of the local Shopify signed in to the app: the app installed
 * (offline session, Shop row) and the online session token exchange would have stored
 * for them, holding an online access token the local Shopify accepts, so
 * actions that call the Admin API as the staff member reach it. Returns the
 * staff member's user id, for adminRequest.
 */
export async function signInStaff(local: LocalShopify, shop: string, email: string): Promise<number> {
  const staff = [...local.store.getShop(shop).staff.values()].find((member) => member.email === email);
  if (!staff) throw new Error(`No staff member ${email} in ${shop}`);
  const offlineToken = local.installApp(shop);
  const online = local.emulator.tokens.issue({
    shop,
    apiKey: local.emulator.app.apiKey,
    scope: local.emulator.app.scopes,
    online: true,
    userId: staff.id,
    expiresInSeconds: 24 * 60 * 60,
  });
  const scope = ACCESS_SCOPES.join(",");
  const offline = { shop, state: "", isOnline: false, scope, accessToken: offlineToken };
  const session = {
    shop,
    state: "",
    isOnline: true,
    scope,
    expires: new Date(Date.now() + 24 * 60 * 60 * 1000),
    accessToken: online.token,
    userId: BigInt(staff.id),
    firstName: staff.firstName,
    lastName: staff.lastName,
    email: staff.email,
    accountOwner: staff.accountOwner,
    locale: staff.locale,
    collaborator: staff.collaborator,
    emailVerified: staff.emailVerified,
  };
  await db.session.upsert({ where: { id: `offline_${shop}` }, create: { id: `offline_${shop}`, ...offline }, update: offline });
  await db.session.upsert({ where: { id: `${shop}_${staff.id}` }, create: { id: `${shop}_${staff.id}`, ...session }, update: session });
  // What installing records of the shop (onInstall): its jobs run only while it is installed.
  await db.shop.upsert({ where: { shop }, create: { shop, scopes: scope }, update: { uninstalledAt: null } });
  return staff.id;
}
