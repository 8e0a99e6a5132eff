import { describe, expect, it } from "vitest";
import { CHAT_EVENT_MAX_BYTES, CHAT_EVENTS, parseChatEvent } from "./events";

describe("parseChatEvent", () => {
  it("reads each known event from the beacon's JSON text", () => {
    for (const event of CHAT_EVENTS) expect(parseChatEvent(JSON.stringify({ event }))).toEqual({ ok: true, event });
  });

  it("ignores fields it does not know, keeping only the event name", () => {
    expect(parseChatEvent('{"event":"chat_opened","page":"product"}')).toEqual({ ok: true, event: "chat_opened" });
  });

  it("refuses unknown events, other shapes and text that is not JSON", () => {
    expect(parseChatEvent('{"event":"purchase"}')).toEqual({ ok: false, error: "Unknown event" });
    expect(parseChatEvent('{"name":"prompt_shown"}')).toMatchObject({ ok: false });
    expect(parseChatEvent('"prompt_shown"')).toMatchObject({ ok: false });
    expect(parseChatEvent("event=prompt_shown")).toEqual({ ok: false, error: "Body is not JSON" });
    expect(parseChatEvent("")).toEqual({ ok: false, error: "Body is not JSON" });
  });

  it("refuses a body larger than any beacon the script sends", () => {
    const padded = JSON.stringify({ event: "dismissed", padding: "x".repeat(CHAT_EVENT_MAX_BYTES) });
    expect(parseChatEvent(padded)).toEqual({ ok: false, error: "Body too large" });
  });
});
