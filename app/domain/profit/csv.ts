// CSV export of the profit dashboard, for the merchant's spreadsheet and
// accountant. RFC 4180 (quotes only where needed, quotes doubled, CRLF line
// ends), amounts as plain decimals ("44377.10") with their currency in a
// column of its own, and text that a spreadsheet would run as a formula
// neutralised.
import type { Money } from "../money";
import { formatMinorAsDecimal } from "../money";
import { isPhrase, phrase, phraseText, type Phrase, type Translate } from "../phrase";
import { formatRate, hasRate, isMoney, isRate, type Rate } from "./figures";
import { pnlFigures, type MonthlyPnl } from "./pnl";

/** A phrase is written in the language of the export (the staff member's). */
export type CsvCell = string | number | bigint | Money | Rate | Phrase | null;

export interface CsvColumn {
  key: string;
  label: Phrase;
}

/** A header or text of the export (app/locales/admin/<lang>/profit.json, under "csv"). */
export const csvText = (key: string, values?: Record<string, string | number>): Phrase => phrase(`profit:csv.${key}`, values);

export interface CsvTable {
  columns: readonly CsvColumn[];
  rows: ReadonlyArray<Readonly<Record<string, CsvCell>>>;
}

/** Added after the table's columns when any cell is an amount: the currency of the row's amounts. */
export const CSV_CURRENCY_COLUMN: CsvColumn = { key: "currency", label: csvText("currency") };

const LINE_END = "\r\n";

/**
 * Text starting with = + - @ (or a tab or carriage return, which some
 * spreadsheets skip before reading one of those) is run as a formula when
 * the file is opened: "=HYPERLINK(…)" in a campaign's name would become a
 * live link in the merchant's spreadsheet. A leading apostrophe makes it
 * plain text. Only text is treated so: numbers, amounts and rates are
 * written by this module, and "-120.00" must stay a number.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: CsvCell | undefined, t: Translate): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return neutraliseFormula(cell);
  if (isPhrase(cell)) return neutraliseFormula(phraseText(cell, t));
  if (typeof cell === "bigint") return cell.toString();
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`${cell} can't be written to a CSV`);
    return String(cell);
  }
  if (isMoney(cell)) return formatMinorAsDecimal(cell.minor, cell.currencyCode);
  if (isRate(cell)) return hasRate(cell) ? formatRate(cell, "en-US") : "";
  throw new TypeError("A CSV cell must be text, a number, an amount or a rate");
}

/** The one currency of a row's amounts: one column can't name two currencies. */
function rowCurrency(row: Readonly<Record<string, CsvCell>>, columns: readonly CsvColumn[], rowNumber: number): string {
  let currency: string | null = null;
  for (const { key } of columns) {
    const cell = row[key];
    if (!isMoney(cell)) continue;
    const code = cell.currencyCode.toUpperCase();
    if (currency !== null && currency !== code) {
      throw new TypeError(`Row ${rowNumber} has amounts in both ${currency} and ${code}; a row has one currency`);
    }
    currency = code;
  }
  return currency ?? "";
}

/**
 * The table as CSV text. Rates are written as on the dashboard ("23.05%",
 * rounded half-up, empty when there is nothing to divide by); amounts as
 * decimals in their currency's minor unit, never rounded.
 */
export function toCsv(table: CsvTable, t: Translate): string {
  const hasMoney = table.rows.some((row) => table.columns.some(({ key }) => isMoney(row[key])));
  if (hasMoney && table.columns.some(({ key }) => key === CSV_CURRENCY_COLUMN.key)) {
    throw new Error(`A table with amounts gets a "${CSV_CURRENCY_COLUMN.key}" column of its own; rename the table's column`);
  }
  const header = [...table.columns.map((column) => column.label), ...(hasMoney ? [CSV_CURRENCY_COLUMN.label] : [])].map((label) =>
    phraseText(label, t),
  );
  const lines = [header.map((label) => quoteField(neutraliseFormula(label))).join(",")];
  table.rows.forEach((row, index) => {
    const fields = table.columns.map(({ key }) => cellText(row[key], t));
    if (hasMoney) fields.push(rowCurrency(row, table.columns, index + 1));
    lines.push(fields.map(quoteField).join(","));
  });
  return lines.join(LINE_END) + LINE_END;
}

export const PNL_CSV_COLUMNS: readonly CsvColumn[] = ["month", "section", "line", "part", "amount", "formula"].map((key) => ({
  key,
  label: csvText(`pnl.${key}`),
}));

function sectionOf(figureKey: string): Phrase {
  if (figureKey === "result") return csvText("sections.result");
  return csvText(figureKey.startsWith("revenue.") || figureKey === "totalRevenue" ? "sections.revenue" : "sections.costs");
}

/**
 * Every month's P&L, line by line, each line followed by its parts: a line's
 * row has its amount and formula, each part's row the part's value, so the
 * spreadsheet can redo every sum the dashboard shows.
 */
export function pnlCsv(months: readonly MonthlyPnl[], t: Translate): string {
  const rows: Record<string, CsvCell>[] = [];
  const ordered = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (const pnl of ordered) {
    for (const figure of pnlFigures(pnl)) {
      const section = sectionOf(figure.key);
      rows.push({ month: pnl.month, section, line: figure.label, part: null, amount: figure.value, formula: figure.formula });
      for (const part of figure.parts) {
        rows.push({ month: pnl.month, section, line: figure.label, part: part.label, amount: part.value, formula: null });
      }
    }
  }
  return toCsv({ columns: PNL_CSV_COLUMNS, rows }, t);
}
