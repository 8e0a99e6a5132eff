import { describe, expect, it } from "vitest";
import { moneyFromDecimal } from "../money";
import { neutraliseFormula, pnlCsv, toCsv } from "./csv";
import { rate } from "./figures";
import { DECEMBER_2025, english, JANUARY_2026, usd } from "./months.fixture";
import { verbatim } from "../phrase";
import { COST_LINES, monthlyPnl, REVENUE_LINES } from "./pnl";

const columns = [
  { key: "name", label: verbatim("Name") },
  { key: "value", label: verbatim("Value") },
];

describe("toCsv", () => {
  it("quotes only fields with a comma, a quote or a line break, doubling quotes, with CRLF line ends (RFC 4180)", () => {
    const csv = toCsv(
      {
        columns,
        rows: [
          { name: "plain", value: "text" },
          { name: "a, b", value: 'say "hi"' },
          { name: "two\nlines", value: "carriage\r\nreturn" },
        ],
      },
      english,
    );
    expect(csv).toBe('Name,Value\r\nplain,text\r\n"a, b","say ""hi"""\r\n"two\nlines","carriage\r\nreturn"\r\n');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    const csv = toCsv(
      {
        columns,
        rows: [
          { name: '=HYPERLINK("http://evil.example","Click")', value: "+1+1" },
          { name: "-2+3", value: "@SUM(A1:A2)" },
          { name: "\t=1+1", value: "\r=1+1" },
          { name: "a=b", value: "safe-ish" },
        ],
      },
      english,
    );
    expect(csv.split("\r\n")).toEqual([
      "Name,Value",
      `"'=HYPERLINK(""http://evil.example"",""Click"")",'+1+1`,
      "'-2+3,'@SUM(A1:A2)",
      `'\t=1+1,"'\r=1+1"`,
      "a=b,safe-ish",
      "",
    ]);
    expect(neutraliseFormula("=1")).toBe("'=1");
    expect(neutraliseFormula("1=")).toBe("1=");
  });

  it("writes amounts as exact decimals with their currency in a column of its own, and numbers as they are", () => {
    const csv = toCsv(
      {
        columns: [
          { key: "line", label: verbatim("Line") },
          { key: "amount", label: verbatim("Amount") },
          { key: "count", label: verbatim("Count") },
          { key: "rate", label: verbatim("Rate") },
        ],
        rows: [
          { line: "Loss", amount: usd("-18871.09"), count: 3, rate: rate(392, 1701) },
          { line: "Yen", amount: moneyFromDecimal("500", "JPY"), count: 12_345_678_901_234_567_890n, rate: rate(0, 0) },
          { line: "Dinar", amount: moneyFromDecimal("1.250", "KWD"), count: null, rate: rate(4609, 20_000) },
          { line: "No amount", count: 0 },
        ],
      },
      english,
    );
    expect(csv.split("\r\n")).toEqual([
      "Line,Amount,Count,Rate,Currency",
      "Loss,-18871.09,3,23.05%,USD",
      "Yen,500,12345678901234567890,,JPY",
      "Dinar,1.250,,23.05%,KWD",
      "No amount,,0,,",
      "",
    ]);
  });

  it("has no currency column without amounts, and refuses what it can't write", () => {
    expect(toCsv({ columns, rows: [{ name: "a", value: 1 }] }, english)).toBe("Name,Value\r\na,1\r\n");
    expect(() => toCsv({ columns, rows: [{ name: usd("1.00"), value: moneyFromDecimal("1.00", "EUR") }] }, english)).toThrow(
      "Row 1 has amounts in both USD and EUR",
    );
    expect(() => toCsv({ columns, rows: [{ name: "a", value: Number.NaN }] }, english)).toThrow(RangeError);
    expect(() =>
      toCsv({ columns: [{ key: "currency", label: verbatim("Currency") }], rows: [{ currency: usd("1.00") }] }, english),
    ).toThrow('A table with amounts gets a "currency" column of its own');
  });
});

describe("pnlCsv", () => {
  it("exports every line of every month, each followed by its parts", () => {
    const csv = pnlCsv([JANUARY_2026, DECEMBER_2025].map(monthlyPnl), english);
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("Month,Section,Line,Part,Amount,Formula,Currency");
    // Months in order, December first.
    expect(rows[1]).toBe("2025-12,Revenue,Agent-attributed revenue,,9870.00,The net revenue of the orders credited to an agent's code,USD");
    expect(rows).toContain(`2026-01,Revenue,Outreach campaigns,,44377.10,New customers: shall we process your order?,USD`);
    expect(rows).toContain("2026-01,Revenue,Outreach campaigns,New customers: shall we process your order?,44377.10,,USD");
    expect(rows).toContain(
      "2025-12,Costs,Team's share of refunds and exchanges,,2143.79,\"(Store refunds + Store exchanges) x Team's share, rounded half-up to the cent\",USD",
    );
    expect(rows).toContain("2025-12,Costs,Team's share of refunds and exchanges,Team's share,10.00%,,");
    expect(rows).toContain("2026-01,Costs,Cost of goods,Gross margin,60.00%,,");
    expect(rows).toContain("2026-01,Result,Result,,15752.13,Revenue support generated - Support's costs,USD");
    expect(rows).toContain("2025-12,Result,Result,,-18871.09,Revenue support generated - Support's costs,USD");

    const january = monthlyPnl(JANUARY_2026);
    const lineRows = rows.filter((row) => row.startsWith("2026-01,") && /^2026-01,[^,]+,[^,]+,,/.test(row));
    expect(lineRows).toHaveLength(REVENUE_LINES.length + COST_LINES.length + 3);
    const partRows = rows.filter((row) => row.startsWith("2026-01,")).length - lineRows.length;
    const expectedParts = [
      ...Object.values(january.revenue),
      ...Object.values(january.costs),
      january.totalRevenue,
      january.totalCosts,
      january.result,
    ].reduce((sum, figure) => sum + figure.parts.length, 0);
    expect(partRows).toBe(expectedParts);
  });

  it("neutralises a campaign name that would be a formula", () => {
    const csv = pnlCsv(
      [
        monthlyPnl({
          ...JANUARY_2026,
          revenue: { ...JANUARY_2026.revenue, campaigns: [{ name: "=cmd|' /C calc'!A0", contacted: 1, replied: 1, revenue: usd("1.00") }] },
        }),
      ],
      english,
    );
    expect(csv).toContain("2026-01,Revenue,Outreach campaigns,'=cmd|' /C calc'!A0,1.00,,USD");
    expect(csv).not.toMatch(/,=cmd/);
  });
});
