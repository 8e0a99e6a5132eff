// A form's messages in the staff member's language: the schema's own
// (forms.json, through formMessage) and zod's (its ar/fr/en locales), the same
// parse in the browser and in the action.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { percentField } from "../../domain/forms";
import { profitSettingsSchema } from "../../domain/profit/forms";
import { formLanguage } from "../../i18n/resources.server";
import { parseForm, replyWithErrors } from "./parse";
import { formMessage } from "../../domain/form-message";

const body = (fields: Record<string, string>) => new URLSearchParams(fields);
const errorsOf = (submission: ReturnType<typeof parseForm>) => submission.reply().error;

describe("parseForm", () => {
  const wrong = { fallbackMarginPercent: "abc", teamSharePercent: "101", storeConversionPercent: "2.125" };

  it("says what is wrong in English, as the schema words it", () => {
    expect(errorsOf(parseForm(body(wrong), profitSettingsSchema, formLanguage("en")))).toEqual({
      fallbackMarginPercent: ["Enter the gross margin as a percentage, like 7.5"],
      teamSharePercent: ["The team's share must be from 0% to 100%"],
      storeConversionPercent: ["The store's conversion rate has at most 2 decimals, like 7.25"],
    });
  });

  it("says it in Arabic and in French", () => {
    expect(errorsOf(parseForm(body(wrong), profitSettingsSchema, formLanguage("ar")))).toEqual({
      fallbackMarginPercent: ["أدخل هامش الربح الإجمالي كنسبة مئوية، مثل 7.5"],
      teamSharePercent: ["يجب أن تكون قيمة حصة الفريق من 0% إلى 100%"],
      storeConversionPercent: ["تقبل قيمة معدل التحويل في المتجر منزلتين عشريتين على الأكثر، مثل 7.25"],
    });
    expect(errorsOf(parseForm(body(wrong), profitSettingsSchema, formLanguage("fr")))).toEqual({
      fallbackMarginPercent: ["La marge brute : saisissez un pourcentage, comme 7.5"],
      teamSharePercent: ["La part de l'équipe : saisissez une valeur de 0 % à 100 %"],
      storeConversionPercent: ["Le taux de conversion de la boutique : 2 décimales au plus, comme 7.25"],
    });
  });

  it("gives zod's own messages in the staff member's language where the schema words none", () => {
    const schema = z.object({ note: z.string().max(3), rate: percentField({ minPercent: 0, maxPercent: 10, label: "commission" }) });
    const arabic = errorsOf(parseForm(body({ note: "too long", rate: "11" }), schema, formLanguage("ar")));
    expect(arabic?.note?.[0]).toMatch(/[\u0600-\u06FF]/);
    expect(arabic?.rate).toEqual(["يجب أن تكون قيمة العمولة من 0% إلى 10%"]);
    const french = errorsOf(parseForm(body({ note: "too long", rate: "5" }), schema, formLanguage("fr")));
    expect(french?.note?.[0]).toMatch(/Trop grand/i);
  });

  it("translates what a service refused after the form parsed, and leaves plain text as it is", () => {
    const submission = parseForm(
      body({ fallbackMarginPercent: "60", teamSharePercent: "10", storeConversionPercent: "2" }),
      profitSettingsSchema,
      formLanguage("ar"),
    );
    const reply = replyWithErrors(submission, { teamSharePercent: formMessage("forms:chooseYesOrNo"), form: "Plain" }, formLanguage("ar"));
    expect(reply.error).toMatchObject({ teamSharePercent: ["اختر نعم أو لا"], "": ["Plain"] });
  });
});
