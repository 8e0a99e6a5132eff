// Receives a helpdesk's touch (an agent handled a customer's conversation):
// verified with the shop's secret, read with its zod schema, and stored once,
// with its agent matched by email (an unknown agent's touch is kept and
// listed for the merchant to map). A touch is one row, written before the
// helpdesk gets its answer; the orders it may credit read it when they come.
// See docs/decisions/018-helpdesk-touches.md.
import type { ServiceContext } from "./context";
import type { DatabaseClient } from "../db.server";
import { enqueue } from "../jobs/queue.server";
import { consumeRateLimit } from "../data/rate-limits.server";
import { agentIdByEmail, customerIdByContact, findHelpdeskSettings, insertTouch } from "../data/support-touches.server";
import { recordTouchReason, shopReasonCatalog } from "./contact-reasons.server";
import { conciergeToTell, queueConciergeNotice } from "./vip-touch-alerts.server";
import { authenticateTouch, liveSecrets, MAX_TOUCH_BODY_BYTES, readTouch, type Touch } from "../domain/helpdesk/touches";
import { parseStorableJson } from "../domain/storable-text";

export type TouchContext = Pick<ServiceContext, "db" | "shop" | "now">;

/** Touches one shop may send a minute, all helpdesks together: a busy team sends a few a minute. */
export const TOUCHES_PER_MINUTE = 600;

export type TouchResult =
  | { kind: "stored"; agent: "known" | "unknown"; touch: Touch }
  | { kind: "tested"; agent: "known" | "unknown"; touch: Touch }
  | { kind: "duplicate" }
  | { kind: "not_found" }
  | { kind: "unauthorized"; reason: string }
  | { kind: "invalid"; errors: Record<string, string> }
  | { kind: "rate_limited"; retryAfterSeconds: number };

const UNAUTHORIZED: Record<string, string> = {
  unsigned: "Unsigned: send X-Concierge-Signature and X-Concierge-Timestamp, a Zendesk signature, or X-Concierge-Token",
  bad_signature: "The signature or secret does not match this shop's",
  stale_timestamp: "The signature's timestamp is more than 5 minutes from now: a replay, or a clock to fix",
};

export type HelpdeskAuthentication =
  | { ok: true; scheme: "signature" | "zendesk" | "token"; signedAt: Date | null }
  | { ok: false; result: Extract<TouchResult, { kind: "not_found" | "unauthorized" | "rate_limited" }> };

/**
 * Verifies a helpdesk's request to this shop's endpoints (touches, the
 * customer card) with the shop's secrets, then counts it against the shop's
 * limit for that endpoint. `signed` is what the signature covers: the body
 * of a POST, the method, path and query of a GET.
 */
export async function authenticateHelpdeskRequest(
  context: TouchContext,
  request: { signed: string; headers: Headers },
  limit: { key: string; perMinute: number },
): Promise<HelpdeskAuthentication> {
  const { db, shop, now } = context;
  const settings = await findHelpdeskSettings(db, shop);
  if (!settings) return { ok: false, result: { kind: "not_found" } };
  const auth = authenticateTouch(request.signed, request.headers, liveSecrets(settings, now), now);
  if (!auth.ok) return { ok: false, result: { kind: "unauthorized", reason: UNAUTHORIZED[auth.reason] } };
  const counted = await consumeRateLimit(db, shop, { key: limit.key, limit: limit.perMinute, windowMs: 60_000 }, now);
  if (!counted.allowed) return { ok: false, result: { kind: "rate_limited", retryAfterSeconds: counted.retryAfterSeconds } };
  return auth;
}

export async function receiveTouch(context: TouchContext, request: { rawBody: string; headers: Headers }): Promise<TouchResult> {
  const { db, shop, now } = context;
  if (Buffer.byteLength(request.rawBody, "utf8") > MAX_TOUCH_BODY_BYTES)
    return { kind: "invalid", errors: { body: "The body is larger than 16 KB" } };
  const auth = await authenticateHelpdeskRequest(
    context,
    { signed: request.rawBody, headers: request.headers },
    { key: "helpdesk:touches", perMinute: TOUCHES_PER_MINUTE },
  );
  if (!auth.ok) return auth.result;

  let body: unknown;
  try {
    body = parseStorableJson(request.rawBody);
  } catch {
    return { kind: "invalid", errors: { body: "The body is not JSON" } };
  }
  const reading = readTouch(body, now, auth.scheme, auth.signedAt);
  if (!reading.ok) return { kind: "invalid", errors: reading.errors };
  const { touch } = reading;

  const agentId = await agentIdByEmail(db, shop, touch.agentEmail);
  const agent = agentId ? "known" : "unknown";
  if (touch.test) return { kind: "tested", agent, touch };
  const customerId = await customerIdByContact(db, shop, touch.customerEmail, touch.customerPhone);
  const catalog = touch.reason ? await shopReasonCatalog(db, shop) : [];
  const vip = await conciergeToTell(db, shop, customerId);
  // The touch, the reason it carried, the job that credits the orders it may
  // have come after and the VIP's concierge told, together.
  const inserted = await db.$transaction(async (tx) => {
    const row = await insertTouch(tx, shop, touch, { agentId, customerId });
    if (row.inserted && touch.reason) await recordTouchReason(tx, shop, catalog, touch);
    if (row.inserted && agentId) await queueTouchAttributions(tx, shop, [row.id]);
    if (row.inserted && vip) await queueConciergeNotice(tx, shop, row.id, touch, vip);
    return row;
  });
  return inserted.inserted ? { kind: "stored", agent, touch } : { kind: "duplicate" };
}

/** Queues the re-crediting of the orders that followed these touches. */
export async function queueTouchAttributions(db: DatabaseClient, shop: string, touchIds: readonly string[]) {
  for (const touchId of touchIds) await enqueue(db, "touch-attribution", { shop, touchId });
}
