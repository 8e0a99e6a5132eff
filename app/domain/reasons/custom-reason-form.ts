// The form that adds a reason of the merchant's own ("zipper broke"), or more
// helpdesk words for one of the built-in reasons (its key), with its name in
// the admin's languages. One schema for the browser and the action.
import { z } from "zod";
import { formMessage } from "../form-message";
import { customReasonSchema } from "./catalog";

const optionalLabel = z
  .string()
  .trim()
  .max(80, formMessage("forms:reason.labelMax", { max: 80 }))
  .optional()
  .transform((text) => text || null);

export const customReasonFormSchema = z
  .object({
    key: z.string({ error: formMessage("forms:reason.key") }),
    labelEn: z.string({ error: formMessage("forms:reason.label") }),
    labelAr: optionalLabel,
    labelFr: optionalLabel,
    /** Comma- or line-separated words a helpdesk sends for it. */
    aliases: z.string().optional().default(""),
  })
  .transform((form, context) => {
    const parsed = customReasonSchema.safeParse({
      key: form.key,
      label: form.labelEn,
      helpdeskAliases: [
        ...new Set(
          form.aliases
            .split(/[\n,]/)
            .map((word) => word.trim())
            .filter(Boolean),
        ),
      ],
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "label" ? "labelEn" : issue.path[0] === "helpdeskAliases" ? "aliases" : String(issue.path[0]);
        context.addIssue({ code: "custom", path: [field], message: issue.message });
      }
      return z.NEVER;
    }
    return { ...parsed.data, labelAr: form.labelAr, labelFr: form.labelFr };
  });
export type CustomReasonForm = z.output<typeof customReasonFormSchema>;

export const deleteCustomReasonSchema = z.object({ key: z.string().trim().min(1).max(60) });
