import { afterEach, describe, expect, it } from "vitest";
import {
  ID_TOKEN_TYPE,
  OFFLINE_ACCESS_TOKEN_TYPE,
  ONLINE_ACCESS_TOKEN_TYPE,
  signSessionToken,
  TOKEN_EXCHANGE_GRANT_TYPE,
  verifySessionToken,
} from "./auth";
import { DEMO_NOW, DEMO_SHOP, OTHER_SHOP, seedDemoStore } from "./demo-store";
import { startLocalShopify, type LocalShopify } from "./server";
import { demoEmulator, TEST_API_KEY, TEST_API_SECRET, testClock } from "./testing";

/** App Bridge's session token for a staff member of the demo shop, signed with the test app's secret. */
function demoSessionToken(userId: number, now: Date): string {
  return signSessionToken({ shop: DEMO_SHOP, apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, userId, now });
}

function exchangeParams(subjectToken: string, requested: string, secret = TEST_API_SECRET) {
  return {
    client_id: TEST_API_KEY,
    client_secret: secret,
    grant_type: TOKEN_EXCHANGE_GRANT_TYPE,
    subject_token: subjectToken,
    subject_token_type: ID_TOKEN_TYPE,
    requested_token_type: requested,
  };
}

describe("session tokens", () => {
  it("are HS256 JWTs with App Bridge's claims, verified with the app secret", () => {
    const token = signSessionToken({
      shop: DEMO_SHOP,
      apiKey: TEST_API_KEY,
      apiSecret: TEST_API_SECRET,
      userId: 42,
      now: DEMO_NOW,
      jti: "j",
      sid: "s",
    });
    const [header, payload] = token
      .split(".")
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, "base64url").toString()));
    expect(header).toEqual({ alg: "HS256", typ: "JWT" });
    const iat = DEMO_NOW.getTime() / 1000;
    expect(payload).toEqual({
      iss: `https://${DEMO_SHOP}/admin`,
      dest: `https://${DEMO_SHOP}`,
      aud: TEST_API_KEY,
      sub: "42",
      exp: iat + 60,
      nbf: iat,
      iat,
      jti: "j",
      sid: "s",
    });
    expect(verifySessionToken(token, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: DEMO_NOW })).toMatchObject({
      ok: true,
      shop: DEMO_SHOP,
    });
    expect(verifySessionToken(token, { apiKey: TEST_API_KEY, apiSecret: "other", now: DEMO_NOW })).toEqual({
      ok: false,
      reason: "Invalid signature",
    });
    expect(verifySessionToken(token, { apiKey: "other-app", apiSecret: TEST_API_SECRET, now: DEMO_NOW })).toEqual({
      ok: false,
      reason: "Invalid audience",
    });
    expect(
      verifySessionToken(token, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: new Date(DEMO_NOW.getTime() + 120_000) }),
    ).toEqual({ ok: false, reason: "Token expired" });
  });
});

describe("token exchange", () => {
  it("exchanges a session token for offline and online access tokens", async () => {
    const { emulator, store, clock } = demoEmulator();
    const chloe = [...store.getShop(DEMO_SHOP).staff.values()].find((s) => s.accountOwner)!;
    const sessionToken = demoSessionToken(chloe.id, clock.now());

    const offline = emulator.handleAccessTokenRequest(DEMO_SHOP, exchangeParams(sessionToken, OFFLINE_ACCESS_TOKEN_TYPE));
    expect(offline).toEqual({
      status: 200,
      body: { access_token: expect.stringMatching(/^shpat_[0-9a-f]{32}$/), scope: emulator.app.scopes },
    });

    const online = emulator.handleAccessTokenRequest(DEMO_SHOP, exchangeParams(sessionToken, ONLINE_ACCESS_TOKEN_TYPE));
    expect(online).toEqual({
      status: 200,
      body: {
        access_token: expect.stringMatching(/^shpua_/),
        scope: emulator.app.scopes,
        expires_in: 86399,
        associated_user_scope: emulator.app.scopes,
        associated_user: {
          id: chloe.id,
          first_name: "Chloe",
          last_name: "Martin",
          email: "chloe@concierge-demo.example",
          email_verified: true,
          account_owner: true,
          locale: "en",
          collaborator: false,
        },
      },
    });

    // Both tokens work; the online one knows its staff member.
    const accessToken = (online.body as { access_token: string }).access_token;
    const me = await emulator.execute({ shop: DEMO_SHOP, accessToken, query: `{ currentStaffMember { name isShopOwner } }` });
    expect(me.body.data).toEqual({ currentStaffMember: { name: "Chloe Martin", isShopOwner: true } });
    // Online tokens expire.
    clock.advance(86_400_000);
    expect((await emulator.execute({ shop: DEMO_SHOP, accessToken, query: `{ shop { name } }` })).status).toBe(401);
  });

  it("issues expiring offline tokens whose refresh token is usable again until its replacement is used", () => {
    const { emulator, clock } = demoEmulator();
    const sessionToken = demoSessionToken(1, clock.now());
    const first = emulator.handleAccessTokenRequest(DEMO_SHOP, {
      ...exchangeParams(sessionToken, OFFLINE_ACCESS_TOKEN_TYPE),
      expiring: "1",
    });
    expect(first.body).toEqual({
      access_token: expect.any(String),
      scope: expect.any(String),
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^shprt_/),
      refresh_token_expires_in: 7776000,
    });
    const refresh = (refreshToken: string) =>
      emulator.handleAccessTokenRequest(DEMO_SHOP, {
        client_id: TEST_API_KEY,
        client_secret: TEST_API_SECRET,
        grant_type: "refresh_token",
        refresh_token: refreshToken,
      });
    const refreshTokenOf = (answer: { body: unknown }) => (answer.body as { refresh_token: string }).refresh_token;
    const refused = { status: 400, body: { error: "invalid_grant", error_description: "Refresh token is invalid or expired" } };

    const original = refreshTokenOf(first);
    const replacement = refresh(original);
    expect(replacement.status).toBe(200);
    // Its answer lost, or a second server refreshing at the same moment: the same refresh token works again.
    expect(refresh(original).status).toBe(200);
    // Using the replacement retires the token it replaced.
    const next = refresh(refreshTokenOf(replacement));
    expect(next.status).toBe(200);
    expect(refresh(original)).toEqual(refused);
    // A used refresh token whose replacement stays unused works for 30 days from its first use.
    clock.advance(30 * 24 * 60 * 60 * 1000);
    expect(refresh(refreshTokenOf(replacement))).toEqual(refused);
    expect(refresh(refreshTokenOf(next)).status).toBe(200);
  });

  it("refuses a wrong secret, an expired token and a token for another shop", () => {
    const { emulator, clock } = demoEmulator();
    const sessionToken = demoSessionToken(1, clock.now());
    expect(emulator.handleAccessTokenRequest(DEMO_SHOP, exchangeParams(sessionToken, OFFLINE_ACCESS_TOKEN_TYPE, "wrong-secret"))).toEqual({
      status: 401,
      body: { error: "invalid_client", error_description: "Client authentication failed: invalid client_id or client_secret" },
    });
    const forged = signSessionToken({ shop: DEMO_SHOP, apiKey: TEST_API_KEY, apiSecret: "not-the-secret", userId: 1, now: clock.now() });
    expect(emulator.handleAccessTokenRequest(DEMO_SHOP, exchangeParams(forged, OFFLINE_ACCESS_TOKEN_TYPE))).toEqual({
      status: 400,
      body: { error: "invalid_subject_token", error_description: "Subject token is invalid" },
    });
    expect(emulator.handleAccessTokenRequest(OTHER_SHOP, exchangeParams(sessionToken, OFFLINE_ACCESS_TOKEN_TYPE)).status).toBe(400);
    clock.advance(5 * 60_000);
    expect(emulator.handleAccessTokenRequest(DEMO_SHOP, exchangeParams(sessionToken, OFFLINE_ACCESS_TOKEN_TYPE)).body).toMatchObject({
      error: "invalid_subject_token",
    });
  });
});

describe("token exchange over HTTP", () => {
  let local: LocalShopify | undefined;
  afterEach(async () => {
    await local?.close();
    local = undefined;
  });

  it("accepts form-encoded and JSON bodies and the token then calls the Admin API", async () => {
    const clock = testClock();
    local = await startLocalShopify({ store: seedDemoStore(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: clock.now });
    const sessionToken = local.sessionToken(DEMO_SHOP);

    const form = await fetch(`${local.url}/admin/oauth/access_token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(exchangeParams(sessionToken, OFFLINE_ACCESS_TOKEN_TYPE)).toString(),
    });
    expect(form.status).toBe(200);
    const { access_token: accessToken } = (await form.json()) as { access_token: string };

    const json = await fetch(`${local.url}/admin/oauth/access_token`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(exchangeParams(sessionToken, ONLINE_ACCESS_TOKEN_TYPE, "bad")),
    });
    expect(json.status).toBe(401);
    expect(await json.json()).toMatchObject({ error: "invalid_client" });

    const gql = await fetch(local.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": accessToken },
      body: JSON.stringify({ query: `{ shop { myshopifyDomain } }` }),
    });
    expect(gql.status).toBe(200);
    expect(((await gql.json()) as { data: unknown }).data).toEqual({ shop: { myshopifyDomain: DEMO_SHOP } });

    const unauthorized = await fetch(local.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: `{ shop { name } }` }),
    });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" });

    const minted = await fetch(`${local.url}/admin/session-token?shop=${DEMO_SHOP}&client_id=${TEST_API_KEY}`);
    expect(minted.headers.get("access-control-allow-origin")).toBe("*");
    const { token: appBridgeToken, expires_in: expiresIn } = (await minted.json()) as { token: string; expires_in: number };
    expect(expiresIn).toBe(60);
    expect(verifySessionToken(appBridgeToken, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: clock.now() })).toMatchObject({
      ok: true,
      shop: DEMO_SHOP,
    });
    expect((await fetch(`${local.url}/admin/session-token?shop=${DEMO_SHOP}&client_id=someone-else`)).status).toBe(400);

    const otherVersion = await fetch(`${local.url}/admin/api/2024-01/graphql.json`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": accessToken },
      body: JSON.stringify({ query: `{ shop { name } }` }),
    });
    expect(otherVersion.status).toBe(404);
  });
});

describe("the admin opening the app", () => {
  let local: LocalShopify | undefined;
  afterEach(async () => {
    await local?.close();
    local = undefined;
  });

  it("loads the app at the admin path's own path and query, with the embedded parameters and a session token", async () => {
    const clock = testClock();
    const appUrl = "http://127.0.0.1:39999";
    local = await startLocalShopify({ store: seedDemoStore(), apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: clock.now, appUrl });
    const open = async (adminPath: string) => {
      const response = await fetch(`${local!.url}${adminPath}`, { redirect: "manual" });
      expect(response.status).toBe(302);
      return new URL(response.headers.get("location")!);
    };

    const deepLink = await open(`/admin/apps/${TEST_API_KEY}/app/agent-desk?q=amira%40example.com&shop=${DEMO_SHOP}&locale=ar`);
    expect(`${deepLink.origin}${deepLink.pathname}`).toBe(`${appUrl}/app/agent-desk`);
    expect(deepLink.searchParams.get("q")).toBe("amira@example.com");
    expect(deepLink.searchParams.get("embedded")).toBe("1");
    expect(deepLink.searchParams.get("locale")).toBe("ar");
    const idToken = deepLink.searchParams.get("id_token")!;
    expect(verifySessionToken(idToken, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: clock.now() })).toMatchObject({
      ok: true,
      shop: DEMO_SHOP,
    });

    // No path is the app's root; a path that looks like another host stays a path of the app.
    expect((await open(`/admin/apps/concierge?shop=${DEMO_SHOP}`)).pathname).toBe("/");
    const elsewhere = await open(`/admin/apps/concierge//elsewhere.example/x?shop=${DEMO_SHOP}`);
    expect(elsewhere.origin).toBe(appUrl);
    expect(elsewhere.pathname).toBe("//elsewhere.example/x");
  });
});
