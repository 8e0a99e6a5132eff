import { describe, expect, it } from "vitest";
import { authenticateTouch, channelOf, conciergeSignature, liveSecrets, normalizePhone, readTouch, zendeskSignature } from "./touches";

const NOW = new Date("2026-12-05T10:00:00Z");
const SECRETS = { secret: "s".repeat(64), previousSecret: null, zendeskSigningSecret: "zendesk-secret" };
const BODY = JSON.stringify({
  helpdesk: "generic",
  customerEmail: "Fatima@Example.ae",
  agentEmail: "Chloe@Shop.test",
  channel: "Live chat",
  conversationId: "T-1",
  time: "2026-12-05T09:58:00Z",
});
const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));

describe("authenticateTouch", () => {
  it("accepts Concierge's signature over the timestamp and body, within five minutes", () => {
    const timestamp = seconds(NOW);
    const headers = new Headers({
      "x-concierge-timestamp": timestamp,
      "x-concierge-signature": conciergeSignature(SECRETS.secret, timestamp, BODY),
    });
    expect(authenticateTouch(BODY, headers, SECRETS, NOW)).toEqual({
      ok: true,
      scheme: "signature",
      signedAt: new Date(Number(timestamp) * 1000),
    });
    expect(authenticateTouch(BODY.replace("T-1", "T-2"), headers, SECRETS, NOW)).toEqual({ ok: false, reason: "bad_signature" });
    expect(authenticateTouch(BODY, headers, SECRETS, new Date(NOW.getTime() + 6 * 60_000))).toEqual({
      ok: false,
      reason: "stale_timestamp",
    });
  });

  it("accepts Zendesk's base64 signature with the pasted signing secret only", () => {
    const timestamp = NOW.toISOString();
    const headers = new Headers({
      "x-zendesk-webhook-signature-timestamp": timestamp,
      "x-zendesk-webhook-signature": zendeskSignature("zendesk-secret", timestamp, BODY),
    });
    expect(authenticateTouch(BODY, headers, SECRETS, NOW)).toEqual({ ok: true, scheme: "zendesk", signedAt: NOW });
    expect(authenticateTouch(BODY, headers, { ...SECRETS, zendeskSigningSecret: null }, NOW)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("accepts the secret itself from helpdesks that can't sign, and the previous secret only during its grace day", () => {
    expect(authenticateTouch(BODY, new Headers({ "x-concierge-token": SECRETS.secret }), SECRETS, NOW)).toEqual({
      ok: true,
      scheme: "token",
      signedAt: null,
    });
    expect(authenticateTouch(BODY, new Headers({ authorization: `Bearer ${SECRETS.secret}` }), SECRETS, NOW)).toEqual({
      ok: true,
      scheme: "token",
      signedAt: null,
    });
    expect(authenticateTouch(BODY, new Headers({ "x-concierge-token": "wrong" }), SECRETS, NOW)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    expect(authenticateTouch(BODY, new Headers(), SECRETS, NOW)).toEqual({ ok: false, reason: "unsigned" });
    const rotated = {
      secret: "n".repeat(64),
      previousSecret: SECRETS.secret,
      previousExpiresAt: new Date(NOW.getTime() + 1000),
      zendeskSigningSecret: null,
    };
    expect(authenticateTouch(BODY, new Headers({ "x-concierge-token": SECRETS.secret }), liveSecrets(rotated, NOW), NOW).ok).toBe(true);
    expect(
      authenticateTouch(
        BODY,
        new Headers({ "x-concierge-token": SECRETS.secret }),
        liveSecrets(rotated, new Date(NOW.getTime() + 2000)),
        NOW,
      ).ok,
    ).toBe(false);
  });
});

describe("readTouch", () => {
  it("reads the helpdesk's fields, lower-casing emails and naming the channel", () => {
    const reading = readTouch(JSON.parse(BODY), NOW, "signature");
    expect(reading).toEqual({
      ok: true,
      touch: {
        helpdesk: "generic",
        conversationId: "T-1",
        channel: "chat",
        agentEmail: "chloe@shop.test",
        customerEmail: "fatima@example.ae",
        customerPhone: null,
        touchedAt: new Date("2026-12-05T09:58:00Z"),
        reason: null,
        test: false,
      },
    });
  });

  it("reads the reason the helpdesk sent, as given, and an empty one as none", () => {
    expect(readTouch({ ...JSON.parse(BODY), reason: "  Zipper broke " }, NOW, "signature")).toMatchObject({
      ok: true,
      touch: { reason: "Zipper broke" },
    });
    expect(readTouch({ ...JSON.parse(BODY), reason: "" }, NOW, "signature")).toMatchObject({ ok: true, touch: { reason: null } });
  });

  it("names what is missing or wrong", () => {
    const reading = readTouch({ conversationId: 12, agentEmail: "", time: "yesterday" }, NOW, "signature");
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(Object.keys(reading.errors).sort()).toEqual(["agentEmail", "customerEmail", "time"]);
  });

  it("refuses old touches sent with the bare secret, and touches from the future", () => {
    const body = { ...JSON.parse(BODY), time: "2026-12-05T08:00:00Z" };
    expect(readTouch(body, NOW, "signature").ok).toBe(true);
    expect(readTouch(body, NOW, "token").ok).toBe(false);
    expect(readTouch({ ...body, time: "2026-12-05T11:00:00Z" }, NOW, "signature").ok).toBe(false);
    const { time: _time, ...untimed } = body;
    expect(readTouch(untimed, NOW, "zendesk", NOW)).toMatchObject({ ok: true, touch: { touchedAt: NOW } });
    expect(readTouch(untimed, NOW, "token", null)).toEqual({
      ok: false,
      errors: { time: "The time is needed when the request is not signed" },
    });
  });

  it("reads channels and phones as helpdesks write them", () => {
    expect(["Web Widget", "email", "Voice", "whatsapp", "instagram-direct-message", "api"].map(channelOf)).toEqual([
      "chat",
      "email",
      "phone",
      "sms",
      "social",
      "other",
    ]);
    expect(normalizePhone("+971 50 111 0346")).toBe("+971501110346");
    expect(normalizePhone("12")).toBeNull();
  });
});
