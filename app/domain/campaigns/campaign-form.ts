// A welcome campaign as the merchant creates it (decision 028): who it goes
// to (a segment read from what Concierge keeps), who signs it, the offer (a
// single-use code per customer), the channels and when it goes out.
import { z } from "zod";
import { optionalField, requiredTextField, wholeNumberField } from "../forms";
import { instantOfWallClock } from "../time/zoned-time";
import { formMessage } from "../form-message";

export const CAMPAIGN_SEGMENTS = ["first_order", "vip_tier", "lapsed"] as const;

/** Email from Concierge, a Shopify Flow trigger (Shopify Email, Klaviyo…), or both. */
export const CAMPAIGN_CHANNELS = ["email", "flow", "both"] as const;

/** The discount a welcome code gives: a whole percentage, within reason. */
export const PERCENT_OFF = { min: 1, max: 50 } as const;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export const campaignFormSchema = z
  .object({
    name: requiredTextField("campaigns:refusals.name", 100),
    segment: z.enum(CAMPAIGN_SEGMENTS, { error: formMessage("campaigns:refusals.segment") }),
    segmentDays: optionalField(
      wholeNumberField({ min: 1, max: 730, message: formMessage("campaigns:refusals.days", { min: 1, max: 730 }) }),
    ),
    tierName: optionalField(z.string().trim().max(100)),
    agentId: z
      .string({ error: formMessage("campaigns:refusals.agent") })
      .trim()
      .min(1, formMessage("campaigns:refusals.agent")),
    percentOff: wholeNumberField({
      min: PERCENT_OFF.min,
      max: PERCENT_OFF.max,
      message: formMessage("campaigns:refusals.percentOff", { min: PERCENT_OFF.min, max: PERCENT_OFF.max }),
    }),
    channel: z.enum(CAMPAIGN_CHANNELS, { error: formMessage("campaigns:refusals.channel") }),
    when: z.enum(["now", "later"], { error: formMessage("campaigns:refusals.when") }),
    sendAt: optionalField(z.string().trim().regex(LOCAL_DATE_TIME, formMessage("campaigns:refusals.sendAt"))),
  })
  .superRefine((form, context) => {
    if (form.segment !== "vip_tier" && form.segmentDays === undefined)
      context.issues.push({
        code: "custom",
        path: ["segmentDays"],
        message: formMessage("campaigns:refusals.days", { min: 1, max: 730 }),
        input: undefined,
      });
    if (form.segment === "vip_tier" && !form.tierName)
      context.issues.push({ code: "custom", path: ["tierName"], message: formMessage("campaigns:refusals.tier"), input: undefined });
    if (form.when === "later" && !form.sendAt)
      context.issues.push({ code: "custom", path: ["sendAt"], message: formMessage("campaigns:refusals.sendAt"), input: undefined });
  });

export type CampaignForm = z.infer<typeof campaignFormSchema>;

/** When the campaign goes out: now, or the date and time typed, on the shop's clock. */
export function campaignSendAt(form: Pick<CampaignForm, "when" | "sendAt">, now: Date, timeZone: string): Date {
  const match = form.when === "later" && form.sendAt ? LOCAL_DATE_TIME.exec(form.sendAt) : null;
  if (!match) return now;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const at = instantOfWallClock({ year, month, day, hour, minute }, timeZone);
  return at < now ? now : at;
}

/** The source articles' welcome campaign: 1,701 new customers contacted, 23.05% replied (article 001). */
export const REFERENCE_REPLY_RATE = 0.2305;

/** Replies over contacts, or null before anyone was contacted. */
export function replyRate(contacted: number, replied: number): number | null {
  return contacted > 0 ? replied / contacted : null;
}
