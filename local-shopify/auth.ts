/**
 * App authentication as Shopify does it for embedded apps:
 *
 * - App Bridge session tokens: HS256 JWTs signed with the app's client
 *   secret, claims iss=https://{shop}/admin, dest=https://{shop},
 *   aud={client id}, sub={staff user id}, exp/nbf/iat/jti/sid.
 * - Token exchange at `POST /admin/oauth/access_token`
 *   (grant_type=urn:ietf:params:oauth:grant-type:token-exchange) turning a
 *   session token into an offline or online access token, plus the
 *   `refresh_token` grant for expiring offline tokens.
 * - The registry of issued access tokens used to authenticate Admin API calls.
 *
 * Only node:crypto is used; no JWT library.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { ShopData, StaffMemberRecord, Store } from "./store";

export const TOKEN_EXCHANGE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";
export const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
export const OFFLINE_ACCESS_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:offline-access-token";
export const ONLINE_ACCESS_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:online-access-token";

/** Online tokens live for a day; Shopify answers `expires_in: 86399`. */
export const ONLINE_TOKEN_TTL_SECONDS = 86_399;
/** Expiring offline tokens live 60 minutes. */
export const EXPIRING_OFFLINE_TOKEN_TTL_SECONDS = 3_600;
/** Refresh tokens of expiring offline tokens. */
export const REFRESH_TOKEN_TTL_SECONDS = 7_776_000;
/**
 * How long a refresh token may be used again after its first use, while its
 * replacement is unused (shopify.dev changelog, 2026-08-28, "More resilient
 * refreshes for expiring offline access tokens").
 */
export const REFRESH_TOKEN_RETRY_SECONDS = 30 * 24 * 60 * 60;
/** Leeway for clock skew when checking `exp`/`nbf`, as Shopify's libraries allow. */
const CLOCK_TOLERANCE_SECONDS = 10;

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString("base64url");
}

export interface SessionTokenClaims {
  iss: string;
  dest: string;
  aud: string;
  sub: string;
  exp: number;
  nbf: number;
  iat: number;
  jti: string;
  sid: string;
  sig?: string;
}

export interface SignSessionTokenInput {
  shop: string;
  apiKey: string;
  apiSecret: string;
  /** Staff member id (the JWT `sub`). */
  userId: number | string;
  now?: Date;
  /** Lifetime in seconds (App Bridge tokens last one minute). */
  expiresInSeconds?: number;
  sid?: string;
  jti?: string;
  /** Override any claim (e.g. to build a broken token in a test). */
  overrides?: Partial<SessionTokenClaims>;
}

/** Signs an App Bridge session token exactly as Shopify does (HS256). */
export function signSessionToken(input: SignSessionTokenInput): string {
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const claims: SessionTokenClaims = {
    iss: `https://${input.shop}/admin`,
    dest: `https://${input.shop}`,
    aud: input.apiKey,
    sub: String(input.userId),
    exp: nowSeconds + (input.expiresInSeconds ?? 60),
    nbf: nowSeconds,
    iat: nowSeconds,
    jti: input.jti ?? randomBytes(16).toString("hex"),
    sid: input.sid ?? randomBytes(16).toString("hex"),
    ...input.overrides,
  };
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(JSON.stringify(claims));
  const signature = createHmac("sha256", input.apiSecret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

export type SessionTokenVerification = { ok: true; claims: SessionTokenClaims; shop: string } | { ok: false; reason: string };

/** Verifies signature, algorithm, audience, expiry and the shop claims. */
export function verifySessionToken(token: string, options: { apiKey: string; apiSecret: string; now: Date }): SessionTokenVerification {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "Malformed token" };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: { alg?: string };
  let claims: SessionTokenClaims;
  try {
    header = JSON.parse(Buffer.from(headerPart, "base64url").toString("utf8")) as { alg?: string };
    claims = JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8")) as SessionTokenClaims;
  } catch {
    return { ok: false, reason: "Malformed token" };
  }
  if (header.alg !== "HS256") return { ok: false, reason: "Unsupported algorithm" };
  const expected = createHmac("sha256", options.apiSecret).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "Invalid signature" };
  const nowSeconds = options.now.getTime() / 1000;
  if (typeof claims.exp !== "number" || claims.exp + CLOCK_TOLERANCE_SECONDS < nowSeconds) return { ok: false, reason: "Token expired" };
  if (typeof claims.nbf === "number" && claims.nbf - CLOCK_TOLERANCE_SECONDS > nowSeconds)
    return { ok: false, reason: "Token not yet valid" };
  if (claims.aud !== options.apiKey) return { ok: false, reason: "Invalid audience" };
  const dest = /^https:\/\/([^/]+)$/.exec(claims.dest ?? "");
  if (!dest) return { ok: false, reason: "Invalid destination" };
  const shop = dest[1]!;
  if (claims.iss !== `https://${shop}/admin`) return { ok: false, reason: "Issuer does not match destination" };
  return { ok: true, claims, shop };
}

// ---------------------------------------------------------------------------
// Access tokens
// ---------------------------------------------------------------------------

export interface AccessTokenRecord {
  token: string;
  shop: string;
  apiKey: string;
  scope: string;
  online: boolean;
  /** Epoch ms, or null for non-expiring offline tokens. */
  expiresAt: number | null;
  /** Staff member the online token acts for. */
  userId: number | null;
  refreshToken: string | null;
  refreshTokenExpiresAt: number | null;
  /** When its refresh token was first used (epoch ms); it stays usable until its replacement is. */
  refreshTokenFirstUsedAt: number | null;
  /** The refresh token whose use issued this record: retired once this record's own refresh token is used. */
  replacedRefreshToken: string | null;
}

/** Issued access tokens, looked up on every Admin API call. */
export class AccessTokenRegistry {
  private readonly byToken = new Map<string, AccessTokenRecord>();
  private readonly byRefreshToken = new Map<string, AccessTokenRecord>();

  constructor(private readonly now: () => Date) {}

  issue(input: {
    shop: string;
    apiKey: string;
    scope: string;
    online?: boolean;
    userId?: number | null;
    expiresInSeconds?: number | null;
    withRefreshToken?: boolean;
    /** The refresh token whose use issued this one (a refresh). */
    replacing?: string;
    /** A fixed token value (tests, the demo); random otherwise. */
    token?: string;
  }): AccessTokenRecord {
    const nowMs = this.now().getTime();
    const record: AccessTokenRecord = {
      token: input.token ?? `${input.online ? "shpua" : "shpat"}_${randomBytes(16).toString("hex")}`,
      shop: input.shop,
      apiKey: input.apiKey,
      scope: input.scope,
      online: input.online ?? false,
      expiresAt: input.expiresInSeconds ? nowMs + input.expiresInSeconds * 1000 : null,
      userId: input.userId ?? null,
      refreshToken: input.withRefreshToken ? `shprt_${randomBytes(16).toString("hex")}` : null,
      refreshTokenExpiresAt: input.withRefreshToken ? nowMs + REFRESH_TOKEN_TTL_SECONDS * 1000 : null,
      refreshTokenFirstUsedAt: null,
      replacedRefreshToken: input.replacing ?? null,
    };
    this.byToken.set(record.token, record);
    if (record.refreshToken) this.byRefreshToken.set(record.refreshToken, record);
    return record;
  }

  /** The live record for a token, or undefined if unknown/expired. */
  lookup(token: string | null | undefined): AccessTokenRecord | undefined {
    if (!token) return undefined;
    const record = this.byToken.get(token);
    if (!record) return undefined;
    if (record.expiresAt !== null && record.expiresAt <= this.now().getTime()) return undefined;
    return record;
  }

  /**
   * Uses a refresh token and returns its record. As Shopify documents it, a
   * used refresh token stays usable (a refresh whose answer was lost, or two
   * servers refreshing at once) until its replacement is used, for 30 days
   * from its first use at most and never past its own 90 days; using the
   * replacement retires it.
   */
  takeRefreshToken(refreshToken: string, apiKey: string): AccessTokenRecord | undefined {
    const record = this.byRefreshToken.get(refreshToken);
    if (!record || record.apiKey !== apiKey) return undefined;
    const nowMs = this.now().getTime();
    if (record.refreshTokenExpiresAt !== null && record.refreshTokenExpiresAt <= nowMs) return undefined;
    if (record.refreshTokenFirstUsedAt !== null && record.refreshTokenFirstUsedAt + REFRESH_TOKEN_RETRY_SECONDS * 1000 <= nowMs)
      return undefined;
    record.refreshTokenFirstUsedAt ??= nowMs;
    if (record.replacedRefreshToken) this.byRefreshToken.delete(record.replacedRefreshToken);
    return record;
  }

  /** Revokes every token an app holds for a shop (app uninstalled). */
  revoke(shop: string, apiKey: string): void {
    for (const [token, record] of this.byToken) {
      if (record.shop === shop && record.apiKey === apiKey) {
        this.byToken.delete(token);
        if (record.refreshToken) this.byRefreshToken.delete(record.refreshToken);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// POST /admin/oauth/access_token
// ---------------------------------------------------------------------------

export interface OAuthApp {
  apiKey: string;
  apiSecret: string;
  /** Comma-separated granted scopes. */
  scopes: string;
}

export interface OAuthResponse {
  status: number;
  body: Record<string, unknown>;
}

function oauthError(status: number, error: string, description: string): OAuthResponse {
  return { status, body: { error, error_description: description } };
}

function associatedUser(staff: StaffMemberRecord) {
  return {
    id: staff.id,
    first_name: staff.firstName,
    last_name: staff.lastName,
    email: staff.email,
    email_verified: staff.emailVerified,
    account_owner: staff.accountOwner,
    locale: staff.locale,
    collaborator: staff.collaborator,
  };
}

/**
 * Answers a token request for `shop` the way Shopify's OAuth endpoint does.
 * `params` is the JSON or form-decoded body. Errors:
 * 401 `invalid_client` for a wrong client id/secret, 400 `invalid_subject_token`
 * for a bad/expired/foreign session token, 400 `invalid_request` /
 * `unsupported_grant_type` for malformed requests.
 */
export function handleAccessTokenRequest(input: {
  shop: string;
  params: Record<string, unknown>;
  app: OAuthApp;
  store: Store;
  tokens: AccessTokenRegistry;
  now: Date;
}): OAuthResponse {
  const { params, app, tokens, shop } = input;
  const str = (name: string) => (typeof params[name] === "string" ? (params[name] as string) : undefined);
  const clientId = str("client_id");
  const clientSecret = str("client_secret");
  if (!clientId || !clientSecret) return oauthError(400, "invalid_request", "Missing client_id or client_secret");
  if (clientId !== app.apiKey || !safeEqual(clientSecret, app.apiSecret))
    return oauthError(401, "invalid_client", "Client authentication failed: invalid client_id or client_secret");
  const data: ShopData | undefined = input.store.shops.get(shop);
  if (!data) return oauthError(400, "invalid_request", `Unknown shop ${shop}`);

  const grantType = str("grant_type");
  if (grantType === "refresh_token") {
    const refreshToken = str("refresh_token");
    if (!refreshToken) return oauthError(400, "invalid_request", "Missing refresh_token");
    const previous = tokens.takeRefreshToken(refreshToken, app.apiKey);
    if (!previous || previous.shop !== shop) return oauthError(400, "invalid_grant", "Refresh token is invalid or expired");
    const record = tokens.issue({
      shop,
      apiKey: app.apiKey,
      scope: previous.scope,
      expiresInSeconds: EXPIRING_OFFLINE_TOKEN_TTL_SECONDS,
      withRefreshToken: true,
      replacing: refreshToken,
    });
    return { status: 200, body: offlineBody(record) };
  }
  if (grantType !== TOKEN_EXCHANGE_GRANT_TYPE)
    return oauthError(400, "unsupported_grant_type", `Unsupported grant_type ${grantType ?? "(missing)"}`);
  if (str("subject_token_type") !== ID_TOKEN_TYPE)
    return oauthError(400, "invalid_request", "subject_token_type must be urn:ietf:params:oauth:token-type:id_token");
  const subjectToken = str("subject_token");
  if (!subjectToken) return oauthError(400, "invalid_request", "Missing subject_token");
  const requested = str("requested_token_type");
  if (requested !== OFFLINE_ACCESS_TOKEN_TYPE && requested !== ONLINE_ACCESS_TOKEN_TYPE)
    return oauthError(400, "invalid_request", "Unsupported requested_token_type");

  const verified = verifySessionToken(subjectToken, { apiKey: app.apiKey, apiSecret: app.apiSecret, now: input.now });
  if (!verified.ok || verified.shop !== shop) return oauthError(400, "invalid_subject_token", "Subject token is invalid");

  if (requested === OFFLINE_ACCESS_TOKEN_TYPE) {
    const expiring = String(params.expiring ?? "0") === "1" || params.expiring === true;
    const record = tokens.issue({
      shop,
      apiKey: app.apiKey,
      scope: app.scopes,
      expiresInSeconds: expiring ? EXPIRING_OFFLINE_TOKEN_TTL_SECONDS : null,
      withRefreshToken: expiring,
    });
    return { status: 200, body: offlineBody(record) };
  }

  const staff = data.staff.get(Number(verified.claims.sub));
  if (!staff) return oauthError(400, "invalid_subject_token", "Subject token is invalid");
  const record = tokens.issue({
    shop,
    apiKey: app.apiKey,
    scope: app.scopes,
    online: true,
    userId: staff.id,
    expiresInSeconds: ONLINE_TOKEN_TTL_SECONDS,
  });
  return {
    status: 200,
    body: {
      access_token: record.token,
      scope: record.scope,
      expires_in: ONLINE_TOKEN_TTL_SECONDS,
      associated_user_scope: record.scope,
      associated_user: associatedUser(staff),
    },
  };
}

function offlineBody(record: AccessTokenRecord): Record<string, unknown> {
  if (record.expiresAt === null) return { access_token: record.token, scope: record.scope };
  return {
    access_token: record.token,
    scope: record.scope,
    expires_in: EXPIRING_OFFLINE_TOKEN_TTL_SECONDS,
    refresh_token: record.refreshToken,
    refresh_token_expires_in: REFRESH_TOKEN_TTL_SECONDS,
  };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
