// One way to write an admin form: a zod schema (app/domain/…) read by
// Conform, the same in the browser and in the action.
//   browser  useSchemaForm({ id, schema, defaultValue, lastResult }) checks the
//            form on submit, then as the merchant corrects it, with the schema
//   action   parseForm(formData, schema) (./parse.ts): 400 with
//            { result: submission.reply() } when it fails, else the parsed
//            value goes to the service
// Field errors come back keyed by field name and Polaris shows each next to
// its field (./fields.tsx). See docs/decisions/015-forms-with-conform.md.
import { useForm, type FormMetadata } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { useNavigation } from "@remix-run/react";
import { useEffect, useMemo, useRef } from "react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { changedFields } from "../../domain/form-changes";
import { translateWith } from "../../i18n/i18next";
import { useAdminLocale } from "../../i18n/format";
import { parseForm, type FormLanguage, type FormResult } from "./parse";

/** The staff member's language in the browser, for a form's messages. */
function useFormLanguage(): FormLanguage {
  const locale = useAdminLocale();
  const { t } = useTranslation();
  return useMemo(() => ({ locale, t: translateWith(t) }), [locale, t]);
}

/** The form field that says which of a page's forms was sent; not a value the merchant edits. */
export const INTENT_FIELD = "intent";

// Conform types a form by its values, an object of any shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormValues = Record<string, any>;

export interface SchemaFormOptions<Values extends FormValues> {
  /** The form's element id: unique on the page, stable between the server's render and the browser's. */
  id: string;
  schema: z.ZodType;
  /** The form's text as it starts (the loader's values). */
  defaultValue?: Values;
  /** The action's answer to the last submission. */
  lastResult?: FormResult | null;
  /** Called once the form is valid, before it is sent; may prevent the default and send it another way. */
  onSubmit?: (event: React.FormEvent<HTMLFormElement>, context: { formData: FormData }) => void;
}

/**
 * The object of fields under a schema's transforms: what the form's
 * constraints are read from (Conform reads no transform at the root).
 */
function fieldsOf(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def;
  if (def.type !== "pipe") return schema;
  const { in: input, out } = def as unknown as { in: z.ZodType; out: z.ZodType };
  return fieldsOf(out._zod.def.type === "transform" ? input : input._zod.def.type === "transform" ? out : input);
}

// Whether each form (Conform's object of this render) has unsaved changes: set
// by useSchemaForm, read by the save bar it is handed to (hasUnsavedChanges).
const UNSAVED = new WeakMap<object, boolean>();

/**
 * Whether the merchant changed a field the form shows from what the page
 * loaded: the save bar's cue. Conform's own `form.dirty` compares every value
 * the page loaded, shown or not (an offer's discount while its bonus is
 * "none"), as JSON (a list of one is not its one value), so it stayed true
 * after Discard.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function hasUnsavedChanges(form: FormMetadata<any>): boolean {
  return UNSAVED.get(form) ?? false;
}

type NamedField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const NOT_A_VALUE = new Set(["button", "submit", "reset", "image"]);

/** The names of the fields a form sends now: shown, enabled, not a button, not the intent. */
function fieldNamesOf(element: HTMLFormElement): string[] {
  return [...element.elements].flatMap((field) =>
    (field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) &&
    field.name &&
    field.name !== INTENT_FIELD &&
    !(field as NamedField).disabled &&
    !NOT_A_VALUE.has(field.type)
      ? [field.name]
      : [],
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function unsavedChanges(form: FormMetadata<any>, loaded: unknown): boolean {
  // Read on every render, so the form's component renders again as its values change.
  const current: unknown = form.value;
  const element = typeof document === "undefined" ? null : document.forms.namedItem(form.id);
  return element ? changedFields(fieldNamesOf(element), current, loaded).length > 0 : false;
}

/**
 * A Conform form checked by `schema`: on submit, then on every change of a
 * field once it has been checked. hasUnsavedChanges(form) says whether the
 * merchant changed anything. After a successful save the form starts again
 * from the page's reloaded data.
 */
export function useSchemaForm<Values extends FormValues>(
  options: SchemaFormOptions<Values>,
): [FormMetadata<Values>, ReturnType<FormMetadata<Values>["getFieldset"]>] {
  const { schema, lastResult } = options;
  const language = useFormLanguage();
  const constraint = useMemo(() => getZodConstraint(fieldsOf(schema)), [schema]);
  const [form, fields] = useForm<Values>({
    id: options.id,
    // Conform's types want the schema's own shape; the values are the form's text.
    defaultValue: options.defaultValue as never,
    lastResult: options.lastResult,
    constraint,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    shouldDirtyConsider: (name) => name !== INTENT_FIELD,
    onValidate: ({ formData }) => parseForm(formData, schema, language) as never,
    onSubmit: options.onSubmit,
  });

  // Once a save succeeded and the page's data is loaded again, the form
  // starts again from it: what was saved, or blank for a form that adds.
  const idle = useNavigation().state === "idle";
  const handled = useRef<FormResult | null | undefined>(lastResult);
  useEffect(() => {
    if (!idle || lastResult === handled.current) return;
    handled.current = lastResult;
    if (lastResult?.status === "success") form.reset();
  }, [idle, lastResult, form]);
  UNSAVED.set(form, unsavedChanges(form, options.defaultValue));
  return [form, fields];
}
