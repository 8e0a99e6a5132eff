import { describe, expect, it } from "vitest";
import { NOT_SENT, notSentKey } from "./not-sent";

describe("why a message was not sent", () => {
  it("is known by its key when the words are Concierge's own", () => {
    expect(notSentKey(NOT_SENT.noConsent)).toBe("noConsent");
    expect(notSentKey("Concierge was uninstalled from the shop before this work ran")).toBe("uninstalled");
  });

  it("has no key when the words are a server's, or there are none", () => {
    expect(notSentKey("451 4.7.1 Greylisted, try again later")).toBeNull();
    expect(notSentKey(null)).toBeNull();
  });
});
