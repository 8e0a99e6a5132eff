import { describe, expect, it } from "vitest";
import { chatFunnel } from "../chat/funnel";
import { deflection } from "../tracking/settings";
import { compareRates, NO_RATE, rateInHundredthsOfPercent } from "./figures";
import { campaignFunnel, chatProfitFunnel, exchangeFunnel, formatRate, rate, rateFromBasisPoints, trackingFunnel } from "./funnels";
import { ARTICLE_CAMPAIGN, inEnglish, usd } from "./months.fixture";

describe("formatRate", () => {
  it("shows two decimals, rounded half-up from the exact ratio", () => {
    // 392 / 1,701 = 23.04526…% → 23.05%
    expect(formatRate(rate(392, 1701))).toBe("23.05%");
    // 4,609 / 20,000 = 23.045% exactly: the half goes up.
    expect(formatRate(rate(4609, 20_000))).toBe("23.05%");
    // 46,089 / 200,000 = 23.0445%: under the half, down.
    expect(formatRate(rate(46_089, 200_000))).toBe("23.04%");
    // 1 / 20,000 = 0.005%: the smallest half, up to 0.01%.
    expect(formatRate(rate(1, 20_000))).toBe("0.01%");
    expect(formatRate(rate(1, 20_001))).toBe("0.00%");
    expect(formatRate(rate(1, 3))).toBe("33.33%");
    expect(formatRate(rate(2, 3))).toBe("66.67%");
    expect(formatRate(rate(0, 5))).toBe("0.00%");
    expect(formatRate(rate(3, 2))).toBe("150.00%");
  });

  it("is exact for counts too large for a float's digits", () => {
    // 9,007,199,254,740,991 / 9,007,199,254,740,990 = 100.0000000000000111…% → 100.00%
    expect(formatRate(rate(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1))).toBe("100.00%");
    expect(rateInHundredthsOfPercent(rate(Number.MAX_SAFE_INTEGER, 2))).toBe(45_035_996_273_704_955_000n);
  });

  it("uses the merchant's locale for separators only", () => {
    // Which space goes before "%" depends on the ICU version; the digits don't.
    const spaced = (text: string) => text.replace(/\s/g, " ");
    expect(spaced(formatRate(rate(392, 1701), "fr-FR"))).toBe("23,05 %");
    expect(spaced(formatRate(rate(123_456, 1000), "de-DE"))).toBe("12.345,60 %");
  });

  it("shows no rate, not 0%, when there is nothing to divide by", () => {
    expect(formatRate(rate(0, 0))).toBe(NO_RATE);
    expect(rateInHundredthsOfPercent(rate(0, 0))).toBeNull();
  });

  it("keeps settings in basis points and compares rates exactly", () => {
    expect(rateFromBasisPoints(1000)).toEqual({ numerator: 1000, denominator: 10_000 });
    expect(formatRate(rateFromBasisPoints(1000))).toBe("10.00%");
    expect(() => rateFromBasisPoints(10_001)).toThrow(RangeError);
    expect(compareRates(rate(1, 3), rate(333, 1000))).toBe(1);
    expect(compareRates(rate(2, 4), rate(1, 2))).toBe(0);
    expect(() => rate(1.5, 2)).toThrow("A rate's numerator must be a whole number of zero or more");
    expect(() => rate(1, -2)).toThrow(RangeError);
  });
});

describe("campaignFunnel", () => {
  it("reproduces the source article's campaign: 392 of 1,701 replied (23.05%), $44,377.10", () => {
    const funnel = campaignFunnel("USD", [ARTICLE_CAMPAIGN]);
    expect(funnel.campaigns).toEqual([
      {
        name: ARTICLE_CAMPAIGN.name,
        contacted: 1701,
        replied: 392,
        replyRate: { numerator: 392, denominator: 1701 },
        revenue: usd("44377.10"),
        orders: null,
      },
    ]);
    expect(formatRate(funnel.replyRate)).toBe("23.05%");
    expect(funnel.revenue.value).toEqual(usd("44377.10"));
  });

  it("rates several campaigns on all their contacts, not as an average of rates", () => {
    const funnel = campaignFunnel("USD", [
      ARTICLE_CAMPAIGN,
      {
        name: "VIP preview",
        contacted: 10,
        replied: 9,
        revenue: [
          { orderId: "1", revenue: usd("120.00") },
          { orderId: "2", revenue: usd("80.50") },
        ],
      },
    ]);
    // (392 + 9) / (1,701 + 10) = 401 / 1,711 = 23.4366…%, where the average of 23.05% and 90% would say 56.52%.
    expect(funnel.replyRate).toEqual({ numerator: 401, denominator: 1711 });
    expect(formatRate(funnel.replyRate)).toBe("23.44%");
    expect(funnel.campaigns[1]).toMatchObject({ revenue: usd("200.50"), orders: 2 });
    // 44,377.10 + 200.50 = 44,577.60
    expect(inEnglish(funnel.revenue)).toMatchObject({ value: usd("44577.60"), formula: `${ARTICLE_CAMPAIGN.name} + VIP preview` });
  });

  it("has no rate without campaigns", () => {
    const funnel = campaignFunnel("USD", []);
    expect(formatRate(funnel.replyRate)).toBe(NO_RATE);
    expect(inEnglish(funnel.revenue)).toMatchObject({ value: usd("0.00"), formula: "No campaigns", parts: [] });
  });
});

describe("chatProfitFunnel", () => {
  const counts = {
    events: { prompt_shown: 12_000, chat_opened: 750, concierge_contacted: 50, dismissed: 3000 },
    chatAssistedOrders: 96,
    orders: 2400,
  };

  it("counts chats as the chat trigger's page does and compares the chat's conversion with the store's", () => {
    const funnel = chatProfitFunnel({ ...counts, storeConversion: rate(2400, 120_000) });
    // 750 opened + 50 VIPs writing to their concierge = 800 chats, as chatFunnel counts them.
    expect(funnel.chatsOpened).toBe(chatFunnel(counts).chatsOpened);
    expect(funnel).toEqual({
      promptsShown: 12_000,
      chatsOpened: 800,
      chatAssistedOrders: 96,
      openRate: { numerator: 800, denominator: 12_000 },
      chatConversion: { numerator: 96, denominator: 800 },
      storeConversion: { numerator: 2400, denominator: 120_000 },
      versusStore: "above",
    });
    // 96 / 800 = 12.00% against the store's 2,400 / 120,000 = 2.00%
    expect(formatRate(funnel.chatConversion)).toBe("12.00%");
    expect(formatRate(funnel.openRate)).toBe("6.67%");
    expect(chatProfitFunnel({ ...counts, storeConversion: rate(12, 100) }).versusStore).toBe("equal");
    expect(chatProfitFunnel({ ...counts, storeConversion: rate(13, 100) }).versusStore).toBe("below");
  });

  it("has no comparison before anyone opened a chat", () => {
    const funnel = chatProfitFunnel({ events: {}, chatAssistedOrders: 0, orders: 0, storeConversion: rateFromBasisPoints(200) });
    expect(funnel.versusStore).toBeNull();
    expect(formatRate(funnel.chatConversion)).toBe(NO_RATE);
  });
});

describe("trackingFunnel", () => {
  const days = [
    { day: "2026-01-01", lookups: 40, misses: 5 },
    { day: "2026-01-02", lookups: 3, misses: 0 },
    { day: "2026-01-03", lookups: 0 },
  ];

  it("saves one ticket per lookup that found an order, at the merchant's cost per ticket", () => {
    const funnel = trackingFunnel(days, usd("4.75"));
    expect(funnel).toMatchObject({ lookups: 48, ordersFound: 43, misses: 5, ticketsDeflected: 43, costPerTicket: usd("4.75") });
    expect(formatRate(funnel.foundRate)).toBe("89.58%"); // 43 / 48 = 89.583…%
    // 43 × 4.75 = 204.25
    expect(inEnglish(funnel.saved)).toEqual({
      key: "funnel.tracking.saved",
      label: "Saved by tickets deflected",
      value: usd("204.25"),
      formula: "Tickets deflected x Cost per ticket",
      parts: [
        { label: "Tickets deflected", value: 43 },
        { label: "Cost per ticket", value: usd("4.75") },
      ],
    });
    // The same figure as the tracking settings page's.
    expect(funnel.saved.value.minor).toBe(deflection(days, 475n).savedMinor);
  });

  it("refuses counts that aren't counts", () => {
    expect(() => trackingFunnel([{ day: "2026-01-01", lookups: -1 }], usd("5.00"))).toThrow("Lookups on 2026-01-01");
    expect(() => trackingFunnel(days, usd("-5.00"))).toThrow("The cost of a ticket can't be negative");
  });
});

describe("exchangeFunnel", () => {
  it("rates accepted offers on offers shown and adds kept revenue to upsells", () => {
    const funnel = exchangeFunnel({ currencyCode: "USD", offersShown: 240, accepted: 61, kept: usd("3450.00"), upsell: usd("612.40") });
    expect(formatRate(funnel.acceptanceRate)).toBe("25.42%"); // 61 / 240 = 25.4166…%
    expect(inEnglish(funnel.revenue)).toMatchObject({ value: usd("4062.40"), formula: "Revenue kept by exchanges + Exchange upsells" });
    expect(() => exchangeFunnel({ currencyCode: "USD", offersShown: 1, accepted: 2, kept: usd("0"), upsell: usd("0") })).toThrow(
      "an offer must be shown to be accepted",
    );
  });
});
