// The merchant's tracking-page settings form: branding, support contact,
// FAQ links, the pinned upsell collection and the cost of a ticket.
import { z } from "zod";
import { DEFAULT_STALLED_AFTER_DAYS, STALLED_AFTER_DAYS_RANGE } from "./shipment-risk";
import { fieldLabel, formMessage, type FieldLabelKey } from "../form-message";
import { amountField, isBlank, listField, optionalField, wholeNumberField } from "../forms";

export const MAX_FAQ_LINKS = 5;
/** What a ticket costs until the merchant says otherwise. */
export const DEFAULT_COST_PER_TICKET = "5.00";

const httpsUrl = (label: FieldLabelKey) =>
  z
    .string()
    .trim()
    .max(500, formMessage("forms:tracking.tooLong", { label: fieldLabel(label) }))
    .refine(
      (value) => {
        try {
          return new URL(value).protocol === "https:";
        } catch {
          return false;
        }
      },
      formMessage("forms:tracking.https", { label: fieldLabel(label) }),
    );

const hexColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, formMessage("forms:tracking.colour"))
  .transform((value) => value.toLowerCase());

export function trackingSettingsSchema(shopCurrency: string) {
  return z.object({
    headline: optionalField(
      z
        .string()
        .trim()
        .max(80, formMessage("forms:tracking.headlineMax", { max: 80 })),
    ),
    logoUrl: optionalField(httpsUrl("logoAddress")),
    primaryColor: optionalField(hexColor),
    accentColor: optionalField(hexColor),
    supportEmail: optionalField(z.email(formMessage("forms:tracking.email")).trim().toLowerCase()),
    supportPhone: optionalField(
      z
        .string()
        .trim()
        .transform((value) => value.replace(/[\s().-]/g, ""))
        .pipe(z.string().regex(/^\+?\d{6,15}$/, formMessage("forms:tracking.phone"))),
    ),
    supportWhatsApp: optionalField(
      z
        .string()
        .trim()
        .transform((value) => value.replace(/[\s().+-]/g, ""))
        .pipe(z.string().regex(/^\d{6,15}$/, formMessage("forms:tracking.whatsapp"))),
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
                .string({ error: formMessage("forms:tracking.linkLabel") })
                .trim()
                .min(1, formMessage("forms:tracking.linkLabel"))
                .max(60, formMessage("forms:tracking.linkLabelMax", { max: 60 })),
              url: httpsUrl("link"),
            })
            .nullable(),
        ),
      ),
    )
      .transform((rows) => rows.filter((row) => row !== null))
      .refine((rows) => rows.length <= MAX_FAQ_LINKS, formMessage("forms:tracking.linksMax", { max: MAX_FAQ_LINKS })),
    pinnedCollection: optionalField(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]*$/, formMessage("forms:tracking.collection")),
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
        message: formMessage("forms:tracking.stalledDays", STALLED_AFTER_DAYS_RANGE),
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
