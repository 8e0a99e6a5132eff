// What a merchant's VIP rule is, and how the rule form becomes one.
// ruleFormSchema is the admin form's, read by Conform in the browser and the
// action; ruleInputSchema the same rule as data (JSON), which the form's
// schema composes. Errors are keyed by the field's name ("tierName",
// "conditions[0].value") so Polaris shows each one next to its field.
import { z } from "zod";
import { AMOUNT_LIMITS } from "../amount-limits";
import { formatMinorAsDecimal, minorUnitDigits } from "../money";
import { asList, checkboxValue, fieldErrorsOf, readAmount, requiredTextField, type FieldErrors } from "../forms";
import { withoutCaseInsensitiveDuplicates } from "../shopify-tags";
import { formMessage } from "../form-message";

export const TIER_NAME_MAX_LENGTH = 60;
/** Shopify's limit for a single customer tag. */
export const TAG_MAX_LENGTH = 255;
export const CONCIERGE_NAME_MAX_LENGTH = 80;
export const LAST_ORDER_WITHIN_DAYS_MAX = 3650;
/** More orders than any customer places: a bigger number is a typing slip. */
export const ORDERS_COUNT_MAX = 1_000_000;
export const DEFAULT_TIER_TAGS: readonly string[] = ["VIP"];

export const CONDITION_KINDS = [
  "tag_contains",
  "tag_equals",
  "amount_spent_at_least",
  "orders_count_at_least",
  "last_order_within_days",
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** Shopify stores tags comma-separated, so a comma would split one tag into two. */
function tagText(emptyMessage: string) {
  return z
    .string({ error: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(TAG_MAX_LENGTH, formMessage("vip:refusals.tagMax", { max: TAG_MAX_LENGTH }))
    .refine((tag) => !tag.includes(","), formMessage("vip:refusals.tagComma"));
}

/** Forms send numbers as text; JSON sends them as numbers. Both end up a number. */
function wholeNumber(options: { min: number; max?: number; minMessage: string; maxMessage?: string }) {
  const number = z.number({ error: formMessage("vip:refusals.wholeNumber") }).min(options.min, options.minMessage);
  // The range first: twenty digits are too many orders before they are an inexact number.
  const bounded = options.max === undefined ? number : number.max(options.max, options.maxMessage);
  return z.preprocess(
    (input) => (typeof input === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(input) ? Number(input) : input),
    bounded.int(formMessage("vip:refusals.wholeNumber")),
  );
}

/**
 * An amount in the shop currency, kept as the canonical decimal string
 * ("10000" becomes "10000.00" in USD) so a rule stays plain JSON. Parsed
 * exactly (readAmount): an amount with more decimals than the currency has is
 * refused, never rounded, and so is one above AMOUNT_LIMITS.vipAmountSpent.
 */
function amountInShopCurrency(shopCurrency: string) {
  const example = formatMinorAsDecimal(10_000n * 10n ** BigInt(minorUnitDigits(shopCurrency)), shopCurrency);
  const formatMessage = formMessage("vip:refusals.amountFormat", { example });
  return z
    .string({ error: formatMessage })
    .trim()
    .min(1, formMessage("vip:refusals.amount"))
    .transform((text, context) => {
      const reading = readAmount(text, shopCurrency, { label: "amount", allowZero: true, maxMajorUnits: AMOUNT_LIMITS.vipAmountSpent });
      if (!reading.ok) {
        context.issues.push({ code: "custom", message: reading.problem === "format" ? formatMessage : reading.message, input: text });
        return z.NEVER;
      }
      return formatMinorAsDecimal(reading.amount.minor, shopCurrency);
    });
}

/**
 * A VIP tier's instant-refund limit in the shop currency, canonical like the
 * condition amounts; blank is none (a tier without both limits refunds nothing
 * by itself: its returns wait for an agent).
 */
function refundLimitInShopCurrency(shopCurrency: string) {
  return z
    .string()
    .trim()
    .transform((text, context) => {
      if (text === "") return undefined;
      const reading = readAmount(text, shopCurrency, { label: "limit", allowZero: false, maxMajorUnits: AMOUNT_LIMITS.instantRefund });
      if (!reading.ok) {
        context.issues.push({
          code: "custom",
          message: reading.problem === "format" ? formMessage("vip:refusals.amountFormat", { example: "200.00" }) : reading.message,
          input: text,
        });
        return z.NEVER;
      }
      return formatMinorAsDecimal(reading.amount.minor, shopCurrency);
    })
    .optional();
}

function conditionSchema(shopCurrency: string) {
  return z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("tag_contains"), value: tagText(formMessage("vip:refusals.tagContains")) }),
      z.object({ kind: z.literal("tag_equals"), value: tagText(formMessage("vip:refusals.tag")) }),
      z.object({ kind: z.literal("amount_spent_at_least"), value: amountInShopCurrency(shopCurrency) }),
      z.object({
        kind: z.literal("orders_count_at_least"),
        value: wholeNumber({
          min: 0,
          max: ORDERS_COUNT_MAX,
          minMessage: formMessage("vip:refusals.ordersMin"),
          maxMessage: formMessage("vip:refusals.ordersMax", { max: ORDERS_COUNT_MAX }),
        }),
      }),
      z.object({
        kind: z.literal("last_order_within_days"),
        value: wholeNumber({
          min: 1,
          max: LAST_ORDER_WITHIN_DAYS_MAX,
          minMessage: formMessage("vip:refusals.daysMin"),
          maxMessage: formMessage("vip:refusals.daysMax", { max: LAST_ORDER_WITHIN_DAYS_MAX }),
        }),
      }),
    ],
    { error: formMessage("vip:refusals.condition") },
  );
}

/** Blank form fields mean "not given", not "given as empty". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((input) => (typeof input === "string" && input.trim() === "" ? undefined : input), schema.optional());
}

/**
 * E.164 allows at most 15 digits and never starts with 0. Spaces, dots,
 * dashes and brackets are accepted as typed and dropped, since wa.me links
 * and tel: URIs want the bare digits.
 */
function phoneNumber(message: string) {
  return z
    .string({ error: message })
    .transform((text) => text.replace(/[\s().-]/g, ""))
    .refine((digits) => /^\+?[1-9]\d{6,14}$/.test(digits), message);
}

const conciergeContactSchema = z
  .object({
    name: optional(
      z
        .string()
        .trim()
        .max(CONCIERGE_NAME_MAX_LENGTH, formMessage("vip:refusals.nameMax", { max: CONCIERGE_NAME_MAX_LENGTH })),
    ),
    phone: optional(phoneNumber(formMessage("vip:refusals.phone"))),
    email: optional(
      z
        .string()
        .trim()
        .pipe(z.email(formMessage("vip:refusals.email"))),
    ),
    whatsapp: optional(phoneNumber(formMessage("vip:refusals.whatsapp"))),
  })
  .nullish()
  .transform((contact, context) => {
    if (!contact) return null;
    const { name = null, phone = null, email = null, whatsapp = null } = contact;
    if (phone === null && email === null && whatsapp === null) {
      // An empty concierge section is simply no concierge; a name alone is a
      // contact nobody can reach.
      if (name === null) return null;
      context.issues.push({ code: "custom", message: formMessage("vip:refusals.contact"), input: contact });
      return z.NEVER;
    }
    return { name, phone, email, whatsapp };
  });

/**
 * The schema of one VIP rule. It needs the shop currency because amount
 * thresholds are in it, and how many decimals an amount may have depends on
 * the currency; given the shop's other tier names, it refuses one of them
 * (ignoring case and spaces).
 */
export function ruleInputSchema(shopCurrency: string, otherTierNames: readonly string[] = []) {
  return z.object({
    tierName: requiredTextField("vip:refusals.tierName", TIER_NAME_MAX_LENGTH).superRefine((tierName, context) => {
      const names = validateRuleSet([...otherTierNames.map((name) => ({ tierName: name })), { tierName }]);
      if (!names.ok) context.addIssue({ code: "custom", message: names.fieldErrors.tierName });
    }),
    match: z.enum(["all", "any"], { error: formMessage("vip:refusals.match") }).default("all"),
    conditions: z
      .array(conditionSchema(shopCurrency), { error: formMessage("vip:refusals.conditions") })
      .min(1, formMessage("vip:refusals.conditions")),
    // A tier with no tag would be invisible in Shopify's admin and segments.
    tagsToAdd: z
      .array(tagText(formMessage("vip:refusals.tag")), { error: formMessage("vip:refusals.tags") })
      .min(1, formMessage("vip:refusals.tags"))
      .default([...DEFAULT_TIER_TAGS])
      .transform(withoutCaseInsensitiveDuplicates),
    skipBot: z.boolean().default(false),
    skipQueue: z.boolean().default(false),
    // The tag helpdesk rules route on (Gorgias, Zendesk: README), added while the tier skips the queue.
    priorityTag: tagText(formMessage("vip:refusals.tag")).optional(),
    concierge: conciergeContactSchema,
    instantRefunds: z.boolean().default(false),
    instantRefundMaxPerRefund: refundLimitInShopCurrency(shopCurrency),
    instantRefundMaxPerMonth: refundLimitInShopCurrency(shopCurrency),
    enabled: z.boolean().default(true),
  });
}

export type RuleInputSchema = ReturnType<typeof ruleInputSchema>;
/** A validated rule: names trimmed, amounts canonical, tags deduplicated. */
export type RuleInput = z.output<RuleInputSchema>;
/** What a client may send before validation (defaults still to apply). */
export type RuleInputDraft = z.input<RuleInputSchema>;
export type RuleCondition = RuleInput["conditions"][number];
export type ConciergeContact = NonNullable<RuleInput["concierge"]>;

export type RuleParseResult = { ok: true; rule: RuleInput } | { ok: false; fieldErrors: FieldErrors };

/** Parses a rule sent as data (JSON, or an object built by a client). */
export function parseRuleInput(input: unknown, options: { shopCurrency: string }): RuleParseResult {
  const parsed = ruleInputSchema(options.shopCurrency).safeParse(input);
  return parsed.success ? { ok: true, rule: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/**
 * The rule form's schema, the same in the browser and the action: the rule's
 * own schema, read from the form. Field names: tierName, match ("all" or
 * "any"), conditions[N].kind, conditions[N].value, tagsToAdd[N], the
 * checkboxes skipBot, skipQueue, instantRefunds and enabled (unchecked: off),
 * concierge.name, concierge.phone, concierge.email, concierge.whatsapp.
 */
export function ruleFormSchema(shopCurrency: string, otherTierNames: readonly string[] = []) {
  return z.preprocess(ruleDraftOfForm, ruleInputSchema(shopCurrency, otherTierNames));
}

/** What the form sends, as a rule: a list sent once as a list, checkboxes as switches, a blank choice of match as none. */
function ruleDraftOfForm(payload: unknown): unknown {
  if (!payload || typeof payload !== "object") return payload;
  const form = payload as Record<string, unknown>;
  return {
    ...form,
    match: form.match === "" ? undefined : form.match,
    conditions: form.conditions === undefined ? undefined : asList(form.conditions),
    // No tag fields at all: the VIP tag (the form always shows at least one).
    tagsToAdd: form.tagsToAdd === undefined ? undefined : asList(form.tagsToAdd),
    skipBot: checkboxValue(form.skipBot),
    skipQueue: checkboxValue(form.skipQueue),
    instantRefunds: checkboxValue(form.instantRefunds),
    enabled: checkboxValue(form.enabled),
  };
}

function tierNameKey(tierName: string): string {
  return tierName.trim().toLowerCase();
}

export type RuleSetValidation = { ok: true } | { ok: false; fieldErrors: { tierName: string } };

/**
 * Tier names must be unique in a shop, ignoring case and surrounding spaces:
 * a customer's tier is shown and written to Shopify by name. Pass the shop's
 * rules as they would be after saving: the existing ones (with an edited rule
 * replaced) plus the new one.
 */
export function validateRuleSet(rules: ReadonlyArray<Pick<RuleInput, "tierName">>): RuleSetValidation {
  const firstByName = new Map<string, string>();
  for (const rule of rules) {
    const key = tierNameKey(rule.tierName);
    const existing = firstByName.get(key);
    if (existing !== undefined) {
      return { ok: false, fieldErrors: { tierName: formMessage("vip:refusals.tierTaken", { name: existing }) } };
    }
    firstByName.set(key, rule.tierName.trim());
  }
  return { ok: true };
}
