// The template editor's form: one message in one language (subject, body,
// button), read by Conform in the browser and by the action with this one
// schema. A placeholder the message does not offer is refused by name, with
// the ones it does offer, next to the field that uses it.
import { z } from "zod";
import type { MessageKind } from "./consent";
import { DEFAULT_TEMPLATES, OUTREACH_LOCALES, PLACEHOLDERS, unknownPlaceholdersIn, type OutreachLocale } from "./templates";

/** Every message a merchant may edit, in the order the editor lists them. */
export const TEMPLATE_KINDS = Object.keys(DEFAULT_TEMPLATES) as MessageKind[];

export const templateKeySchema = z.object({
  kind: z.enum(TEMPLATE_KINDS as [MessageKind, ...MessageKind[]], "Choose one of Concierge's messages"),
  locale: z.enum(OUTREACH_LOCALES as [OutreachLocale, ...OutreachLocale[]], "Choose English, Arabic or French"),
});

const LIMITS = { subject: 200, body: 5_000, button: 60 } as const;

export const templateFormSchema = templateKeySchema
  .extend({
    subject: z.string().trim().min(1, "Enter a subject").max(LIMITS.subject, `Keep the subject under ${LIMITS.subject} characters`),
    body: z.string().trim().min(1, "Enter the message").max(LIMITS.body, `Keep the message under ${LIMITS.body} characters`),
    button: z.string().trim().min(1, "Enter the button's text").max(LIMITS.button, `Keep the button under ${LIMITS.button} characters`),
  })
  .superRefine((form, context) => {
    for (const field of ["subject", "body", "button"] as const) {
      const unknown = unknownPlaceholdersIn(form.kind, form[field]);
      if (unknown.length === 0) continue;
      context.addIssue({
        code: "custom",
        path: [field],
        message: `${unknown.map((name) => `{{${name}}}`).join(", ")} is not a placeholder of this message: use ${PLACEHOLDERS[form.kind]
          .map((name) => `{{${name}}}`)
          .join(", ")}`,
      });
    }
  });

export type TemplateForm = z.infer<typeof templateFormSchema>;
