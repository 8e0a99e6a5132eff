import { describe, expect, it } from "vitest";
import { chatFunnel, DEFAULT_SITE_CONVERSION_BPS, formatBasisPoints, funnelPeriod, rateBasisPoints } from "./funnel";

describe("rateBasisPoints", () => {
  it("is exact in whole basis points, rounded half up", () => {
    expect(rateBasisPoints(15, 100)).toBe(1500);
    expect(rateBasisPoints(1, 3)).toBe(3333); // 33.333…%
    expect(rateBasisPoints(2, 3)).toBe(6667); // 66.666…%
    expect(rateBasisPoints(1, 8)).toBe(1250);
    expect(rateBasisPoints(1, 20_000)).toBe(1); // 0.5 bp rounds up
    expect(rateBasisPoints(1, 20_001)).toBe(0);
    expect(rateBasisPoints(0, 10)).toBe(0);
  });

  it("has no rate without a denominator", () => {
    expect(rateBasisPoints(0, 0)).toBeNull();
    expect(rateBasisPoints(3, 0)).toBeNull();
  });

  it("refuses counts that are not whole numbers of zero or more", () => {
    expect(() => rateBasisPoints(-1, 3)).toThrow(RangeError);
    expect(() => rateBasisPoints(1.5, 3)).toThrow(RangeError);
  });
});

describe("formatBasisPoints", () => {
  it("prints a percentage without trailing zeros", () => {
    expect(formatBasisPoints(1250)).toBe("12.5%");
    expect(formatBasisPoints(200)).toBe("2%");
    expect(formatBasisPoints(3333)).toBe("33.33%");
    expect(formatBasisPoints(3)).toBe("0.03%");
    expect(formatBasisPoints(0)).toBe("0%");
    expect(formatBasisPoints(12_000)).toBe("120%");
  });
});

describe("chatFunnel", () => {
  it("goes from prompts shown to chats opened to chat-assisted orders", () => {
    const funnel = chatFunnel({
      events: { prompt_shown: 400, chat_opened: 36, concierge_contacted: 4, dismissed: 120 },
      chatAssistedOrders: 7,
      orders: 350,
    });
    expect(funnel).toEqual({
      promptsShown: 400,
      chatsOpened: 40,
      conciergeContacts: 4,
      dismissed: 120,
      chatAssistedOrders: 7,
      orders: 350,
      openRateBps: 1000,
      chatConversionBps: 1750,
      shareOfOrdersBps: 200,
      benchmarkBps: DEFAULT_SITE_CONVERSION_BPS,
      versusBenchmark: "above",
    });
  });

  it("shows no rate, rather than 0%, when nothing was counted", () => {
    const funnel = chatFunnel({ events: {}, chatAssistedOrders: 0, orders: 0 });
    expect(funnel).toMatchObject({ promptsShown: 0, chatsOpened: 0, openRateBps: null, chatConversionBps: null, versusBenchmark: null });
  });

  it("compares with the benchmark it is given", () => {
    const counts = { events: { prompt_shown: 100, chat_opened: 50 }, chatAssistedOrders: 1, orders: 10 };
    expect(chatFunnel(counts).versusBenchmark).toBe("equal");
    expect(chatFunnel(counts, 300).versusBenchmark).toBe("below");
  });
});

describe("funnelPeriod", () => {
  it("is 7, 30 or 90 days, 30 unless asked otherwise", () => {
    expect(funnelPeriod("7")).toBe(7);
    expect(funnelPeriod("90")).toBe(90);
    expect(funnelPeriod(null)).toBe(30);
    expect(funnelPeriod("365")).toBe(30);
    expect(funnelPeriod("7.0abc")).toBe(30);
  });
});
