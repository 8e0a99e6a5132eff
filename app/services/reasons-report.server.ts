// The weekly reasons report page (/app/reasons): the week's contacts by
// reason and by product, the refunds and exchanges behind them, the change
// against the usual weekly rate and the spikes, with the merchant's own
// reasons. Weeks start on Monday in the shop's time zone.
// See docs/decisions/030-contact-reasons.md.
import {
  countCustomReasons,
  deleteCustomReason,
  listCustomReasons,
  MAX_CUSTOM_REASONS,
  productTitles,
  reasonWeekSums,
  upsertCustomReason,
} from "../data/contact-reasons.server";
import { findShopSettings } from "../data/shops.server";
import { BUILT_IN_REASONS } from "../domain/reasons/catalog";
import type { CustomReasonForm } from "../domain/reasons/custom-reason-form";
import { buildReasonsReport, mondayOf, reportWeeks, type MoneyBehind } from "../domain/reasons/report";
import { formatMinorMoney } from "../domain/money";
import { resolveLocale } from "../domain/profit/views";
import { dayInTimeZone } from "../domain/time/days";
import { instantOfWallClock } from "../domain/time/zoned-time";
import type { FieldErrors } from "../domain/forms";
import { formMessage } from "../domain/form-message";
import { phraseText } from "../domain/phrase";
import { DEFAULT_ADMIN_LOCALE, supportedAdminLocale } from "../i18n/locales";
import { serverTranslate } from "../i18n/resources.server";
import type { ServiceContext } from "./context";

export type ReasonsContext = Pick<ServiceContext, "db" | "shop" | "now" | "locale">;

const WEEK = /^\d{4}-\d{2}-\d{2}$/;
const calendar = (day: string) => {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return { year, month, day: date };
};
const shiftWeek = (week: string, weeks: number) => {
  const { year, month, day } = calendar(week);
  return new Date(Date.UTC(year, month - 1, day) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
};

function moneyView(money: MoneyBehind[], locale: string) {
  return money.map((entry) => ({
    currencyCode: entry.currencyCode,
    refunds: formatMinorMoney(entry.refundMinor, entry.currencyCode, locale),
    exchanges: formatMinorMoney(entry.exchangeMinor, entry.currencyCode, locale),
  }));
}

/** The week asked for (any day of it), else this week, in the shop's time zone; never after this week. */
export function chosenWeek(param: string | null, now: Date, timeZone: string): string {
  const thisWeek = mondayOf(dayInTimeZone(now, timeZone));
  if (!param || !WEEK.test(param) || Number.isNaN(Date.parse(`${param}T00:00:00Z`))) return thisWeek;
  const week = mondayOf(param);
  return week > thisWeek ? thisWeek : week;
}

/**
 * Names a reason for a page in the staff member's language: a built-in
 * reason by the translations (`reasons:builtIn.<key>`), the merchant's own
 * by the name they gave in that language, else in English.
 */
export function reasonLabeller(custom: readonly CustomReasonRow[], locale: string | null | undefined) {
  const language = supportedAdminLocale(locale) ?? DEFAULT_ADMIN_LOCALE;
  const t = serverTranslate(language);
  const builtIn = new Map(BUILT_IN_REASONS.map((reason) => [reason.key, phraseText(reason.name, t)]));
  const customLabel = new Map(
    custom.map((reason) => [
      reason.key,
      (language === "ar" ? reason.labelAr : language === "fr" ? reason.labelFr : null) ?? reason.labelEn,
    ]),
  );
  return (key: string) => ({ key, label: builtIn.get(key) ?? customLabel.get(key) ?? key });
}

type CustomReasonRow = Awaited<ReturnType<typeof listCustomReasons>>[number];

export async function loadReasonsReport(ctx: ReasonsContext, weekParam: string | null) {
  const settings = await findShopSettings(ctx.db, ctx.shop);
  const timeZone = settings?.ianaTimezone ?? "UTC";
  const week = chosenWeek(weekParam, ctx.now, timeZone);
  const { first, afterLast } = reportWeeks(week);
  const [sums, custom] = await Promise.all([
    reasonWeekSums(ctx.db, ctx.shop, {
      from: instantOfWallClock(calendar(first), timeZone),
      to: instantOfWallClock(calendar(afterLast), timeZone),
      timeZone,
    }),
    listCustomReasons(ctx.db, ctx.shop),
  ]);
  const report = buildReasonsReport(sums, week);
  const productIds = report.byProduct.map((line) => line.key);
  const titles = await productTitles(ctx.db, ctx.shop, productIds);
  const reason = reasonLabeller(custom, ctx.locale);
  return {
    week,
    weekEnd: shiftWeek(week, 1),
    previousWeek: shiftWeek(week, -1),
    nextWeek: week < chosenWeek(null, ctx.now, timeZone) ? shiftWeek(week, 1) : null,
    timeZone,
    baselineWeeks: report.baselineWeeks,
    total: report.total,
    byReason: report.byReason.map((line) => ({
      ...reason(line.key),
      count: line.count,
      usual: line.usualPerWeek,
      change: line.change,
      spike: line.spike,
      money: moneyView(line.money, resolveLocale(ctx.locale)),
    })),
    byProduct: report.byProduct.map((line) => ({
      productId: line.key,
      title: titles.get(line.key) ?? null,
      count: line.count,
      usual: line.usualPerWeek,
      change: line.change,
      spike: line.spike,
      money: moneyView(line.money, resolveLocale(ctx.locale)),
      reasons: line.reasons.map((entry) => ({ ...reason(entry.key), count: entry.count, spike: entry.spike })),
    })),
    spikes: report.spikes.map((spike) => ({
      ...reason(spike.reason),
      productId: spike.productId,
      title: titles.get(spike.productId) ?? null,
      count: spike.count,
      usual: spike.usualPerWeek,
    })),
    customReasons: custom.map((row) => ({
      key: row.key,
      labelEn: row.labelEn,
      labelAr: row.labelAr,
      labelFr: row.labelFr,
      aliases: row.helpdeskAliases.join(", "),
    })),
  };
}

export type ReasonsReportView = Awaited<ReturnType<typeof loadReasonsReport>>;

export type CustomReasonResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** Adds the merchant's reason, or changes the one with that key; at most MAX_CUSTOM_REASONS. */
export async function saveCustomReason(ctx: Pick<ServiceContext, "db" | "shop">, form: CustomReasonForm): Promise<CustomReasonResult> {
  const existing = (await listCustomReasons(ctx.db, ctx.shop)).some((row) => row.key === form.key);
  if (!existing && (await countCustomReasons(ctx.db, ctx.shop)) >= MAX_CUSTOM_REASONS)
    return { ok: false, fieldErrors: { form: formMessage("forms:reason.tooMany", { max: MAX_CUSTOM_REASONS }) } };
  await upsertCustomReason(ctx.db, ctx.shop, form);
  return { ok: true };
}

export async function removeCustomReason(ctx: Pick<ServiceContext, "db" | "shop">, key: string) {
  return deleteCustomReason(ctx.db, ctx.shop, key);
}
