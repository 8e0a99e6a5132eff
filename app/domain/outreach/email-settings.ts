// The merchant's sender and SMTP server form: one zod schema, read by the
// action and shown next to each field.
import { z } from "zod";
import { formMessage } from "../form-message";
import { FLOW_STAGES, NOTIFIED_STAGES } from "./stages";
import { OUTREACH_LOCALES, type OutreachLocale } from "./templates";
import {
  fieldErrorsOf,
  fieldValues,
  optionalField,
  requiredTextField,
  wholeNumberField,
  type FieldErrors,
  type FormSubmission,
} from "../forms";

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1"]);

export const emailSettingsSchema = z
  .object({
    fromName: requiredTextField("email:refusals.fromName", 80),
    fromEmail: z.email(formMessage("email:refusals.fromEmail")).trim().toLowerCase(),
    replyTo: optionalField(z.email(formMessage("email:refusals.replyTo")).trim().toLowerCase()),
    host: z.string().trim().toLowerCase().regex(HOST, formMessage("email:refusals.host")),
    port: wholeNumberField({ min: 1, max: 65535, message: formMessage("email:refusals.port") }),
    security: z.enum(["tls", "starttls", "none"], formMessage("email:refusals.security")),
    username: optionalField(
      z
        .string()
        .trim()
        .max(200, formMessage("email:refusals.usernameMax", { max: 200 })),
    ),
    /** Left empty, the stored password is kept. */
    password: optionalField(z.string().max(500, formMessage("email:refusals.passwordMax", { max: 500 }))),
    sendDelayAlerts: z
      .enum(["on", "off"])
      .default("off")
      .transform((value) => value === "on"),
    stageUpdates: z.array(z.enum(NOTIFIED_STAGES, formMessage("email:refusals.stages"))).transform((stages) => [...new Set(stages)]),
    /** The stages that start the merchant's Shopify Flow workflows, with or without an email. */
    flowStages: z.array(z.enum(FLOW_STAGES, formMessage("email:refusals.flowStages"))).transform((stages) => [...new Set(stages)]),
    ratePerMinute: wholeNumberField({
      min: 1,
      max: 10_000,
      message: formMessage("email:refusals.rate"),
    }),
  })
  // Unencrypted SMTP only to a server on this machine (the demo's, a relay beside the app).
  .refine((form) => form.security !== "none" || LOCAL_HOSTS.has(form.host), {
    path: ["security"],
    message: formMessage("email:refusals.tls"),
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
  to: z.email(formMessage("email:refusals.testTo")).trim().toLowerCase(),
  language: z.enum(OUTREACH_LOCALES as [OutreachLocale, ...OutreachLocale[]], formMessage("email:refusals.language")).default("en"),
});
