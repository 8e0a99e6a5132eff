// Requests to the embedded admin as App Bridge makes them: a session token
// signed with the app secret in the Authorization header.
import db from "../../app/db.server";
import { ACCESS_SCOPES } from "../../app/access-scopes";
import { TEST_APP } from "../setup/test-environment";
import { signSessionToken } from "../shopify/auth";

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
