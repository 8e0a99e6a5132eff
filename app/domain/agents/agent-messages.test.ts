// The agent form's messages as an Arabic- or French-speaking staff member
// reads them: each is a phrase of forms.json, read by parseForm in their
// language, in the browser and in the action alike (issue 17).
import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import type { AdminLocale } from "../../i18n/locales";
import { agentFormSchema } from "./agent";

const AMIRA = {
  name: "Amira Haddad",
  email: "amira@example.com",
  timeZone: "Asia/Dubai",
  "personalCode.code": "AMIRA10",
  "personalCode.discount.kind": "percentage",
  "personalCode.discount.value": "10",
};

describe("the agent form's messages in the staff member's language", () => {
  const refused = (locale: AdminLocale, overrides: Record<string, string>) => {
    const result = parseFields(
      { ...AMIRA, ...overrides },
      agentFormSchema({ shopCurrency: "USD", defaultCommissionBasisPoints: 750 }),
      locale,
    );
    if (result.ok) throw new Error("expected field errors");
    return result.fieldErrors;
  };

  it("speaks Arabic and French for each field, with no English left", () => {
    const bad = {
      name: "",
      email: "chloe@",
      team: "x".repeat(61),
      timeZone: "Mars/Olympus_Mons",
      "personalCode.code": "C1",
      "personalCode.usageLimit": "0",
      "workingHours.monday.start": "9h",
      "workingHours.monday.end": "17:00",
    };
    expect(refused("ar", bad)).toEqual({
      name: "أدخل اسم الوكيل",
      email: "أدخل بريدًا إلكترونيًا صالحًا",
      team: "تتكون أسماء الفرق من 60 حرفًا على الأكثر",
      timeZone: "«Mars/Olympus_Mons» ليست منطقة زمنية؛ اختر منطقة مثل America/New_York",
      "personalCode.code": "تتكون الرموز من 3 أحرف على الأقل",
      "personalCode.usageLimit": "أدخل حد استخدام من 1 أو أكثر، أو اتركه فارغًا",
      "workingHours.monday.start": "أدخل وقت البدء بهذا الشكل: 09:00",
    });
    expect(refused("fr", bad)).toEqual({
      name: "Saisissez le nom de l'agent",
      email: "Saisissez une adresse e-mail valide",
      team: "Les noms d'équipe comptent au plus 60 caractères",
      timeZone: "« Mars/Olympus_Mons » n'est pas un fuseau horaire ; choisissez-en un comme America/New_York",
      "personalCode.code": "Les codes comptent au moins 3 caractères",
      "personalCode.usageLimit": "Saisissez une limite d'utilisation de 1 ou plus, ou laissez le champ vide",
      "workingHours.monday.start": "Saisissez une heure de début comme 09:00",
    });
    expect(refused("fr", { "personalCode.code": "CHLOÉ 10!", "personalCode.discount.kind": "" })).toEqual({
      "personalCode.code": "Les codes n'utilisent que les lettres A–Z, les chiffres, - et _",
      "personalCode.discount.kind": "Choisissez un pourcentage ou un montant fixe de réduction",
    });
    expect(refused("ar", { "workingHours.friday.start": "10:00", "workingHours.friday.end": "10:00" })).toEqual({
      "workingHours.friday.end": "لا يمكن أن تنتهي المناوبة في وقت بدئها (لمناوبة من 24 ساعة، أدخل 00:00 إلى 24:00)",
    });
  });
});
