import { describe, expect, it } from "vitest";
import { trackLinkOf } from "./track-link";

describe("where /track leads", () => {
  it("is Concierge's page for the redirect Concierge makes, as a path or a URL on the shop, with or without a trailing slash", () => {
    expect(trackLinkOf("/apps/concierge/track")).toEqual({ kind: "ours" });
    expect(trackLinkOf("https://maison-nour.example/apps/concierge/track/")).toEqual({ kind: "ours" });
  });

  it("is the merchant's own when it leads anywhere else, kept as they wrote it", () => {
    expect(trackLinkOf("/apps/aftership/tracking")).toEqual({ kind: "theirs", target: "/apps/aftership/tracking" });
    expect(trackLinkOf("/apps/concierge/track-old")).toEqual({ kind: "theirs", target: "/apps/concierge/track-old" });
  });

  it("is not known before the install's setup has looked", () => {
    expect(trackLinkOf(null)).toEqual({ kind: "unchecked" });
  });
});
