// What a support agent is to Concierge, and how the agent form becomes one:
// who they are, when they work (on their own clock), what they earn on the
// sales they bring in, what they may spend delighting customers, and the
// personal discount code that credits them with a sale. agentFormSchema is
// the admin form's, read by Conform in the browser and the action;
// agentInputSchema the same agent sent as data. Errors are keyed by field
// path ("workingHours.monday.end").
import { z } from "zod";
import type { Money } from "../money";
import {
  codeFirstName,
  codeLastInitial,
  normalizeCode,
  PERSONAL_CODE_MAX_LENGTH,
  PERSONAL_CODE_MIN_LENGTH,
  PERSONAL_CODE_PATTERN,
} from "./codes";
import { AGENT_LANGUAGES, type AgentLanguage } from "./languages";
import { discountValueSchema, type DiscountValue } from "./discount-value";
import {
  amountField,
  checkboxField,
  fieldErrorsOf,
  formatBasisPointsAsPercent,
  isBlank,
  optionalField,
  optionalFieldOr,
  parsePercentToBasisPoints,
  listField,
  percentField,
  requiredTextField,
  wholeNumberField,
  type FieldErrors,
} from "../forms";
import { canonicalTimeZone } from "../time/zoned-time";
import { formMessage } from "../form-message";

export const AGENT_NAME_MAX_LENGTH = 80;
export const AGENT_TEAM_MAX_LENGTH = 60;
/** 30%: above this a commission eats the margin of most shops' orders. */
export const COMMISSION_MAX_PERCENT = 30;
export const DEFAULT_MONTHLY_DELIGHT_BUDGET = "500.00";
/** Shopify's usage limit is a 32-bit integer. */
export const USAGE_LIMIT_MAX = 2_147_483_647;

/** Monday first, as the form shows the week. */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * One day's shift on the agent's own clock, "HH:MM" in 24-hour time. An end at
 * or before the start means the shift runs past midnight into the next day
 * ("22:00"–"06:00"); "24:00" ends a shift at midnight.
 */
export interface Shift {
  start: string;
  end: string;
}

/** A day without a shift is a day off. A shift belongs to the day it starts. */
export type WeeklyHours = Record<Weekday, Shift | null>;

export const DEFAULT_WORKING_HOURS: Readonly<WeeklyHours> = Object.freeze({
  monday: { start: "09:00", end: "17:00" },
  tuesday: { start: "09:00", end: "17:00" },
  wednesday: { start: "09:00", end: "17:00" },
  thursday: { start: "09:00", end: "17:00" },
  friday: { start: "09:00", end: "17:00" },
  saturday: null,
  sunday: null,
});

const MINUTES_PER_DAY = 24 * 60;

/** "09:30" -> 570; "24:00" -> 1440. Assumes a time the schema accepted. */
export function minutesOfTime(time: string): number {
  const [hours, minutes] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

function timeOfDayField(which: "start" | "end") {
  const message = formMessage(which === "start" ? "forms:agent.startTime" : "forms:agent.endTime");
  return z.preprocess(
    (input) => (typeof input === "string" ? input.trim() : input),
    z.string({ error: message }).transform((text, context) => {
      const match = /^(\d{1,2}):(\d{2})$/.exec(text);
      const hours = match ? Number(match[1]) : Number.NaN;
      const minutes = match ? Number(match[2]) : Number.NaN;
      // 24:00 may end a shift (at midnight) but not start one.
      const valid = minutes < 60 && (hours < 24 || (which === "end" && hours === 24 && minutes === 0));
      if (!valid) {
        context.issues.push({ code: "custom", message, input: text });
        return z.NEVER;
      }
      return `${String(hours).padStart(2, "0")}:${match?.[2]}`;
    }),
  );
}

function isDayOff(input: unknown): boolean {
  if (isBlank(input)) return true;
  if (typeof input !== "object") return false;
  const { start, end } = input as { start?: unknown; end?: unknown };
  return isBlank(start) && isBlank(end);
}

function shiftField() {
  return z.preprocess(
    (input) => (isDayOff(input) ? null : input),
    z
      .object({ start: timeOfDayField("start"), end: timeOfDayField("end") }, { error: formMessage("forms:agent.shift") })
      .superRefine((shift, context) => {
        if (minutesOfTime(shift.start) === minutesOfTime(shift.end) % MINUTES_PER_DAY) {
          context.issues.push({
            code: "custom",
            path: ["end"],
            message: formMessage("forms:agent.shiftSameTime"),
            input: shift,
          });
        }
      })
      .nullable(),
  );
}

function weeklyHoursField() {
  const days = Object.fromEntries(WEEKDAYS.map((day) => [day, shiftField()])) as Record<Weekday, ReturnType<typeof shiftField>>;
  return z
    .object(days, { error: formMessage("forms:agent.workingHours") })
    .optional()
    .transform((hours): WeeklyHours => (hours ? { ...hours } : { ...DEFAULT_WORKING_HOURS }));
}

export interface AgentFormOptions {
  /** The shop currency, in which the budget and any fixed amounts are given. */
  shopCurrency: string;
  /** The shop's default commission rate from its settings, in basis points (750 = 7.5%). */
  defaultCommissionBasisPoints: number;
  /** Decimal in the shop currency; "500.00" unless the shop chose another default. */
  defaultMonthlyDelightBudget?: string;
}

/**
 * The schema of an agent sent as data (JSON, a draft): a switch left out
 * takes its default (active, each customer once). It needs the shop
 * currency (amounts are in it and their decimals depend on it) and the
 * shop's defaults.
 */
export function agentInputSchema(options: AgentFormOptions) {
  return agentSchema(options, {
    active: z.boolean({ error: formMessage("forms:agent.active") }).default(true),
    // A personal code is shared widely (chats, signatures, social), so by
    // default each customer gets it once, not on every order forever.
    appliesOncePerCustomer: z.boolean({ error: formMessage("forms:agent.oncePerCustomer") }).default(true),
  });
}

/**
 * The agent form's schema, the same in the browser and the action. Field
 * names: name, email, team, timeZone, workingHours.<weekday>.start and .end
 * (both blank: a day off; no workingHours fields at all: Monday–Friday
 * 09:00–17:00), commissionPercent ("7.5"; blank: the shop's default),
 * monthlyDelightBudget (blank: the default), active, personalCode.code,
 * personalCode.discount.kind ("percentage" or "fixed_amount"),
 * personalCode.discount.value, personalCode.minimumSubtotal,
 * personalCode.appliesOncePerCustomer, personalCode.usageLimit. Its switches
 * are checkboxes: one the form doesn't send is off.
 */
export function agentFormSchema(options: AgentFormOptions) {
  return agentSchema(options, { active: checkboxField(), appliesOncePerCustomer: checkboxField() });
}

function agentSchema(
  options: AgentFormOptions,
  switches: { active: z.ZodType<boolean, unknown>; appliesOncePerCustomer: z.ZodType<boolean, unknown> },
) {
  const { shopCurrency, defaultCommissionBasisPoints } = options;
  const defaultMonthlyDelightBudget = options.defaultMonthlyDelightBudget ?? DEFAULT_MONTHLY_DELIGHT_BUDGET;
  if (
    !Number.isInteger(defaultCommissionBasisPoints) ||
    defaultCommissionBasisPoints < 0 ||
    defaultCommissionBasisPoints > COMMISSION_MAX_PERCENT * 100
  ) {
    throw new RangeError(
      `The shop's default commission must be 0 to ${COMMISSION_MAX_PERCENT * 100} basis points, got ${defaultCommissionBasisPoints}`,
    );
  }

  const personalCodeSchema = z.object(
    {
      code: z
        .string({ error: formMessage("forms:agent.code") })
        .transform(normalizeCode)
        .pipe(
          z
            .string()
            .min(1, formMessage("forms:agent.code"))
            .min(PERSONAL_CODE_MIN_LENGTH, formMessage("forms:agent.codeMin", { min: PERSONAL_CODE_MIN_LENGTH }))
            .max(PERSONAL_CODE_MAX_LENGTH, formMessage("forms:agent.codeMax", { max: PERSONAL_CODE_MAX_LENGTH }))
            .regex(PERSONAL_CODE_PATTERN, formMessage("forms:agent.codePattern")),
        ),
      discount: discountValueSchema(shopCurrency),
      minimumSubtotal: optionalField(amountField(shopCurrency, { label: "minimumSubtotal", allowZero: true, max: "minimumSubtotal" }))
        // A minimum of zero is no minimum.
        .transform((amount): Money | null => (amount && amount.minor > 0n ? amount : null)),
      appliesOncePerCustomer: switches.appliesOncePerCustomer,
      usageLimit: optionalFieldOr(wholeNumberField({ min: 1, max: USAGE_LIMIT_MAX, message: formMessage("forms:agent.usageLimit") }), null),
    },
    { error: formMessage("forms:agent.personalCode") },
  );

  return z
    .object({
      name: requiredTextField("forms:agent.name", AGENT_NAME_MAX_LENGTH),
      email: z
        .string({ error: formMessage("forms:agent.email") })
        .trim()
        .toLowerCase()
        .min(1, formMessage("forms:agent.email"))
        .pipe(z.email(formMessage("forms:agent.emailInvalid"))),
      team: optionalFieldOr(
        z
          .string()
          .trim()
          .max(AGENT_TEAM_MAX_LENGTH, formMessage("forms:agent.teamMax", { max: AGENT_TEAM_MAX_LENGTH })),
        null,
      ),
      // Ticked checkboxes: none, one or several values.
      languages: listField(z.array(z.enum(AGENT_LANGUAGES, { error: formMessage("forms:agent.languages") }))).transform((languages) =>
        AGENT_LANGUAGES.filter((language) => languages.includes(language)),
      ),
      timeZone: z
        .string({ error: formMessage("forms:agent.timeZone") })
        .trim()
        .min(1, formMessage("forms:agent.timeZone"))
        .transform((name, context) => {
          const timeZone = canonicalTimeZone(name);
          if (timeZone === null) {
            context.issues.push({
              code: "custom",
              message: formMessage("forms:agent.timeZoneUnknown", { name }),
              input: name,
            });
            return z.NEVER;
          }
          return timeZone;
        }),
      workingHours: weeklyHoursField(),
      commissionPercent: optionalField(percentField({ minPercent: 0, maxPercent: COMMISSION_MAX_PERCENT, label: "commission" })).transform(
        (basisPoints) => basisPoints ?? defaultCommissionBasisPoints,
      ),
      monthlyDelightBudget: z.preprocess(
        // The default goes through the same parser, so a bad shop default is caught too.
        (input) => (isBlank(input) ? defaultMonthlyDelightBudget : input),
        amountField(shopCurrency, { label: "monthlyDelightBudget", allowZero: true, max: "monthlyDelightBudget" }),
      ),
      active: switches.active,
      personalCode: personalCodeSchema,
    })
    .transform((input): AgentSettings => ({
      name: input.name,
      email: input.email,
      team: input.team,
      languages: input.languages,
      timeZone: input.timeZone,
      workingHours: input.workingHours,
      commissionRateBasisPoints: input.commissionPercent,
      monthlyDelightBudget: input.monthlyDelightBudget,
      active: input.active,
      personalCode: input.personalCode,
    }));
}

export interface PersonalCode {
  /** Upper-case, as Shopify matches codes case-insensitively. */
  code: string;
  discount: DiscountValue;
  minimumSubtotal: Money | null;
  appliesOncePerCustomer: boolean;
  usageLimit: number | null;
}

/** A validated agent: text trimmed, email lower-cased, code upper-cased, money in minor units. */
export interface AgentSettings {
  name: string;
  email: string;
  team: string | null;
  /** The languages the agent answers customers in, of those Concierge writes replies in. */
  languages: AgentLanguage[];
  /** IANA name, like "America/New_York"; working hours are on this clock. */
  timeZone: string;
  workingHours: WeeklyHours;
  /** 750 = 7.5% of each attributed order's net revenue. */
  commissionRateBasisPoints: number;
  monthlyDelightBudget: Money;
  active: boolean;
  personalCode: PersonalCode;
}

export type AgentParseResult = { ok: true; agent: AgentSettings } | { ok: false; fieldErrors: FieldErrors };

/** Parses an agent sent as data (JSON, or an object built by a client). */
export function parseAgentInput(input: unknown, options: AgentFormOptions): AgentParseResult {
  const parsed = agentInputSchema(options).safeParse(input);
  return parsed.success ? { ok: true, agent: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** The agent form's text, as the form shows it (a new agent's from blankAgentFormValues). */
export type AgentFormValues = {
  name: string;
  email: string;
  team: string;
  /** The languages ticked, as their codes ("en", "ar", "fr"). */
  languages: string[];
  timeZone: string;
  workingHours: Record<Weekday, { start: string; end: string }>;
  commissionPercent: string;
  monthlyDelightBudget: string;
  active: boolean;
  personalCode: {
    code: string;
    discount: { kind: string; value: string };
    minimumSubtotal: string;
    appliesOncePerCustomer: boolean;
    usageLimit: string;
  };
};

/** The form's working hours: each day's shift as text, a day off as two blanks. */
export function workingHoursFormValues(hours: WeeklyHours): AgentFormValues["workingHours"] {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, { start: hours[day]?.start ?? "", end: hours[day]?.end ?? "" }]),
  ) as AgentFormValues["workingHours"];
}

/** A new agent's form: the shop's defaults, and a first code suggested from the name when it is known. */
export function blankAgentFormValues(options: AgentFormOptions, prefill: { name?: string; email?: string } = {}): AgentFormValues {
  return {
    name: prefill.name ?? "",
    email: prefill.email ?? "",
    team: "",
    languages: [],
    timeZone: "",
    workingHours: workingHoursFormValues(DEFAULT_WORKING_HOURS),
    commissionPercent: formatBasisPointsAsPercent(options.defaultCommissionBasisPoints),
    monthlyDelightBudget: options.defaultMonthlyDelightBudget ?? DEFAULT_MONTHLY_DELIGHT_BUDGET,
    active: true,
    personalCode: {
      // A first suggestion; the form suggests again as the name changes, until the code is edited.
      code: prefill.name?.trim() ? suggestPersonalCode(prefill.name, "10") : "",
      discount: { kind: "percentage", value: "10" },
      minimumSubtotal: "",
      appliesOncePerCustomer: true,
      usageLimit: "",
    },
  };
}

/** Used when a name has no Latin letters to build a code from. */
const PERSONAL_CODE_FALLBACK_NAME = "AGENT";
/** Long enough for a first name; short enough to read out in a chat. */
const PERSONAL_CODE_NAME_MAX_LENGTH = 10;

/**
 * A personal code to pre-fill the form with: the agent's first name without
 * accents, then the discount. suggestPersonalCode("Chloé Martin", 10) is
 * "CHLOE10"; 12.5% gives "CHLOE12_5" (codes have no "."). When a suggestion
 * is taken in the shop, the last name's initial is tried ("CHLOEM10"), then a
 * number ("CHLOE10-2", "CHLOE10-3", …).
 */
export function suggestPersonalCode(
  agentName: string,
  discountPercent: number | string,
  options: { taken?: ReadonlySet<string> } = {},
): string {
  const percent = parsePercentToBasisPoints(discountPercent);
  if (!percent.ok) throw new RangeError(`${discountPercent} is not a percentage with at most 2 decimals`);
  const discount = formatBasisPointsAsPercent(percent.basisPoints).replace(".", "_");
  const firstName = codeFirstName(agentName, PERSONAL_CODE_NAME_MAX_LENGTH) || PERSONAL_CODE_FALLBACK_NAME;
  const lastInitial = codeLastInitial(agentName);

  // A one-letter name and a one-digit discount ("J5") would be too short to be a code.
  const atLeastMinimumLength = (code: string) => (code.length >= PERSONAL_CODE_MIN_LENGTH ? code : `${code}OFF`);
  const isFree = (code: string) => !options.taken?.has(code);

  const plain = atLeastMinimumLength(`${firstName}${discount}`);
  if (isFree(plain)) return plain;
  if (lastInitial) {
    const withInitial = atLeastMinimumLength(`${firstName}${lastInitial}${discount}`);
    if (isFree(withInitial)) return withInitial;
  }
  for (let number = 2; ; number++) {
    const numbered = `${plain}-${number}`;
    if (isFree(numbered)) return numbered;
  }
}
