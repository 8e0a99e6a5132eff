// Parsing a form with its schema, the same in the browser (useSchemaForm) and
// in the action, and the action's answer when a service refuses what parsed.
import { parseWithZod, type SubmissionResult } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FieldErrors } from "../../domain/forms";

/** What an action answers about a form: Conform's reply to the submission. */
export type FormResult = SubmissionResult<string[]>;

/**
 * Parses a form with its schema, in the browser and in the action. The
 * schema reads the form's text itself (exact amounts, percentages, blanks),
 * so Conform's own coercion is off; each field keeps its first message.
 */
export function parseForm<Schema extends z.ZodType>(formData: FormData | URLSearchParams, schema: Schema) {
  return parseWithZod(formData, {
    schema,
    disableAutoCoercion: true,
    formatError: (issues: z.core.$ZodIssue[]) => issues.slice(0, 1).map((issue) => issue.message),
  });
}

type Submission = ReturnType<typeof parseForm>;

/**
 * What a service refused after the form parsed (a code Shopify already has, a
 * name taken a moment ago), as the submission's errors: next to the field it
 * names, or over the form for "form".
 */
export function replyWithErrors(submission: Submission, fieldErrors: FieldErrors): FormResult {
  const { form, ...fields } = fieldErrors;
  return submission.reply({
    formErrors: form ? [form] : [],
    fieldErrors: Object.fromEntries(Object.entries(fields).map(([name, message]) => [name, [message]])),
  });
}
