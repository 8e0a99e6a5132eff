// An instant as a person reads it: in a language and a time zone (the shop's).
// Building an Intl.DateTimeFormat costs far more than using one.

export type InstantStyle = "date" | "longDate" | "dateTime";

const STYLES: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  longDate: { dateStyle: "long" },
  dateTime: { dateStyle: "medium", timeStyle: "short" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatInstant(value: string | number | Date, options: { locale: string; timeZone?: string; style?: InstantStyle }): string {
  const style = options.style ?? "date";
  const timeZone = options.timeZone ?? "UTC";
  const key = `${options.locale}|${timeZone}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(options.locale, { ...STYLES[style], timeZone });
    formatters.set(key, formatter);
  }
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? "" : formatter.format(instant);
}
