// The Email page's forms, one zod schema each, read by the browser and the
// action alike (decision 015): the sender and SMTP server, the choice of what
// Concierge sends (emails, Shopify Flow triggers), and a test email.
import { z } from "zod";
import { formMessage } from "../form-message";
import { DEFAULT_FLOW_STAGES, FLOW_STAGES, NOTIFIED_STAGES, type FlowStage, type NotifiedStage } from "./stages";
import { OUTREACH_LOCALES, type OutreachLocale } from "./templates";
import { checkboxField, listField, optionalField, optionalFieldOr, requiredTextField, wholeNumberField } from "../forms";

const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1"]);

export const DEFAULT_RATE_PER_MINUTE = 60;

/** What the server form shows: the saved settings as text, never the password. */
export interface EmailServerValues {
  fromName: string;
  fromEmail: string;
  replyTo: string;
  host: string;
  port: string;
  security: "tls" | "starttls" | "none";
  username: string;
  password: string;
  ratePerMinute: string;
}

export const emailServerSchema = z
  .object({
    fromName: requiredTextField("email:refusals.fromName", 80),
    fromEmail: z.email(formMessage("email:refusals.fromEmail")).trim().toLowerCase(),
    replyTo: optionalField(z.email(formMessage("email:refusals.replyTo")).trim().toLowerCase()),
    host: z.string(formMessage("email:refusals.host")).trim().toLowerCase().regex(HOST, formMessage("email:refusals.host")),
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
    ratePerMinute: optionalFieldOr(
      wholeNumberField({ min: 1, max: 10_000, message: formMessage("email:refusals.rate") }),
      DEFAULT_RATE_PER_MINUTE,
    ),
  })
  // Unencrypted SMTP only to a server on this machine (the demo's, a relay beside the app).
  .refine((form) => form.security !== "none" || LOCAL_HOSTS.has(form.host), {
    path: ["security"],
    message: formMessage("email:refusals.tls"),
  });

export type EmailServerSettings = z.output<typeof emailServerSchema>;

const distinct = <T>(values: T[]) => [...new Set(values)];

/**
 * Which shipment news Concierge sends: delay and stage emails (sent once a
 * server is saved) and the stages that start the merchant's Flow workflows
 * (no server needed).
 */
export const outreachChoicesSchema = z.object({
  sendDelayAlerts: checkboxField(),
  stageUpdates: listField(z.array(z.enum(NOTIFIED_STAGES, formMessage("email:refusals.stages")))).transform(distinct),
  flowStages: listField(z.array(z.enum(FLOW_STAGES, formMessage("email:refusals.flowStages")))).transform(distinct),
});

export interface OutreachChoices {
  sendDelayAlerts: boolean;
  stageUpdates: NotifiedStage[];
  flowStages: FlowStage[];
}

/** A shop that never chose: delay emails on (once there is a server), no stage emails, Flow at risk and delivered. */
export const DEFAULT_OUTREACH_CHOICES: OutreachChoices = {
  sendDelayAlerts: true,
  stageUpdates: [],
  flowStages: [...DEFAULT_FLOW_STAGES],
};

/** "Send a test email": where to, and in which language. */
export const testEmailSchema = z.object({
  to: z.email(formMessage("email:refusals.testTo")).trim().toLowerCase(),
  language: z.enum(OUTREACH_LOCALES as [OutreachLocale, ...OutreachLocale[]], formMessage("email:refusals.language")).default("en"),
});
