// Forms as the browser sends them and as the actions answer them (Conform's
// reply to the submission; app/components/form/parse.ts).
import type { AdminLocale } from "../../app/i18n/locales";
import { formLanguage, serverTranslate } from "../../app/i18n/resources.server";
import { messageText } from "../../app/domain/form-message";
import type { z } from "zod";
import { parseForm } from "../../app/components/form/parse";

export type FormFields = Record<string, string | readonly string[] | undefined>;

/** The fields as a form sends them: a list is the same name once per value; undefined is left out. */
export function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of typeof value === "string" ? [value] : (value ?? [])) body.append(name, item);
  }
  return body;
}

/**
 * A form's values (as a loader gives them to the form) as the fields the
 * browser sends: objects by "name.key", rows by "name[0].key", a list of
 * choices as its name once per choice, a checked box as "on" (an unchecked
 * one is not sent).
 */
export function formFieldsOf(values: unknown, prefix = "", fields: Record<string, string[]> = {}): Record<string, string[]> {
  const add = (name: string, value: string) => (fields[name] ??= []).push(value);
  if (typeof values === "boolean") {
    if (values) add(prefix, "on");
  } else if (Array.isArray(values)) {
    values.forEach((value, index) =>
      value !== null && typeof value === "object" ? formFieldsOf(value, `${prefix}[${index}]`, fields) : add(prefix, String(value)),
    );
  } else if (values !== null && typeof values === "object") {
    for (const [key, value] of Object.entries(values)) formFieldsOf(value, prefix ? `${prefix}.${key}` : key, fields);
  } else if (values !== undefined && values !== null) {
    add(prefix, String(values));
  }
  return fields;
}

/**
 * The field errors of a submission: one message per field (the forms keep the
 * first), keyed by the field's name; errors about the whole form under "".
 */
export function fieldErrorsOf(error: Record<string, readonly string[] | null> | null | undefined): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const [name, messages] of Object.entries(error ?? {})) {
    if (!messages) continue;
    if (messages.length !== 1) throw new Error(`${name} has ${messages.length} messages: ${JSON.stringify(messages)}`);
    fieldErrors[name] = messages[0];
  }
  return fieldErrors;
}

/** The field errors of an action's answer ({ result: submission.reply() }). */
export function answeredFieldErrors(body: unknown): Record<string, string> {
  const result = (body as { result?: { error?: Record<string, string[] | null> } } | null)?.result;
  return fieldErrorsOf(result?.error);
}

/** Parses the fields with a form's schema exactly as the browser and the action do. */
export function parseFields<Schema extends z.ZodType>(fields: FormFields | URLSearchParams, schema: Schema, locale: AdminLocale = "en") {
  const submission = parseForm(fields instanceof URLSearchParams ? fields : formBody(fields), schema, formLanguage(locale));
  return submission.status === "success"
    ? ({ ok: true, value: submission.value as z.output<Schema> } as const)
    : ({ ok: false, fieldErrors: fieldErrorsOf(submission.error) } as const);
}

/** The agent form as the browser sends it for Amira Haddad, a new agent with the personal code AMIRA10. */
export function agentForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: "Amira Haddad",
    email: "amira@concierge-demo.example",
    team: "Senior Concierge",
    timeZone: "Asia/Dubai",
    commissionPercent: "7.5",
    monthlyDelightBudget: "500",
    active: "true",
    "personalCode.code": "AMIRA10",
    "personalCode.discount.kind": "percentage",
    "personalCode.discount.value": "10",
    "personalCode.appliesOncePerCustomer": "false",
    ...overrides,
  };
}

/** Field errors (phrases until a staff member reads them, app/domain/form-message.ts) as `locale` reads them. */
export function fieldErrorsIn(errors: Readonly<Record<string, string>>, locale: AdminLocale = "en"): Record<string, string> {
  const t = serverTranslate(locale);
  return Object.fromEntries(Object.entries(errors).map(([name, message]) => [name, messageText(message, t)]));
}

/** A parse's result with its field errors read in English. */
export function inEnglish<T extends { ok: boolean }>(result: T): T {
  return "fieldErrors" in result ? { ...result, fieldErrors: fieldErrorsIn(result.fieldErrors as Record<string, string>) } : result;
}
