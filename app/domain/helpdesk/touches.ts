// A helpdesk telling Concierge that one of its agents handled a customer's
// conversation: how the request is authenticated, what it must carry, and
// how its fields are read. Pure: the route and the service do the I/O.
// See docs/decisions/018-helpdesk-touches.md.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const HELPDESKS = ["gorgias", "zendesk", "reamaze", "tidio", "generic", "demo"] as const;
export type Helpdesk = (typeof HELPDESKS)[number];

export const TOUCH_CHANNELS = ["chat", "email", "phone", "sms", "social", "other"] as const;
export type TouchChannel = (typeof TOUCH_CHANNELS)[number];

/** The largest body accepted: a touch is a few hundred bytes. */
export const MAX_TOUCH_BODY_BYTES = 16 * 1024;
/** How far a signed request's timestamp may be from now. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;
/** A helpdesk that can only send the secret must send touches as they happen: older ones are refused. */
export const UNSIGNED_TOUCH_MAX_AGE_MS = 60 * 60 * 1000;
/** A signed touch may report a conversation up to this old (a helpdesk catching up after an outage). */
export const SIGNED_TOUCH_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Clocks differ: a touch may be dated this far ahead of ours. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
/** How long the secret before a rotation keeps working, while the merchant updates their helpdesk. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

export const HEADER_SIGNATURE = "x-concierge-signature";
export const HEADER_TIMESTAMP = "x-concierge-timestamp";
export const HEADER_TOKEN = "x-concierge-token";
export const HEADER_ZENDESK_SIGNATURE = "x-zendesk-webhook-signature";
export const HEADER_ZENDESK_TIMESTAMP = "x-zendesk-webhook-signature-timestamp";

/** Concierge's own signature: hex HMAC-SHA256 of "<timestamp>.<body>" with the shop's secret, sent as "sha256=<hex>". */
export function conciergeSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex")}`;
}

/** Zendesk's: base64 HMAC-SHA256 of timestamp and body joined without separator, with Zendesk's signing secret. */
export function zendeskSignature(secret: string, timestamp: string, body: string): string {
  return createHmac("sha256", secret)
    .update(timestamp + body, "utf8")
    .digest("base64");
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A timestamp as helpdesks send them: seconds or milliseconds since 1970, or ISO 8601. */
export function parseInstant(value: string | number): Date | null {
  if (typeof value === "number" || /^\d{9,13}$/.test(value.trim())) {
    const n = Number(value);
    if (!Number.isFinite(n)) return null;
    const date = new Date(n < 1e11 ? n * 1000 : n);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return null;
  const date = new Date(text.replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface TouchSecrets {
  secret: string;
  /** The secret before the last rotation, while it still works. */
  previousSecret: string | null;
  zendeskSigningSecret: string | null;
}

export type TouchAuth =
  | { ok: true; scheme: "signature" | "zendesk" | "token"; signedAt: Date | null }
  | { ok: false; reason: "unsigned" | "bad_signature" | "stale_timestamp" };

/** Which secrets sign or open a request now: the current one, and the previous one during its grace period. */
export function liveSecrets(
  settings: { secret: string; previousSecret: string | null; previousExpiresAt: Date | null; zendeskSigningSecret: string | null },
  now: Date,
): TouchSecrets {
  const previousLive =
    settings.previousSecret !== null && settings.previousExpiresAt !== null && settings.previousExpiresAt.getTime() > now.getTime();
  return {
    secret: settings.secret,
    previousSecret: previousLive ? settings.previousSecret : null,
    zendeskSigningSecret: settings.zendeskSigningSecret,
  };
}

/**
 * Verifies a touch request by the first scheme its headers use: Concierge's
 * signature, Zendesk's signature, or the secret itself for helpdesks that
 * can't sign (their touches must then be fresh, checked with the body).
 */
export function authenticateTouch(rawBody: string, headers: Headers, secrets: TouchSecrets, now: Date): TouchAuth {
  const candidates = [secrets.secret, ...(secrets.previousSecret ? [secrets.previousSecret] : [])];
  const fresh = (timestamp: string) => {
    const instant = parseInstant(timestamp);
    return instant !== null && Math.abs(instant.getTime() - now.getTime()) <= SIGNATURE_TOLERANCE_MS;
  };

  const signature = headers.get(HEADER_SIGNATURE);
  if (signature !== null) {
    const timestamp = headers.get(HEADER_TIMESTAMP) ?? "";
    if (!candidates.some((secret) => sameText(conciergeSignature(secret, timestamp, rawBody), signature.trim())))
      return { ok: false, reason: "bad_signature" };
    return fresh(timestamp)
      ? { ok: true, scheme: "signature", signedAt: parseInstant(timestamp) }
      : { ok: false, reason: "stale_timestamp" };
  }

  const zendesk = headers.get(HEADER_ZENDESK_SIGNATURE);
  if (zendesk !== null) {
    const timestamp = headers.get(HEADER_ZENDESK_TIMESTAMP) ?? "";
    if (!secrets.zendeskSigningSecret || !sameText(zendeskSignature(secrets.zendeskSigningSecret, timestamp, rawBody), zendesk.trim())) {
      return { ok: false, reason: "bad_signature" };
    }
    return fresh(timestamp) ? { ok: true, scheme: "zendesk", signedAt: parseInstant(timestamp) } : { ok: false, reason: "stale_timestamp" };
  }

  const token = headers.get(HEADER_TOKEN) ?? bearer(headers.get("authorization"));
  if (token !== null) {
    return candidates.some((secret) => sameText(secret, token.trim()))
      ? { ok: true, scheme: "token", signedAt: null }
      : { ok: false, reason: "bad_signature" };
  }
  return { ok: false, reason: "unsigned" };
}

function bearer(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}

/** "Web Widget", "Live chat", "E-mail", "whatsapp"… read as one of TOUCH_CHANNELS. */
export function channelOf(text: string | undefined): TouchChannel {
  const value = (text ?? "").toLowerCase();
  if (/facebook|instagram|twitter|social|tiktok/.test(value)) return "social";
  if (/chat|widget|messag|help.?center/.test(value)) return "chat";
  if (/mail/.test(value)) return "email";
  if (/phone|voice|call/.test(value)) return "phone";
  if (/sms|whatsapp|text/.test(value)) return "sms";
  return "other";
}

/** "+971 50 111 0346" → "+971501110346"; fewer than 7 digits is no phone. */
export function normalizePhone(text: string | undefined | null): string | null {
  if (!text) return null;
  const digits = text.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  return `${text.trim().startsWith("+") ? "+" : ""}${digits}`;
}

const optionalText = (max: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((value) => (value === null || value === undefined ? undefined : String(value).trim() || undefined))
    .pipe(z.string().max(max).optional());

/**
 * What a helpdesk sends. Field names are Concierge's own; each helpdesk's
 * setup fills them with its template variables. Empty strings (an unassigned
 * ticket's agent, a customer without phone) count as absent.
 */
export const touchPayloadSchema = z
  .object({
    helpdesk: z.enum(HELPDESKS).default("generic"),
    customerEmail: optionalText(254).pipe(z.string().email().optional()),
    customerPhone: optionalText(32),
    agentEmail: optionalText(254).pipe(z.string().email({ error: "The agent's email is not an email" }).optional()),
    channel: optionalText(60),
    conversationId: optionalText(120).pipe(z.string({ error: "The ticket or conversation id is missing" })),
    /** When the agent handled it; absent, the signed request's timestamp (a helpdesk sends as it happens). */
    time: z.union([z.string().max(60), z.number()]).optional(),
    /** Why the customer got in touch, in the helpdesk's words (a tag, a macro, a ticket field): mapped onto the shop's reasons. */
    reason: optionalText(120),
    /** The setup page's test button: verified and checked like any touch, never stored. */
    test: z.boolean().optional(),
  })
  .strip()
  .superRefine((touch, context) => {
    if (!touch.customerEmail && !normalizePhone(touch.customerPhone)) {
      context.addIssue({ code: "custom", path: ["customerEmail"], message: "The customer's email or phone is needed" });
    }
    if (!touch.agentEmail)
      context.addIssue({ code: "custom", path: ["agentEmail"], message: "The agent's email is missing: is the ticket assigned?" });
    if (touch.time !== undefined && parseInstant(touch.time) === null)
      context.addIssue({ code: "custom", path: ["time"], message: "The time must be ISO 8601 or seconds since 1970" });
  });

export interface Touch {
  helpdesk: Helpdesk;
  conversationId: string;
  channel: TouchChannel;
  agentEmail: string;
  customerEmail: string | null;
  customerPhone: string | null;
  touchedAt: Date;
  /** The helpdesk's words for why the customer got in touch, when it sent them. */
  reason: string | null;
  test: boolean;
}

export type TouchReading = { ok: true; touch: Touch } | { ok: false; errors: Record<string, string> };

/** The touch a verified body describes, or why it can't be one (a 400 with the field named). */
export function readTouch(body: unknown, now: Date, scheme: "signature" | "zendesk" | "token", signedAt: Date | null = null): TouchReading {
  const parsed = touchPayloadSchema.safeParse(body);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "body"] ??= issue.message;
    return { ok: false, errors };
  }
  const payload = parsed.data;
  // A signed request's timestamp stands for an absent time: a replay of it is then the same touch, refused.
  const touchedAt = payload.time !== undefined ? parseInstant(payload.time)! : signedAt;
  if (!touchedAt) return { ok: false, errors: { time: "The time is needed when the request is not signed" } };
  const age = now.getTime() - touchedAt.getTime();
  const maxAge = scheme === "token" ? UNSIGNED_TOUCH_MAX_AGE_MS : SIGNED_TOUCH_MAX_AGE_MS;
  if (age > maxAge)
    return {
      ok: false,
      errors: {
        time:
          scheme === "token"
            ? "Touches sent with the secret must be sent as they happen (within the hour)"
            : "The touch is older than 30 days",
      },
    };
  if (-age > FUTURE_TOLERANCE_MS) return { ok: false, errors: { time: "The time is in the future" } };
  return {
    ok: true,
    touch: {
      helpdesk: payload.helpdesk,
      conversationId: payload.conversationId,
      channel: channelOf(payload.channel),
      agentEmail: payload.agentEmail!.toLowerCase(),
      customerEmail: payload.customerEmail?.toLowerCase() ?? null,
      customerPhone: normalizePhone(payload.customerPhone),
      touchedAt,
      reason: payload.reason ?? null,
      test: payload.test === true,
    },
  };
}
