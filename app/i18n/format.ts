// Numbers, money and dates in the admin's language, for components: the
// formatters live in app/domain (money, time, counts) and take the locale.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatMoney, type Money } from "../domain/money";
import { formatCount } from "../domain/profit/views";
import { formatInstant, type InstantStyle } from "../domain/time/format";
import { phraseText, type Phrase } from "../domain/phrase";
import { translateWith } from "./i18next";
import { DEFAULT_ADMIN_LOCALE, isAdminLocale, type AdminLocale } from "./locales";

export function useAdminLocale(): AdminLocale {
  const { i18n } = useTranslation();
  return isAdminLocale(i18n.language) ? i18n.language : DEFAULT_ADMIN_LOCALE;
}

/** A phrase the domain built (a reason, a label), or a sentence stored before phrases, in the staff member's language. */
export function usePhraseText(): (line: Phrase | string) => string {
  const { t } = useTranslation();
  return useMemo(() => {
    const translate = translateWith(t);
    return (line) => (typeof line === "string" ? line : phraseText(line, translate));
  }, [t]);
}

export interface AdminFormat {
  locale: AdminLocale;
  count: (value: number) => string;
  money: (amount: Money) => string;
  /** An instant (ISO string, Date or epoch ms) as a date or date and time in a time zone (the shop's). */
  instant: (value: string | number | Date, timeZone: string | undefined, style?: InstantStyle) => string;
}

export function useFormat(): AdminFormat {
  const locale = useAdminLocale();
  return useMemo(
    () => ({
      locale,
      count: (value) => formatCount(value, locale),
      money: (amount) => formatMoney(amount, locale),
      instant: (value, timeZone, style = "date") => formatInstant(value, { locale, timeZone, style }),
    }),
    [locale],
  );
}
