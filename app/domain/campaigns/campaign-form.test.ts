import { describe, expect, it } from "vitest";
import { campaignFormSchema, campaignSendAt, replyRate } from "./campaign-form";
import { messageText } from "../form-message";
import { serverTranslate } from "../../i18n/resources.server";

const valid = {
  name: "Welcome",
  segment: "first_order",
  segmentDays: "30",
  agentId: "agent-1",
  percentOff: "10",
  channel: "email",
  when: "now",
};

/** The form's errors, read in a staff member's language (English unless said). */
const errorsOf = (input: Record<string, string>, locale: "en" | "ar" | "fr" = "en") => {
  const parsed = campaignFormSchema.safeParse(input);
  const t = serverTranslate(locale);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), messageText(issue.message, t)]));
};

describe("the campaign form", () => {
  it("reads a campaign sent now to new customers", () => {
    expect(campaignFormSchema.parse(valid)).toMatchObject({ segment: "first_order", segmentDays: 30, percentOff: 10, when: "now" });
  });

  it("asks in the staff member's language", () => {
    expect(errorsOf({ ...valid, segment: "vip_tier", segmentDays: "" }, "ar")).toEqual({ tierName: "اختر فئة VIP" });
    expect(errorsOf({ ...valid, percentOff: "60" }, "fr")).toEqual({ percentOff: "Saisissez une réduction de 1 à 50 %" });
    expect(errorsOf({ ...valid, when: "later" }, "fr")).toEqual({ sendAt: "Saisissez une date et une heure" });
  });

  it("asks for what each choice needs and bounds the offer", () => {
    expect(errorsOf({ ...valid, segmentDays: "" })).toEqual({ segmentDays: "Enter a number of days from 1 to 730" });
    expect(errorsOf({ ...valid, segment: "vip_tier", segmentDays: "" })).toEqual({ tierName: "Choose a VIP tier" });
    expect(errorsOf({ ...valid, percentOff: "51" })).toEqual({ percentOff: "Enter a discount from 1 to 50 %" });
    expect(errorsOf({ ...valid, percentOff: "12.5" })).toEqual({ percentOff: "Enter a discount from 1 to 50 %" });
    expect(errorsOf({ ...valid, when: "later" })).toEqual({ sendAt: "Enter a date and time" });
    expect(errorsOf({ ...valid, channel: "sms" })).toEqual({ channel: "Choose how it is sent" });
  });
});

describe("when a campaign sends", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  it("is the time typed on the shop's clock", () => {
    expect(campaignSendAt({ when: "later", sendAt: "2026-12-24T09:00" }, now, "Asia/Dubai").toISOString()).toBe("2026-12-24T05:00:00.000Z");
    expect(campaignSendAt({ when: "later", sendAt: "2026-12-24T09:00" }, now, "America/New_York").toISOString()).toBe(
      "2026-12-24T14:00:00.000Z",
    );
  });

  it("is now when asked now, or when the time typed is past", () => {
    expect(campaignSendAt({ when: "now", sendAt: undefined }, now, "UTC")).toEqual(now);
    expect(campaignSendAt({ when: "later", sendAt: "2026-01-01T09:00" }, now, "UTC")).toEqual(now);
  });
});

describe("the reply rate", () => {
  it("is replies over contacts, and nothing before anyone was contacted", () => {
    expect(replyRate(1_701, 392)).toBeCloseTo(0.2305, 4);
    expect(replyRate(0, 0)).toBeNull();
  });
});
