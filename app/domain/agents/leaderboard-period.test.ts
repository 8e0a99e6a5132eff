import { describe, expect, it } from "vitest";
import { inEnglish } from "../../../tests/factories/forms";
import { parseLeaderboardPeriod } from "./leaderboard-period";

const params = (query: string) => new URLSearchParams(query);
// 01:30 on 1 December in Tokyo is still 30 November in New York.
const now = new Date("2026-11-30T16:30:00Z");

describe("parseLeaderboardPeriod", () => {
  it("is this month on the shop's clock by default", () => {
    const parsed = parseLeaderboardPeriod(params(""), now, "America/New_York");
    expect(parsed).toEqual({
      ok: true,
      period: {
        key: "this_month",
        start: new Date("2026-11-01T04:00:00Z"),
        end: new Date("2026-12-01T05:00:00Z"),
        from: "2026-11-01",
        to: "2026-11-30",
        label: "November 2026",
      },
    });
    const tokyo = parseLeaderboardPeriod(params("period=this_month"), now, "Asia/Tokyo");
    expect(tokyo.ok && tokyo.period.label).toBe("December 2026");
  });

  it("goes back a month, across a year", () => {
    const parsed = parseLeaderboardPeriod(params("period=last_month"), new Date("2026-01-15T12:00:00Z"), "UTC");
    expect(parsed).toMatchObject({
      ok: true,
      period: {
        key: "last_month",
        start: new Date("2025-12-01T00:00:00Z"),
        end: new Date("2026-01-01T00:00:00Z"),
        from: "2025-12-01",
        to: "2025-12-31",
        label: "December 2025",
      },
    });
  });

  it("takes custom days, both included, as whole days on the shop's clock", () => {
    const parsed = parseLeaderboardPeriod(params("period=custom&from=2026-11-03&to=2026-11-09"), now, "Europe/Paris");
    expect(parsed).toEqual({
      ok: true,
      period: {
        key: "custom",
        start: new Date("2026-11-02T23:00:00Z"),
        end: new Date("2026-11-09T23:00:00Z"),
        from: "2026-11-03",
        to: "2026-11-09",
        label: "Nov 3 – Nov 9, 2026",
      },
    });
  });

  it("refuses dates that don't exist, a period that ends before it starts, or one over a year", () => {
    expect(inEnglish(parseLeaderboardPeriod(params("period=custom&from=2026-02-30&to=2026-03-01"), now, "UTC"))).toEqual({
      ok: false,
      fieldErrors: { from: "Enter the first day like 2026-11-01" },
    });
    expect(inEnglish(parseLeaderboardPeriod(params("period=custom&from=2026-11-09&to=2026-11-03"), now, "UTC"))).toEqual({
      ok: false,
      fieldErrors: { to: "The last day can't be before the first" },
    });
    expect(inEnglish(parseLeaderboardPeriod(params("period=custom&from=2025-01-01&to=2026-11-03"), now, "UTC"))).toEqual({
      ok: false,
      fieldErrors: { to: "A period is at most 366 days" },
    });
    expect(parseLeaderboardPeriod(params("period=forever"), now, "UTC").ok).toBe(false);
  });
});
