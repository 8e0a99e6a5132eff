// The profit figures' labels, formulas and parts, and the CSV export, in the
// staff member's language: every text the domain builds is a key that exists
// in English, Arabic and French, and comes out in that language.
import { describe, expect, it } from "vitest";
import { ADMIN_LOCALES } from "../../i18n/locales";
import { serverTranslate } from "../../i18n/resources.server";
import { phraseText } from "../phrase";
import { monthPnlOf, emptyMonthFacts } from "./dashboard";
import { campaignFunnel, exchangeFunnel, trackingFunnel } from "./funnels";
import { ARTICLE_CAMPAIGN, DECEMBER_2025, FEBRUARY_2026, JANUARY_2026, NOVEMBER_2025, usd } from "./months.fixture";
import { pnlCsv } from "./csv";
import { monthlyPnl, pnlFigures } from "./pnl";
import { sumPnl } from "./pnl-period";
import { figureView } from "./views";
import type { Figure } from "./figures";

const months = [NOVEMBER_2025, DECEMBER_2025, JANUARY_2026, FEBRUARY_2026].map(monthlyPnl);
const settings = { fallbackMarginBps: 6000, teamShareBps: 1000, storeConversionBps: 200, costPerTicketMinor: 475n };
const carried = {
  ...emptyMonthFacts("2026-02"),
  team: { ...emptyMonthFacts("2026-02").team, source: "carried" as const, from: "2026-01" },
};

/** Every figure a page or an export shows: each month's lines, the period's, the dashboard's explained lines and the funnels'. */
const figures: Figure[] = [
  ...months.flatMap(pnlFigures),
  ...pnlFigures(sumPnl(months)),
  ...pnlFigures(monthPnlOf(carried, settings, "USD")),
  ...pnlFigures(monthPnlOf(emptyMonthFacts("2026-03"), settings, "USD")),
  campaignFunnel("USD", [ARTICLE_CAMPAIGN]).revenue,
  campaignFunnel("USD", []).revenue,
  exchangeFunnel({ currencyCode: "USD", offersShown: 2, accepted: 1, kept: usd("1.00"), upsell: usd("2.00") }).revenue,
  trackingFunnel([{ day: "2026-01-02", lookups: 3, misses: 1 }], usd("4.75")).saved,
];

describe("the profit figures in the staff member's language", () => {
  it.each(ADMIN_LOCALES)("%s: every label, formula and part is translated, none left as a key", (locale) => {
    const t = serverTranslate(locale);
    for (const figure of figures) {
      const view = figureView(figure, locale, t);
      for (const text of [view.label, view.formula, ...view.parts.map((part) => part.label)]) {
        expect(text, `${locale} ${figure.key}`).not.toMatch(/figures\.|profit:|\{\{/);
        expect(text.trim(), `${locale} ${figure.key}`).not.toBe("");
      }
    }
  });

  it("reads the lines, formulas and parts in Arabic and French", () => {
    const january = months[2];
    const ar = figureView(january.revenue.outreach, "ar", serverTranslate("ar"));
    const fr = figureView(january.revenue.outreach, "fr", serverTranslate("fr"));
    expect(ar.label).toBe("رسائل البريد من Concierge");
    expect(fr.label).toBe("E-mails de Concierge");
    expect(figureView(january.result, "ar", serverTranslate("ar")).formula).toBe("الإيرادات التي حققها الدعم - تكاليف الدعم");
    expect(figureView(january.costs.team, "fr", serverTranslate("fr")).formula).toBe("Salaires + Outils + Autres");
    // Plurals follow the language's rules: two orders are "طلبان" in Arabic.
    const february = figureView(months[3].revenue.agentCode, "ar", serverTranslate("ar"));
    expect(february.formula).toBe("صافي إيرادات الطلبات المنسوبة إلى كود أحد الوكلاء: طلبان");
    expect(february.parts[0].label).toBe("الطلبات");
    expect(phraseText(sumPnl(months).costs.team.formula, serverTranslate("fr"))).toMatch(/^La somme de 4 mois : /);
  });

  it("heads the CSV export in the staff member's language", () => {
    const [header, firstLine] = pnlCsv([months[2]], serverTranslate("ar")).split("\r\n");
    expect(header).toBe("الشهر,القسم,البند,الجزء,المبلغ,المعادلة,العملة");
    expect(firstLine).toMatch(/^2026-01,الإيرادات,إيرادات منسوبة إلى الوكلاء,/);
    expect(pnlCsv([months[2]], serverTranslate("fr")).split("\r\n")[0]).toBe("Mois,Section,Ligne,Élément,Montant,Formule,Devise");
  });
});
