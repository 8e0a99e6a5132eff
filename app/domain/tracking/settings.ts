// The merchant's tracking-page settings form: branding, support contact,
// FAQ links, the pinned upsell collection and the cost of a ticket.
import { z } from "zod";
import { DEFAULT_STALLED_AFTER_DAYS, STALLED_AFTER_DAYS_RANGE } from "./shipment-risk";
import { amountField, fieldErrorsOf, fieldValues, optionalField, wholeNumberField, type FieldErrors, type FormSubmission } from "../forms";

const MAX_FAQ_LINKS = 5;

const httpsUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} is too long`)
    .refine((value) => {
      try {
        return new URL(value).protocol === "https:";
      } catch {
        return false;
      }
    }, `${label} must be an https:// address`);

const hexColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1a73e8")
  .transform((value) => value.toLowerCase());

export function trackingSettingsSchema(shopCurrency: string) {
  return z.object({
    headline: optionalField(z.string().trim().max(80, "Keep the headline under 80 characters")),
    logoUrl: optionalField(httpsUrl("The logo address")),
    primaryColor: optionalField(hexColor),
    accentColor: optionalField(hexColor),
    supportEmail: optionalField(z.email("Enter an email address like help@example.com").trim().toLowerCase()),
    supportPhone: optionalField(
      z
        .string()
        .trim()
        .transform((value) => value.replace(/[\s().-]/g, ""))
        .pipe(z.string().regex(/^\+?\d{6,15}$/, "Enter a phone number like +971 50 111 0346")),
    ),
    supportWhatsApp: optionalField(
      z
        .string()
        .trim()
        .transform((value) => value.replace(/[\s().+-]/g, ""))
        .pipe(z.string().regex(/^\d{6,15}$/, "Enter the WhatsApp number with its country code, like 971501110346")),
    ),
    faqLinks: z
      .array(z.object({ label: z.string().trim().min(1, "Give the link a label").max(60, "Keep the label under 60 characters"), url: httpsUrl("The link") }))
      .max(MAX_FAQ_LINKS, `At most ${MAX_FAQ_LINKS} links`),
    pinnedCollection: optionalField(z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, "Enter a collection handle like new-arrivals")),
    costPerTicket: amountField(shopCurrency, { label: "The cost of a ticket", allowZero: true, max: "costPerTicket" }),
    stalledAfterDays: wholeNumberField({
      ...STALLED_AFTER_DAYS_RANGE,
      message: `Enter a number of days from ${STALLED_AFTER_DAYS_RANGE.min} to ${STALLED_AFTER_DAYS_RANGE.max}`,
    }),
  });
}

export type TrackingSettingsForm = z.infer<ReturnType<typeof trackingSettingsSchema>>;

/** FAQ links come as faqLinks.N.label / faqLinks.N.url; empty rows are dropped. */
export function parseTrackingSettingsForm(
  form: FormSubmission,
  options: { shopCurrency: string },
): { ok: true; settings: TrackingSettingsForm } | { ok: false; fieldErrors: FieldErrors } {
  const values = fieldValues(form);
  const single = (name: string) => values.get(name)?.at(-1);
  const rows = new Map<number, { label?: string; url?: string }>();
  for (const [name, fieldValue] of values) {
    const match = /^faqLinks\.(\d+)\.(label|url)$/.exec(name);
    if (!match) continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2] as "label" | "url"] = fieldValue.at(-1) ?? "";
    rows.set(Number(match[1]), row);
  }
  const faqLinks = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => (row.label ?? "").trim() !== "" || (row.url ?? "").trim() !== "");
  const parsed = trackingSettingsSchema(options.shopCurrency).safeParse({
    headline: single("headline"),
    logoUrl: single("logoUrl"),
    primaryColor: single("primaryColor"),
    accentColor: single("accentColor"),
    supportEmail: single("supportEmail"),
    supportPhone: single("supportPhone"),
    supportWhatsApp: single("supportWhatsApp"),
    faqLinks,
    pinnedCollection: single("pinnedCollection"),
    costPerTicket: single("costPerTicket") ?? "5.00",
    stalledAfterDays: single("stalledAfterDays") || String(DEFAULT_STALLED_AFTER_DAYS),
  });
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

export interface DeflectionDay {
  day: string;
  lookups: number;
}

/**
 * Every lookup that found an order is a "where is my order?" ticket the
 * shopper did not need to open. Exact: a count times an integer cost.
 */
export function deflection(days: DeflectionDay[], costPerTicketMinor: bigint) {
  const lookups = days.reduce((sum, day) => sum + day.lookups, 0);
  return { lookups, ticketsSaved: lookups, savedMinor: BigInt(lookups) * costPerTicketMinor };
}
