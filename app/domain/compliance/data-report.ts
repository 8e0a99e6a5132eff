// A customers/data_request report as the merchant reads and sends it: each
// source a table (its rows' fields as columns, times on the shop's clock),
// and the whole report as CSV, one field a line.
import { phrase, type Translate } from "../phrase";
import { CSV_BYTE_ORDER_MARK } from "../profit/report";
import { toCsv } from "../profit/csv";

export type DataReport = Record<string, unknown[]>;

export interface ReportTable {
  name: string;
  columns: string[];
  rows: string[][];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A report as stored (JSON) back into sections of rows; anything else is an empty report. */
export function dataReportOf(stored: unknown): DataReport {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).map(([name, rows]) => [name, Array.isArray(rows) ? rows : []]));
}

/** One value as text: times on the shop's clock, objects as compact JSON. */
export function fieldText(value: unknown, formatTime: (instant: Date) => string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return ISO_INSTANT.test(value) ? formatTime(new Date(value)) : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

export function reportTables(report: DataReport, formatTime: (instant: Date) => string): ReportTable[] {
  return Object.entries(report).map(([name, rows]) => {
    const records = rows.map((row) =>
      row && typeof row === "object" && !Array.isArray(row) ? (row as Record<string, unknown>) : { value: row },
    );
    const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
    return { name, columns, rows: records.map((record) => columns.map((column) => fieldText(record[column], formatTime))) };
  });
}

/** The report as CSV (UTF-8 with its byte order mark): section, row number, field, value, headed in the staff member's language (`t`); times in UTC (ISO 8601). */
export function dataReportCsv(report: DataReport, t: Translate): string {
  const iso = (instant: Date) => instant.toISOString();
  const rows = reportTables(report, iso).flatMap((table) =>
    table.rows.flatMap((row, index) =>
      table.columns.map((column, field) => ({ section: table.name, row: index + 1, field: column, value: row[field] })),
    ),
  );
  const columns = ["section", "row", "field", "value"].map((key) => ({ key, label: phrase(`dataRequests:csv.${key}`) }));
  return CSV_BYTE_ORDER_MARK + toCsv({ columns, rows }, t);
}
