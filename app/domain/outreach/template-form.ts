// The template editor's form: one message in one language (subject, body,
// button), read by Conform in the browser and by the action with this one
// schema. A placeholder the message does not offer is refused by name, with
// the ones it does offer, next to the field that uses it; one the message
// requires (a welcome's code and signature) is asked for next to the body.
import { z } from "zod";
import { requiredTextField } from "../forms";
import { formMessage } from "../form-message";
import type { MessageKind } from "./consent";
import {
  DEFAULT_TEMPLATES,
  missingPlaceholders,
  OUTREACH_LOCALES,
  PLACEHOLDERS,
  unknownPlaceholdersIn,
  type OutreachLocale,
} from "./templates";

/** Every message a merchant may edit, in the order the editor lists them. */
export const TEMPLATE_KINDS = Object.keys(DEFAULT_TEMPLATES) as MessageKind[];

export const templateKeySchema = z.object({
  kind: z.enum(TEMPLATE_KINDS as [MessageKind, ...MessageKind[]], formMessage("email:refusals.kind")),
  locale: z.enum(OUTREACH_LOCALES as [OutreachLocale, ...OutreachLocale[]], formMessage("email:refusals.language")),
});

const LIMITS = { subject: 200, body: 5_000, button: 60 } as const;

export const templateFormSchema = templateKeySchema
  .extend({
    subject: requiredTextField("email:refusals.subject", LIMITS.subject),
    body: requiredTextField("email:refusals.body", LIMITS.body),
    button: requiredTextField("email:refusals.button", LIMITS.button),
  })
  .superRefine((form, context) => {
    for (const field of ["subject", "body", "button"] as const) {
      const unknown = unknownPlaceholdersIn(form.kind, form[field]);
      if (unknown.length === 0) continue;
      context.addIssue({
        code: "custom",
        path: [field],
        message: formMessage("email:refusals.unknownPlaceholders", {
          unknown: unknown.map((name) => `{{${name}}}`).join(", "),
          known: PLACEHOLDERS[form.kind].map((name) => `{{${name}}}`).join(", "),
        }),
      });
    }
    // A welcome keeps the customer's code and the agent's signature; its unsubscribe link is always in the footer.
    const missing = missingPlaceholders(form.kind, form);
    if (missing.length > 0)
      context.addIssue({
        code: "custom",
        path: ["body"],
        message: formMessage("email:refusals.missingPlaceholders", { missing: missing.map((name) => `{{${name}}}`).join(", ") }),
      });
  });

export type TemplateForm = z.infer<typeof templateFormSchema>;
