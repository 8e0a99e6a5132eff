import { describe, expect, it } from "vitest";
import { dataReportCsv, dataReportOf, reportTables } from "./data-report";
import { serverTranslate } from "../../i18n/resources.server";

const english = serverTranslate("en");

const report = dataReportOf({
  "customer profile": [{ customerId: "1001", email: "fatima@example.ae", firstName: "Fatima", updatedAt: "2026-11-30T21:15:00.000Z" }],
  "VIP tier": [{ tierName: "Gold", reason: ["Spent at least 500.00 USD: 812.40 USD"] }],
  "exchange outcomes": [],
});
const dubai = (instant: Date) => instant.toLocaleString("en-GB", { timeZone: "Asia/Dubai", dateStyle: "medium", timeStyle: "short" });

describe("a data request's report", () => {
  it("reads as one table per source, its times on the shop's clock", () => {
    const tables = reportTables(report, dubai);
    expect(tables.map((table) => table.name)).toEqual(["customer profile", "VIP tier", "exchange outcomes"]);
    expect(tables[0]).toEqual({
      name: "customer profile",
      columns: ["customerId", "email", "firstName", "updatedAt"],
      rows: [["1001", "fatima@example.ae", "Fatima", "1 Dec 2026, 01:15"]],
    });
    // A list stays readable, never "[object Object]".
    expect(tables[1].rows[0][1]).toBe('["Spent at least 500.00 USD: 812.40 USD"]');
    expect(tables[2].rows).toEqual([]);
  });

  it("downloads as CSV, one field a line, with what a spreadsheet would run neutralised", () => {
    const csv = dataReportCsv(dataReportOf({ notes: [{ text: "=HYPERLINK(1)" }] }), english);
    expect(csv).toBe("\uFEFFSection,Row,Field,Value\r\nnotes,1,text,'=HYPERLINK(1)\r\n");
    expect(dataReportCsv(report, english).split("\r\n")).toContain("customer profile,1,updatedAt,2026-11-30T21:15:00.000Z");
  });

  it("takes anything that isn't a report as an empty one", () => {
    expect(dataReportOf("[]")).toEqual({});
    expect(dataReportOf(null)).toEqual({});
  });
});
