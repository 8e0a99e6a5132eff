// The field schemas every admin form is built from, and the reading of form
// text they share: blank means "not given", amounts and percentages are read
// exactly, a checkbox is on or off, a list may arrive as one value or none.
// A form's schema (app/domain/<area>/…) composes these; the browser and the
// action both parse the form with it through Conform (app/components/form/),
// and errors are keyed by the field's name ("personalCode.discount.value",
// "conditions[0].value"). See docs/decisions/015-forms-with-conform.md.
import { z } from "zod";
import { AMOUNT_LIMITS, type AmountLimit } from "./amount-limits";
import { formatMinorAsDecimal, minorUnitDigits, parseDecimalToMinor, type Money } from "./money";
import { fieldLabel, formMessage, type FieldLabelKey } from "./form-message";
import { moneyValue, type PhraseKey } from "./phrase";

export type FormSubmission = URLSearchParams | FormData | Readonly<Record<string, string | readonly string[] | undefined>>;

export type FieldErrors = Record<string, string>;

/** Every text value sent under each field name, in order. Files are ignored. */
export function fieldValues(form: FormSubmission): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (name: string, value: unknown) => {
    if (typeof value !== "string") return;
    const existing = values.get(name);
    if (existing) existing.push(value);
    else values.set(name, [value]);
  };
  if (form instanceof URLSearchParams || (typeof FormData !== "undefined" && form instanceof FormData)) {
    form.forEach((value, name) => add(name, value));
  } else {
    for (const [name, value] of Object.entries(form)) {
      for (const item of typeof value === "string" ? [value] : (value ?? [])) add(name, item);
    }
  }
  return values;
}

/**
 * A checkbox is absent when unchecked, so a form that wants "false" to win
 * over a default of true sends a hidden "false" before the checkbox; the last
 * value wins. Anything else is passed on for the schema to refuse.
 */
export function booleanField(values: string[] | undefined): boolean | string | undefined {
  const value = values?.at(-1)?.trim().toLowerCase();
  if (value === undefined) return undefined;
  if (value === "true" || value === "on" || value === "1") return true;
  if (value === "false" || value === "off" || value === "0" || value === "") return false;
  return value;
}

/**
 * What a checkbox sent, as on or off: a checked box sends "on" (or "true"),
 * an unchecked one sends nothing, so absent is off. A form that sends a
 * hidden "false" before the box has the last value win. Anything else is
 * passed on for the schema to refuse.
 */
export function checkboxValue(input: unknown): unknown {
  const values = Array.isArray(input)
    ? input.map(String)
    : typeof input === "string"
      ? [input]
      : input === undefined || input === null
        ? []
        : input;
  return Array.isArray(values) ? (booleanField(values) ?? false) : values;
}

/** A checkbox in a form (checkboxValue): absent is off. Anything else is refused. */
export function checkboxField() {
  return z.preprocess(checkboxValue, z.boolean({ error: formMessage("forms:chooseYesOrNo") }));
}

/** A field a form sends no value, one value or several times, as a list (none: empty). */
export function asList(input: unknown): unknown[] {
  return input === undefined || input === null ? [] : Array.isArray(input) ? input : [input];
}

/**
 * A repeated field ("tagsToAdd[0]", "reasons"): a form sends no value, one
 * value or several, and the schema reads them as a list (none: empty).
 */
export function listField<T extends z.ZodType>(schema: T) {
  return z.preprocess(asList, schema);
}

/**
 * The id of one of the app's own rows (a rule, an offer, a shipment at risk)
 * that a button posts: the shape Prisma's cuid() gives, else `message` (the
 * row is not, or no longer, on the page).
 */
export function recordIdField(message: string) {
  return z
    .string({ error: message })
    .trim()
    .regex(/^[a-z0-9]{20,40}$/, message);
}

/** The first message per field, keyed "workingHours.monday.end"; form-wide problems under "form". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

export function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

/** Blank form fields mean "not given", not "given as empty". */
export function optionalField<T extends z.ZodType>(schema: T) {
  return z.preprocess((input) => (isBlank(input) ? undefined : input), schema.optional());
}

/**
 * A text the form requires, trimmed: blank is refused with `key`'s message,
 * longer than `max` characters with the message of `key` + "Max" (given `max`),
 * as every form's messages name them ("forms:agent.name", "forms:agent.nameMax").
 */
export function requiredTextField(key: PhraseKey, max: number) {
  return z
    .string({ error: formMessage(key) })
    .trim()
    .min(1, formMessage(key))
    .max(max, formMessage(`${key}Max`, { max }));
}

/** A field a form may leave blank, read as `fallback` then: null ("none") or a default. */
export function optionalFieldOr<T extends z.ZodType, F>(schema: T, fallback: F) {
  return optionalField(schema).transform((value): z.output<T> | F => value ?? fallback);
}

/** Forms send numbers as text, JSON as numbers; both are read as text, exactly. */
function asText(input: unknown): unknown {
  if (typeof input === "number" && Number.isFinite(input)) return String(input);
  return typeof input === "string" ? input.trim() : input;
}

/**
 * A whole number, from text or a number. "3.0" is refused rather than read as
 * 3: a limit typed with decimals is a limit misunderstood.
 */
export function wholeNumberField(options: { min: number; max?: number; message: string }) {
  return z.preprocess(
    asText,
    z.string({ error: options.message }).transform((text, context) => {
      const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isNaN(value) || value < options.min || (options.max !== undefined && value > options.max)) {
        context.issues.push({ code: "custom", message: options.message, input: text });
        return z.NEVER;
      }
      return value;
    }),
  );
}

export type PercentParse = { ok: true; basisPoints: number } | { ok: false; problem: "format" | "precision" };

/**
 * "7.5" -> 750 basis points, exactly: the digits are read as digits, never
 * through a float. A trailing "%" is allowed since people type one. More than
 * two decimals is refused, not rounded: 7.125% can't be stored, and quietly
 * paying 7.13% instead is a decision for the merchant, not the parser.
 */
export function parsePercentToBasisPoints(input: string | number): PercentParse {
  const text = String(input).trim().replace(/\s*%$/, "");
  const match = /^(\d{0,6})(?:\.(\d+))?$/.exec(text);
  if (!match || (match[1] === "" && match[2] === undefined)) return { ok: false, problem: "format" };
  const [, whole, fraction = ""] = match;
  const significantFraction = fraction.replace(/0+$/, "");
  if (significantFraction.length > 2) return { ok: false, problem: "precision" };
  return { ok: true, basisPoints: Number(whole || "0") * 100 + Number(significantFraction.padEnd(2, "0")) };
}

/** 750 -> "7.5" (the inverse of parsePercentToBasisPoints, for showing a stored rate). */
export function formatBasisPointsAsPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const hundredths = String(basisPoints % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return hundredths ? `${whole}.${hundredths}` : String(whole);
}

/** A percentage in [min, max] percent with at most two decimals, as basis points. */
/** `label` names the field in its messages: a key of forms.json's "labels" ("grossMargin" is "The gross margin"). */
export function percentField(options: { minPercent: number; maxPercent: number; label: FieldLabelKey }) {
  const label = fieldLabel(options.label);
  const rangeMessage = formMessage("forms:percent.range", { label, min: options.minPercent, max: options.maxPercent });
  const formatMessage = formMessage("forms:percent.format", { label });
  return z.preprocess(
    asText,
    z.string({ error: formatMessage }).transform((text, context) => {
      const parsed = parsePercentToBasisPoints(text);
      if (!parsed.ok) {
        const message = parsed.problem === "precision" ? formMessage("forms:percent.precision", { label }) : formatMessage;
        context.issues.push({ code: "custom", message, input: text });
        return z.NEVER;
      }
      const minimum = options.minPercent * 100;
      const maximum = options.maxPercent * 100;
      if (parsed.basisPoints < minimum || parsed.basisPoints > maximum) {
        context.issues.push({ code: "custom", message: rangeMessage, input: text });
        return z.NEVER;
      }
      return parsed.basisPoints;
    }),
  );
}

export type AmountReading = { ok: true; amount: Money } | { ok: false; problem: "format" | "range"; message: string };

/**
 * An amount typed into a form, in the shop currency, read exactly into minor
 * units. Refused, with the message to show next to the field: text that is
 * not a plain decimal ("format"; callers word that one), a negative amount or
 * zero when it isn't allowed, more decimals than the currency has (never
 * rounded), and more than `maxMajorUnits` whole units (AMOUNT_LIMITS), which
 * is also what a 20-digit amount reads as, rather than a failure to parse.
 */
export function readAmount(
  text: string,
  currencyCode: string,
  options: { label: FieldLabelKey; allowZero: boolean; maxMajorUnits: number },
): AmountReading {
  const code = currencyCode.toUpperCase();
  const refuse = (message: string): AmountReading => ({ ok: false, problem: "range", message });
  const label = fieldLabel(options.label);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, problem: "format", message: "" };
  const [, sign, whole, fraction = ""] = match;
  // Checked before the precision so "-5.123" reads as negative, its real problem.
  const zero = !/[1-9]/.test(whole + fraction);
  if (sign && !zero) return refuse(formMessage("forms:amount.negative", { label }));
  if (zero && !options.allowZero) return refuse(formMessage("forms:amount.zero", { label }));
  const digits = minorUnitDigits(code);
  if (fraction.replace(/0+$/, "").length > digits) {
    return refuse(
      digits === 0 ? formMessage("forms:amount.noDecimals", { code }) : formMessage("forms:amount.decimals", { code, count: digits }),
    );
  }
  const maximum = BigInt(options.maxMajorUnits) * 10n ** BigInt(digits);
  // More whole digits than the maximum has is too large whatever they are: such text is never parsed.
  const tooLong = whole.replace(/^0+(?=\d)/, "").length > String(options.maxMajorUnits).length;
  const minor = tooLong ? null : parseDecimalToMinor(`${whole}.${fraction || "0"}`, code);
  if (minor === null || minor > maximum)
    return refuse(formMessage("forms:amount.max", { label, max: moneyValue({ minor: maximum, currencyCode: code }) }));
  return { ok: true, amount: { minor, currencyCode: code } };
}

/**
 * An amount in the shop currency, parsed exactly into minor units (readAmount),
 * `label` a key of forms.json's "labels":
 * an amount with more decimals than the currency has is refused, never
 * rounded, and so is one above the field's stated maximum.
 */
export function amountField(shopCurrency: string, options: { label: FieldLabelKey; allowZero: boolean; max: AmountLimit }) {
  const currencyCode = shopCurrency.toUpperCase();
  const example = formatMinorAsDecimal(500n * 10n ** BigInt(minorUnitDigits(currencyCode)), currencyCode);
  const formatMessage = formMessage("forms:amount.format", { label: fieldLabel(options.label), example });
  return z.preprocess(
    asText,
    z.string({ error: formatMessage }).transform((text, context): Money => {
      const reading = readAmount(text, currencyCode, {
        label: options.label,
        allowZero: options.allowZero,
        maxMajorUnits: AMOUNT_LIMITS[options.max],
      });
      if (!reading.ok) {
        context.issues.push({ code: "custom", message: reading.problem === "format" ? formatMessage : reading.message, input: text });
        return z.NEVER;
      }
      return reading.amount;
    }),
  );
}
