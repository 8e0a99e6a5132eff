// The merchant's tracking-page settings form: branding, support contact,
// FAQ links, the pinned upsell collection and the cost of a ticket.
import { z } from "zod";
import { DEFAULT_STALLED_AFTER_DAYS, STALLED_AFTER_DAYS_RANGE } from "./shipment-risk";
import { amountField, isBlank, listField, optionalField, wholeNumberField } from "../forms";

export const MAX_FAQ_LINKS = 5;
/** What a ticket costs until the merchant says otherwise. */
export const DEFAULT_COST_PER_TICKET = "5.00";

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
    // The form shows MAX_FAQ_LINKS rows; a row left empty is no link, and is
    // dropped only after the check so an error names the row it is on.
    faqLinks: listField(
      z.array(
        z.preprocess(
          (row) => (isBlankRow(row) ? null : row),
          z
            .object({
              label: z
                .string({ error: "Give the link a label" })
                .trim()
                .min(1, "Give the link a label")
                .max(60, "Keep the label under 60 characters"),
              url: httpsUrl("The link"),
            })
            .nullable(),
        ),
      ),
    )
      .transform((rows) => rows.filter((row) => row !== null))
      .refine((rows) => rows.length <= MAX_FAQ_LINKS, `At most ${MAX_FAQ_LINKS} links`),
    pinnedCollection: optionalField(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]*$/, "Enter a collection handle like new-arrivals"),
    ),
    costPerTicket: z.preprocess(
      (input) => input ?? DEFAULT_COST_PER_TICKET,
      amountField(shopCurrency, { label: "costPerTicket", allowZero: true, max: "costPerTicket" }),
    ),
    // Blank: the default number of days.
    stalledAfterDays: z.preprocess(
      (input) => (isBlank(input) ? String(DEFAULT_STALLED_AFTER_DAYS) : input),
      wholeNumberField({
        ...STALLED_AFTER_DAYS_RANGE,
        message: `Enter a number of days from ${STALLED_AFTER_DAYS_RANGE.min} to ${STALLED_AFTER_DAYS_RANGE.max}`,
      }),
    ),
  });
}

function isBlankRow(row: unknown): boolean {
  if (isBlank(row)) return true;
  if (typeof row !== "object") return false;
  const { label, url } = row as { label?: unknown; url?: unknown };
  return isBlank(label) && isBlank(url);
}

/** The settings form's text: FAQ links as rows of label and address. */
export interface TrackingSettingsValues {
  headline: string;
  logoUrl: string;
  primaryColor: string;
  accentColor: string;
  supportEmail: string;
  supportPhone: string;
  supportWhatsApp: string;
  faqLinks: { label: string; url: string }[];
  pinnedCollection: string;
  costPerTicket: string;
  /** Days without a carrier scan before a shipment is at risk. */
  stalledAfterDays: string;
}

export type TrackingSettingsForm = z.infer<ReturnType<typeof trackingSettingsSchema>>;

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
