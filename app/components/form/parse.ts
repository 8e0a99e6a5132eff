// Parsing a form with its schema, the same in the browser (useSchemaForm) and
// in the action, and the action's answer when a service refuses what parsed.
import { parseWithZod, type SubmissionResult } from "@conform-to/zod/v4";
import type { z } from "zod";
import arabic from "zod/v4/locales/ar.js";
import english from "zod/v4/locales/en.js";
import french from "zod/v4/locales/fr.js";
import { messageText } from "../../domain/form-message";
import type { FieldErrors } from "../../domain/forms";
import type { Translate } from "../../domain/phrase";
import type { AdminLocale } from "../../i18n/locales";

/** The staff member's language, for a form's messages: zod's own (a value of the wrong type) and the schema's (forms.json). */
export interface FormLanguage {
  locale: AdminLocale;
  t: Translate;
}

// zod's own messages in each admin language (zod 4 ships them: z.locales).
const ZOD_MESSAGES: Record<AdminLocale, z.core.$ZodErrorMap> = {
  en: english().localeError,
  ar: arabic().localeError,
  fr: french().localeError,
};

/** What an action answers about a form: Conform's reply to the submission. */
export type FormResult = SubmissionResult<string[]>;

/**
 * Parses a form with its schema, in the browser and in the action. The
 * schema reads the form's text itself (exact amounts, percentages, blanks),
 * so Conform's own coercion is off; each field keeps its first message, in
 * the staff member's language.
 */
export function parseForm<Schema extends z.ZodType>(formData: FormData | URLSearchParams, schema: Schema, language: FormLanguage) {
  return parseWithZod(formData, {
    schema,
    disableAutoCoercion: true,
    error: ZOD_MESSAGES[language.locale],
    formatError: (issues: z.core.$ZodIssue[]) => issues.slice(0, 1).map((issue) => messageText(issue.message, language.t)),
  });
}

type Submission = ReturnType<typeof parseForm>;

/**
 * What a service refused after the form parsed (a code Shopify already has, a
 * name taken a moment ago), as the submission's errors: next to the field it
 * names, or over the form for "form".
 */
export function replyWithErrors(submission: Submission, fieldErrors: FieldErrors, language: FormLanguage): FormResult {
  const { form, ...fields } = fieldErrors;
  return submission.reply({
    formErrors: form ? [messageText(form, language.t)] : [],
    fieldErrors: Object.fromEntries(Object.entries(fields).map(([name, message]) => [name, [messageText(message, language.t)]])),
  });
}

/** Every message of a refused form, in one sentence list: for a page that answers a button with one banner. */
export function resultMessages(result: FormResult): string {
  return Object.values(result.error ?? {})
    .flatMap((messages) => messages ?? [])
    .join(" ");
}
