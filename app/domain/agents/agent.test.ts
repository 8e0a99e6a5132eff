import { describe, expect, it } from "vitest";
import { parseFields, type FormFields } from "../../../tests/factories/forms";
import {
  agentFormSchema,
  agentInputSchema,
  DEFAULT_WORKING_HOURS,
  parseAgentInput,
  suggestPersonalCode,
  type AgentFormOptions,
} from "./agent";
import { agentLanguageOf } from "./languages";
import { messageText } from "../form-message";
import { serverTranslate } from "../../i18n/resources.server";

type FormSubmission = FormFields | URLSearchParams;

/** The agent form parsed as the browser and the action parse it. */
function parseAgentForm(form: FormSubmission, options: AgentFormOptions) {
  const result = parseFields(form, agentFormSchema(options));
  return result.ok ? ({ ok: true, agent: result.value } as const) : result;
}

const USD: AgentFormOptions = { shopCurrency: "USD", defaultCommissionBasisPoints: 750 };

function chloeForm(overrides: Record<string, string | string[] | undefined> = {}): FormSubmission {
  const form: Record<string, string | string[] | undefined> = {
    name: "  Chloé Martin ",
    email: " Chloe.Martin@Example.COM ",
    team: "Senior Concierge",
    timeZone: "Europe/Paris",
    commissionPercent: "7.5",
    monthlyDelightBudget: "500",
    "personalCode.code": " chloe10 ",
    "personalCode.discount.kind": "percentage",
    "personalCode.discount.value": "10",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(form).filter(([, value]) => value !== undefined)) as FormSubmission;
}

function expectFieldErrors(form: FormSubmission, options: AgentFormOptions = USD) {
  const result = parseAgentForm(form, options);
  if (result.ok)
    throw new Error(`expected field errors, got ${JSON.stringify(result.agent, (_, v) => (typeof v === "bigint" ? `${v}n` : v))}`);
  return result.fieldErrors;
}

function expectAgent(form: FormSubmission, options: AgentFormOptions = USD) {
  const result = parseAgentForm(form, options);
  if (!result.ok) throw new Error(`expected an agent, got ${JSON.stringify(result.fieldErrors)}`);
  return result.agent;
}

describe("suggestPersonalCode", () => {
  it("uses the first name without accents, then the discount", () => {
    expect(suggestPersonalCode("Chloé Martin", 10)).toBe("CHLOE10");
    expect(suggestPersonalCode("  Zoë   Saldaña ", 15)).toBe("ZOE15");
    expect(suggestPersonalCode("Ørjan Nilsen", 5)).toBe("ORJAN5");
    expect(suggestPersonalCode("Łukasz Żuk", 20)).toBe("LUKASZ20");
    expect(suggestPersonalCode("Jean-Luc Picard", 10)).toBe("JEANLUC10");
  });

  it("keeps codes short: at most 10 letters of the name", () => {
    expect(suggestPersonalCode("Maximiliana Rodríguez", 10)).toBe("MAXIMILIAN10");
  });

  it("writes a fractional discount without a dot, which codes can't contain", () => {
    expect(suggestPersonalCode("Chloé Martin", 12.5)).toBe("CHLOE12_5");
    expect(suggestPersonalCode("Chloé Martin", "7.50")).toBe("CHLOE7_5");
  });

  it("falls back when the name has no Latin letters, and pads a code too short to be one", () => {
    expect(suggestPersonalCode("李小龙", 10)).toBe("AGENT10");
    expect(suggestPersonalCode("J", 5)).toBe("J5OFF");
  });

  it("tries the last initial, then a number, when the suggestion is taken", () => {
    expect(suggestPersonalCode("Chloé Martin", 10, { taken: new Set(["CHLOE10"]) })).toBe("CHLOEM10");
    expect(suggestPersonalCode("Chloé Martin", 10, { taken: new Set(["CHLOE10", "CHLOEM10", "CHLOE10-2"]) })).toBe("CHLOE10-3");
    expect(suggestPersonalCode("Chloé", 10, { taken: new Set(["CHLOE10"]) })).toBe("CHLOE10-2");
  });

  it("refuses a discount it can't write", () => {
    expect(() => suggestPersonalCode("Chloé", "ten")).toThrow(RangeError);
  });

  it("suggests codes the form accepts", () => {
    for (const name of ["Chloé Martin", "李小龙", "J", "Maximiliana Rodríguez"]) {
      const code = suggestPersonalCode(name, 12.5);
      expect(parseAgentForm(chloeForm({ "personalCode.code": code }), USD).ok, code).toBe(true);
    }
  });
});

describe("agent languages", () => {
  it("reads a customer's locale as a language Concierge writes in", () => {
    expect(["ar-AE", "fr_CA", "EN", "ja", null].map(agentLanguageOf)).toEqual(["ar", "fr", "en", null, null]);
  });

  it("takes none, one or several ticked languages on the form, in a fixed order, and refuses others", () => {
    expect(expectAgent(chloeForm()).languages).toEqual([]);
    expect(expectAgent(chloeForm({ languages: "ar" })).languages).toEqual(["ar"]);
    expect(expectAgent(chloeForm({ languages: ["fr", "en"] })).languages).toEqual(["en", "fr"]);
    const errors = expectFieldErrors(chloeForm({ languages: ["de"] }));
    expect(Object.entries(errors).find(([field]) => field.startsWith("languages"))?.[1]).toBe("Choose English, Arabic or French");
  });
});

describe("the agent form", () => {
  it("turns the agent form into an agent: trimmed, email lower-cased, code upper-cased, money in minor units", () => {
    const agent = expectAgent(
      chloeForm({
        "workingHours.monday.start": "9:00",
        "workingHours.monday.end": "17:00",
        "workingHours.friday.start": "22:00",
        "workingHours.friday.end": "06:00",
        "workingHours.saturday.start": "10:00",
        "workingHours.saturday.end": "24:00",
        "workingHours.sunday.start": "",
        "workingHours.sunday.end": "",
        "personalCode.minimumSubtotal": "50",
        "personalCode.usageLimit": "1000",
        "personalCode.appliesOncePerCustomer": ["false"],
        active: ["false", "on"],
        languages: ["fr", "en", "fr"],
      }),
    );
    expect(agent).toEqual({
      name: "Chloé Martin",
      email: "chloe.martin@example.com",
      team: "Senior Concierge",
      languages: ["en", "fr"],
      timeZone: "Europe/Paris",
      workingHours: {
        monday: { start: "09:00", end: "17:00" },
        tuesday: null,
        wednesday: null,
        thursday: null,
        friday: { start: "22:00", end: "06:00" },
        saturday: { start: "10:00", end: "24:00" },
        sunday: null,
      },
      commissionRateBasisPoints: 750,
      monthlyDelightBudget: { minor: 50_000n, currencyCode: "USD" },
      active: true,
      personalCode: {
        code: "CHLOE10",
        discount: { kind: "percentage", basisPoints: 1000 },
        minimumSubtotal: { minor: 5_000n, currencyCode: "USD" },
        appliesOncePerCustomer: false,
        usageLimit: 1000,
      },
    });
  });

  it("reads URLSearchParams, and a fixed-amount code", () => {
    const form = new URLSearchParams(
      Object.entries(chloeForm({ "personalCode.discount.kind": "fixed_amount", "personalCode.discount.value": "15" })) as [
        string,
        string,
      ][],
    );
    const agent = expectAgent(form);
    expect(agent.personalCode.discount).toEqual({ kind: "fixed_amount", amount: { minor: 1_500n, currencyCode: "USD" } });
  });

  it("applies the shop's defaults to what the form left blank", () => {
    const agent = expectAgent(chloeForm({ team: "", commissionPercent: "", monthlyDelightBudget: "" }), {
      shopCurrency: "USD",
      defaultCommissionBasisPoints: 500,
    });
    expect(agent.team).toBeNull();
    expect(agent.commissionRateBasisPoints).toBe(500);
    expect(agent.monthlyDelightBudget).toEqual({ minor: 50_000n, currencyCode: "USD" });
    expect(agent.workingHours).toEqual(DEFAULT_WORKING_HOURS);
    // Its switches are checkboxes: one the form doesn't send is unchecked.
    expect(agent.active).toBe(false);
    expect(agent.personalCode.appliesOncePerCustomer).toBe(false);
    expect(agent.personalCode.usageLimit).toBeNull();
    expect(agent.personalCode.minimumSubtotal).toBeNull();
  });

  it("takes a shop's own default budget, in its currency", () => {
    const agent = expectAgent(chloeForm({ monthlyDelightBudget: undefined }), {
      shopCurrency: "JPY",
      defaultCommissionBasisPoints: 750,
      defaultMonthlyDelightBudget: "75000",
    });
    expect(agent.monthlyDelightBudget).toEqual({ minor: 75_000n, currencyCode: "JPY" });
  });

  it("reads commission percentages exactly, with or without a % sign", () => {
    expect(expectAgent(chloeForm({ commissionPercent: "7.25%" })).commissionRateBasisPoints).toBe(725);
    expect(expectAgent(chloeForm({ commissionPercent: "30" })).commissionRateBasisPoints).toBe(3000);
    expect(expectAgent(chloeForm({ commissionPercent: "0" })).commissionRateBasisPoints).toBe(0);
    expect(expectAgent(chloeForm({ commissionPercent: "10.10" })).commissionRateBasisPoints).toBe(1010);
  });

  it("accepts UTC, aliases, and zone names typed in lower case", () => {
    expect(expectAgent(chloeForm({ timeZone: "UTC" })).timeZone).toBe("UTC");
    expect(expectAgent(chloeForm({ timeZone: "Asia/Kolkata" })).timeZone).toBe("Asia/Kolkata");
    expect(expectAgent(chloeForm({ timeZone: " america/new_york " })).timeZone).toBe("America/New_York");
  });

  it("refuses a bad email", () => {
    expect(expectFieldErrors(chloeForm({ email: "chloe@" }))).toEqual({ email: "Enter a valid email address" });
    expect(expectFieldErrors(chloeForm({ email: "" }))).toEqual({ email: "Enter the agent's email address" });
  });

  it("refuses a commission above 30% or with more than 2 decimals", () => {
    expect(expectFieldErrors(chloeForm({ commissionPercent: "30.01" }))).toEqual({
      commissionPercent: "Commission must be from 0% to 30%",
    });
    expect(expectFieldErrors(chloeForm({ commissionPercent: "7.125" }))).toEqual({
      commissionPercent: "Commission has at most 2 decimals, like 7.25",
    });
    expect(expectFieldErrors(chloeForm({ commissionPercent: "-1" }))).toEqual({
      commissionPercent: "Enter commission as a percentage, like 7.5",
    });
    expect(expectFieldErrors(chloeForm({ commissionPercent: "seven" }))).toEqual({
      commissionPercent: "Enter commission as a percentage, like 7.5",
    });
  });

  it("refuses an unknown time zone, and offsets that have no daylight-saving rules", () => {
    expect(expectFieldErrors(chloeForm({ timeZone: "Mars/Olympus_Mons" }))).toEqual({
      timeZone: "“Mars/Olympus_Mons” is not a time zone; choose one like America/New_York",
    });
    expect(expectFieldErrors(chloeForm({ timeZone: "+05:00" }))).toHaveProperty("timeZone");
    expect(expectFieldErrors(chloeForm({ timeZone: "" }))).toEqual({ timeZone: "Choose the agent's time zone" });
  });

  it("refuses a negative budget, and more decimals than the currency has", () => {
    expect(expectFieldErrors(chloeForm({ monthlyDelightBudget: "-50.00" }))).toEqual({
      monthlyDelightBudget: "The monthly delight budget must be zero or more",
    });
    expect(expectFieldErrors(chloeForm({ monthlyDelightBudget: "500.001" }))).toEqual({
      monthlyDelightBudget: "USD amounts have at most 2 decimals",
    });
    expect(expectFieldErrors(chloeForm({ monthlyDelightBudget: "$500" }))).toEqual({
      monthlyDelightBudget: "Enter the monthly delight budget like 500.00",
    });
    expect(expectAgent(chloeForm({ monthlyDelightBudget: "0" })).monthlyDelightBudget.minor).toBe(0n);
  });

  it("refuses codes with characters other than A–Z, digits, - and _, and codes too short or long", () => {
    expect(expectFieldErrors(chloeForm({ "personalCode.code": "CHLOÉ 10!" }))).toEqual({
      "personalCode.code": "Codes use only letters A–Z, digits, - and _",
    });
    expect(expectFieldErrors(chloeForm({ "personalCode.code": "C1" }))).toEqual({
      "personalCode.code": "Codes are at least 3 characters",
    });
    expect(expectFieldErrors(chloeForm({ "personalCode.code": "C".repeat(31) }))).toEqual({
      "personalCode.code": "Codes are at most 30 characters",
    });
    expect(expectFieldErrors(chloeForm({ "personalCode.code": " " }))).toEqual({
      "personalCode.code": "Enter a discount code, like CHLOE10",
    });
    expect(expectAgent(chloeForm({ "personalCode.code": "chloe_vip-10" })).personalCode.code).toBe("CHLOE_VIP-10");
  });

  it("refuses a percentage off outside 1–100 or with more than 2 decimals", () => {
    const error = (value: string) => expectFieldErrors(chloeForm({ "personalCode.discount.value": value }))["personalCode.discount.value"];
    expect(error("0.5")).toBe("The discount must be from 1% to 100%");
    expect(error("100.5")).toBe("The discount must be from 1% to 100%");
    expect(error("12.345")).toBe("The discount has at most 2 decimals, like 7.25");
    expect(expectAgent(chloeForm({ "personalCode.discount.value": "12.25" })).personalCode.discount).toEqual({
      kind: "percentage",
      basisPoints: 1225,
    });
  });

  it("refuses a fixed amount of zero or with decimals the currency doesn't have", () => {
    const fixed = { "personalCode.discount.kind": "fixed_amount" };
    expect(expectFieldErrors(chloeForm({ ...fixed, "personalCode.discount.value": "0" }))).toEqual({
      "personalCode.discount.value": "The discount must be more than zero",
    });
    expect(
      expectFieldErrors(chloeForm({ ...fixed, "personalCode.discount.value": "1500.5" }), {
        shopCurrency: "JPY",
        defaultCommissionBasisPoints: 750,
      }),
    ).toEqual({ "personalCode.discount.value": "JPY amounts have no decimals" });
  });

  it("asks for the kind of discount", () => {
    expect(expectFieldErrors(chloeForm({ "personalCode.discount.kind": "" }))).toEqual({
      "personalCode.discount.kind": "Choose a percentage or a fixed amount off",
    });
  });

  it("reads a minimum of zero as no minimum, and refuses a usage limit below 1", () => {
    expect(expectAgent(chloeForm({ "personalCode.minimumSubtotal": "0.00" })).personalCode.minimumSubtotal).toBeNull();
    expect(expectFieldErrors(chloeForm({ "personalCode.usageLimit": "0" }))).toEqual({
      "personalCode.usageLimit": "Enter a usage limit of 1 or more, or leave it blank",
    });
    expect(expectFieldErrors(chloeForm({ "personalCode.usageLimit": "2.5" }))).toEqual({
      "personalCode.usageLimit": "Enter a usage limit of 1 or more, or leave it blank",
    });
  });

  it("accepts overnight shifts and refuses a shift that ends when it starts, or has one time missing", () => {
    expect(
      expectFieldErrors(
        chloeForm({
          "workingHours.monday.start": "09:00",
          "workingHours.monday.end": "09:00",
          "workingHours.tuesday.start": "09:00",
          "workingHours.tuesday.end": "",
          "workingHours.wednesday.start": "25:00",
          "workingHours.wednesday.end": "17:00",
          "workingHours.thursday.start": "24:00",
          "workingHours.thursday.end": "06:00",
        }),
      ),
    ).toEqual({
      "workingHours.monday.end": "A shift can't end when it starts (for a 24-hour shift, enter 00:00 to 24:00)",
      "workingHours.tuesday.end": "Enter an end time like 17:00",
      "workingHours.wednesday.start": "Enter a start time like 09:00",
      "workingHours.thursday.start": "Enter a start time like 09:00",
    });
  });

  it("reports every field's first problem at once", () => {
    expect(
      Object.keys(
        expectFieldErrors(
          chloeForm({
            name: "",
            email: "nope",
            timeZone: "Nowhere/Land",
            commissionPercent: "31",
            monthlyDelightBudget: "-1",
            "personalCode.code": "no spaces",
          }),
        ),
      ).sort(),
    ).toEqual(["commissionPercent", "email", "monthlyDelightBudget", "name", "personalCode.code", "timeZone"]);
  });

  it("refuses names and team names over their limits", () => {
    expect(expectFieldErrors(chloeForm({ name: "x".repeat(81) }))).toEqual({ name: "Names are at most 80 characters" });
    expect(expectFieldErrors(chloeForm({ team: "x".repeat(61) }))).toEqual({ team: "Team names are at most 60 characters" });
  });
});

describe("parseAgentInput", () => {
  it("takes JSON with numbers where the form has text", () => {
    const result = parseAgentInput(
      {
        name: "Aiko Tanaka",
        email: "aiko@example.com",
        timeZone: "Asia/Tokyo",
        workingHours: { monday: { start: "22:00", end: "06:00" } },
        commissionPercent: 7.5,
        monthlyDelightBudget: 250,
        active: false,
        personalCode: { code: "AIKO10", discount: { kind: "percentage", value: 10 }, usageLimit: 50 },
      },
      USD,
    );
    expect(result).toMatchObject({
      ok: true,
      agent: {
        workingHours: { monday: { start: "22:00", end: "06:00" }, tuesday: null, sunday: null },
        commissionRateBasisPoints: 750,
        monthlyDelightBudget: { minor: 25_000n, currencyCode: "USD" },
        active: false,
        personalCode: { code: "AIKO10", discount: { kind: "percentage", basisPoints: 1000 }, usageLimit: 50 },
      },
    });
  });

  it("takes the default of a switch left out: active, each customer once", () => {
    const result = parseAgentInput(
      {
        name: "Aiko Tanaka",
        email: "aiko@example.com",
        timeZone: "Asia/Tokyo",
        personalCode: { code: "AIKO10", discount: { kind: "percentage", value: 10 } },
      },
      USD,
    );
    expect(result).toMatchObject({ ok: true, agent: { active: true, personalCode: { appliesOncePerCustomer: true } } });
  });

  it("asks for the personal code when it is missing altogether", () => {
    const result = parseAgentInput({ name: "Aiko", email: "aiko@example.com", timeZone: "Asia/Tokyo" }, USD);
    // The message is a phrase until a staff member reads it.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(messageText(result.fieldErrors.personalCode, serverTranslate("en"))).toBe("Set up the agent's personal code");
  });

  it("refuses a shop default commission outside 0–30%, a configuration mistake rather than a form error", () => {
    expect(() => agentInputSchema({ shopCurrency: "USD", defaultCommissionBasisPoints: 3001 })).toThrow(RangeError);
    expect(() => agentInputSchema({ shopCurrency: "USD", defaultCommissionBasisPoints: 7.5 })).toThrow(RangeError);
  });
});
