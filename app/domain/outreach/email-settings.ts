// The merchant's sender and SMTP server form: one zod schema, read by the
// action and shown next to each field.
import { z } from "zod";
import { FLOW_STAGES, NOTIFIED_STAGES } from "./stages";
import { OUTREACH_LOCALES, type OutreachLocale } from "./templates";
import { fieldErrorsOf, fieldValues, optionalField, wholeNumberField, type FieldErrors, type FormSubmission } from "../forms";

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1"]);

export const emailSettingsSchema = z
  .object({
    fromName: z.string().trim().min(1, "Enter the name shoppers see").max(80, "Keep the name under 80 characters"),
    fromEmail: z.email("Enter an email address like hello@yourshop.com").trim().toLowerCase(),
    replyTo: optionalField(z.email("Enter an email address like help@yourshop.com").trim().toLowerCase()),
    host: z.string().trim().toLowerCase().regex(HOST, "Enter the server's host name, like smtp.yourprovider.com"),
    port: wholeNumberField({ min: 1, max: 65535, message: "Enter a port from 1 to 65535" }),
    security: z.enum(["tls", "starttls", "none"], "Choose how the connection is secured"),
    username: optionalField(z.string().trim().max(200, "Keep the user name under 200 characters")),
    /** Left empty, the stored password is kept. */
    password: optionalField(z.string().max(500, "Keep the password under 500 characters")),
    sendDelayAlerts: z
      .enum(["on", "off"])
      .default("off")
      .transform((value) => value === "on"),
    stageUpdates: z
      .array(z.enum(NOTIFIED_STAGES, "Choose among shipped, out for delivery and delivered"))
      .transform((stages) => [...new Set(stages)]),
    /** The stages that start the merchant's Shopify Flow workflows, with or without an email. */
    flowStages: z
      .array(z.enum(FLOW_STAGES, "Choose among delayed, shipped, out for delivery and delivered"))
      .transform((stages) => [...new Set(stages)]),
    ratePerMinute: wholeNumberField({
      min: 1,
      max: 10_000,
      message: "Enter how many emails a minute your server accepts, from 1 to 10,000",
    }),
  })
  // Unencrypted SMTP only to a server on this machine (the demo's, a relay beside the app).
  .refine((form) => form.security !== "none" || LOCAL_HOSTS.has(form.host), {
    path: ["security"],
    message: "Use TLS or STARTTLS for a server on another machine",
  });

export type EmailSettingsForm = z.infer<typeof emailSettingsSchema>;

export function parseEmailSettingsForm(
  form: FormSubmission,
): { ok: true; settings: EmailSettingsForm } | { ok: false; fieldErrors: FieldErrors } {
  const values = fieldValues(form);
  const single = (name: string) => values.get(name)?.at(-1);
  const parsed = emailSettingsSchema.safeParse({
    fromName: single("fromName") ?? "",
    fromEmail: single("fromEmail") ?? "",
    replyTo: single("replyTo"),
    host: single("host") ?? "",
    port: single("port") ?? "",
    security: single("security"),
    username: single("username"),
    password: single("password"),
    sendDelayAlerts: single("sendDelayAlerts"),
    stageUpdates: values.get("stageUpdates") ?? [],
    flowStages: values.get("flowStages") ?? [],
    ratePerMinute: single("ratePerMinute") || "60",
  });
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** "Send a test email": where to, and in which language. */
export const testEmailSchema = z.object({
  to: z.email("Enter the address to send the test to, like you@yourshop.com").trim().toLowerCase(),
  language: z.enum(OUTREACH_LOCALES as [OutreachLocale, ...OutreachLocale[]], "Choose English, Arabic or French").default("en"),
});
