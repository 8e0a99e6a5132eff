import { describe, expect, it } from "vitest";
import { moneyFromDecimal } from "../money";
import { ATTRIBUTION_PRECEDENCE, attributionRule, attributedRevenue, attributeOrder, codeOwnersOf, commission } from "./attribution";
import { phraseText } from "../phrase";
import { serverTranslate } from "../../i18n/resources.server";

/** The rule as the Agents page prints it, in a language. */
const ruleText = (windowDays: number, locale: "en" | "ar" | "fr") =>
  attributionRule(windowDays)
    .map((line) => phraseText(line, serverTranslate(locale)))
    .join("\n");

const codeOwners = codeOwnersOf([
  { agentId: "chloe", codes: ["CHLOE10", "CHLOE-7K2P9X"] },
  { agentId: "marcus", codes: ["marcus15"] },
]);
const CHAT = { _concierge_chat: "chat_42" };
const TRACK = { _concierge_track: "1" };

describe("attributeOrder", () => {
  it("puts an agent's code before a chat and the tracking page, and credits one source only", () => {
    const attribution = attributeOrder({
      discountCodes: ["CHLOE10"],
      cartAttributes: { ...CHAT, ...TRACK },
      codeOwners,
      chatOwners: new Map([["chat_42", "marcus"]]),
    });
    expect(attribution).toMatchObject({ source: "agent_code", agentId: "chloe", code: "CHLOE10" });
    expect(attribution.explanation).toContain("a chat and the tracking page");
    expect(attribution.explanation).toContain("only one source is credited");
  });

  it("matches codes whatever their case or spacing", () => {
    expect(attributeOrder({ discountCodes: [" chloe-7k2p9x "], cartAttributes: {}, codeOwners })).toMatchObject({
      source: "agent_code",
      agentId: "chloe",
      code: "CHLOE-7K2P9X",
    });
    // codeOwnersOf upper-cased "marcus15".
    expect(attributeOrder({ discountCodes: ["Marcus15"], cartAttributes: {}, codeOwners }).agentId).toBe("marcus");
  });

  it("credits the first code listed when two agents' codes are on one order, and says so", () => {
    const attribution = attributeOrder({ discountCodes: ["SUMMER20", "marcus15", "CHLOE10"], cartAttributes: {}, codeOwners });
    expect(attribution).toMatchObject({ source: "agent_code", agentId: "marcus", code: "MARCUS15" });
    expect(attribution.explanation).toBe(
      "Discount code MARCUS15 is an agent's code, so its agent is credited. Other agents' codes are on the order too (CHLOE10); MARCUS15 is listed first, so only its agent is credited.",
    );
  });

  it("credits an agent once for two of their own codes", () => {
    const attribution = attributeOrder({ discountCodes: ["CHLOE10", "chloe-7k2p9x", "CHLOE10"], cartAttributes: {}, codeOwners });
    expect(attribution).toMatchObject({ agentId: "chloe", code: "CHLOE10" });
    expect(attribution.explanation).toContain("CHLOE-7K2P9X is the same agent's, credited once.");
  });

  it("credits a chat next, to the agent who handled it when known", () => {
    expect(
      attributeOrder({
        discountCodes: ["SUMMER20"],
        cartAttributes: { ...CHAT, ...TRACK },
        codeOwners,
        chatOwners: new Map([["chat_42", "marcus"]]),
      }),
    ).toMatchObject({ source: "chat", agentId: "marcus", code: null });
    const unlinked = attributeOrder({ discountCodes: [], cartAttributes: CHAT, codeOwners });
    expect(unlinked).toMatchObject({ source: "chat", agentId: null, code: null });
    expect(unlinked.explanation).toContain("isn't linked to an agent");
  });

  it("credits the tracking page last, to no agent", () => {
    expect(attributeOrder({ discountCodes: ["SUMMER20"], cartAttributes: TRACK, codeOwners })).toMatchObject({
      source: "tracking_page",
      agentId: null,
      code: null,
    });
  });

  it("treats an emptied cart attribute as absent, as Shopify's cart does", () => {
    expect(attributeOrder({ discountCodes: [], cartAttributes: { _concierge_chat: "", ...TRACK }, codeOwners }).source).toBe(
      "tracking_page",
    );
  });

  it("credits nothing when nothing Concierge did led to the order", () => {
    expect(attributeOrder({ discountCodes: ["SUMMER20"], cartAttributes: { gift_note: "Happy birthday" }, codeOwners })).toEqual({
      source: null,
      agentId: null,
      code: null,
      explanation: "No agent's code, chat, helpdesk conversation, Concierge email or tracking page led to this order: not attributed.",
    });
  });

  it("publishes the precedence and the rule the code follows", () => {
    expect(ATTRIBUTION_PRECEDENCE).toEqual(["agent_code", "chat", "support_touch", "outreach", "tracking_page"]);
    const rule = ruleText(7, "en");
    const positions = ["1. Agent code", "2. Chat", "3. Helpdesk conversation", "4. Email from Concierge", "5. Tracking page"].map(
      (heading) => rule.indexOf(heading),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(rule).toContain("listed first");
  });
});

describe("attributeOrder with helpdesk touches", () => {
  const touch = (agentId: string, channel = "email", conversationId = "T-1") => ({
    agentId,
    channel,
    conversationId,
    touchedAt: new Date("2026-11-20T10:00:00Z"),
  });

  it("credits the agent of the last touch when no code or chat is on the order", () => {
    const credit = attributeOrder({ discountCodes: [], cartAttributes: TRACK, codeOwners, lastTouch: touch("marcus") });
    expect(credit).toMatchObject({ source: "support_touch", agentId: "marcus", code: null });
    expect(credit.explanation).toContain("the tracking page");
  });

  it("lets an agent's code win over a touch by another agent", () => {
    expect(attributeOrder({ discountCodes: ["CHLOE10"], cartAttributes: {}, codeOwners, lastTouch: touch("marcus") })).toMatchObject({
      source: "agent_code",
      agentId: "chloe",
    });
  });

  it("gives a chat-assisted order to the chat's agent: by conversation id, else the last chat touch", () => {
    const chatOwners = new Map([["chat_42", "marcus"]]);
    expect(
      attributeOrder({
        discountCodes: [],
        cartAttributes: CHAT,
        codeOwners,
        chatOwners,
        lastTouch: touch("chloe"),
        lastChatTouch: touch("chloe", "chat"),
      }),
    ).toMatchObject({ source: "chat", agentId: "marcus" });
    expect(
      attributeOrder({
        discountCodes: [],
        cartAttributes: CHAT,
        codeOwners,
        lastTouch: touch("marcus"),
        lastChatTouch: touch("chloe", "chat"),
      }),
    ).toMatchObject({ source: "chat", agentId: "chloe" });
    expect(attributeOrder({ discountCodes: [], cartAttributes: CHAT, codeOwners, lastTouch: touch("marcus") })).toMatchObject({
      source: "chat",
      agentId: null,
    });
  });

  it("prints the shop's window in the rule", () => {
    expect(ruleText(7, "en")).toContain("The window is 7 days");
    expect(ruleText(1, "en")).toContain("The window is 1 day,");
    expect(ruleText(2, "ar")).toContain("الفترة يومان");
    expect(ruleText(7, "fr")).toContain("La fenêtre est de 7 jours");
  });
});

describe("codeOwnersOf", () => {
  it("refuses a code owned by two agents", () => {
    expect(() =>
      codeOwnersOf([
        { agentId: "a", codes: ["SAME"] },
        { agentId: "b", codes: ["same"] },
      ]),
    ).toThrow("Code SAME belongs to both agent a and agent b");
  });
});

describe("attributedRevenue and commission", () => {
  it("pays $7.50 on a $100.00 order at 7.5%, and $5.25 after a $30.00 refund", () => {
    const total = moneyFromDecimal("100.00", "USD");
    const full = attributedRevenue({ totalPrice: total, refunds: [], cancelled: false });
    expect(full).toEqual(moneyFromDecimal("100.00", "USD"));
    expect(commission(full, 750)).toEqual(moneyFromDecimal("7.50", "USD"));

    const refunded = attributedRevenue({ totalPrice: total, refunds: [moneyFromDecimal("30.00", "USD")], cancelled: false });
    expect(refunded).toEqual(moneyFromDecimal("70.00", "USD"));
    expect(commission(refunded, 750)).toEqual(moneyFromDecimal("5.25", "USD"));
  });

  it("adds up several refunds exactly and never goes below zero", () => {
    expect(
      attributedRevenue({
        totalPrice: moneyFromDecimal("100.00", "USD"),
        refunds: [moneyFromDecimal("0.10", "USD"), moneyFromDecimal("0.20", "USD")],
        cancelled: false,
      }),
    ).toEqual(moneyFromDecimal("99.70", "USD"));
    expect(
      attributedRevenue({ totalPrice: moneyFromDecimal("40.00", "USD"), refunds: [moneyFromDecimal("45.00", "USD")], cancelled: false }),
    ).toEqual(moneyFromDecimal("0.00", "USD"));
  });

  it("voids a cancelled order: no revenue, no commission", () => {
    const revenue = attributedRevenue({ totalPrice: moneyFromDecimal("250.00", "USD"), refunds: [], cancelled: true });
    expect(revenue).toEqual(moneyFromDecimal("0.00", "USD"));
    expect(commission(revenue, 1000)).toEqual(moneyFromDecimal("0.00", "USD"));
  });

  it("refuses a refund in another currency", () => {
    expect(() =>
      attributedRevenue({ totalPrice: moneyFromDecimal("100.00", "USD"), refunds: [moneyFromDecimal("30.00", "EUR")], cancelled: false }),
    ).toThrow("A refund is in EUR, expected USD");
  });

  it("rounds half a cent up, and keeps currencies' own decimals", () => {
    expect(commission(moneyFromDecimal("0.10", "USD"), 500)).toEqual(moneyFromDecimal("0.01", "USD")); // 0.5 cent
    expect(commission(moneyFromDecimal("0.29", "USD"), 500)).toEqual(moneyFromDecimal("0.01", "USD")); // 1.45 cents
    expect(commission(moneyFromDecimal("0.30", "USD"), 500)).toEqual(moneyFromDecimal("0.02", "USD")); // 1.5 cents
    expect(commission(moneyFromDecimal("1234", "JPY"), 750)).toEqual(moneyFromDecimal("93", "JPY")); // ¥92.55
    expect(commission(moneyFromDecimal("10.001", "KWD"), 750)).toEqual(moneyFromDecimal("0.750", "KWD")); // 0.750075
  });

  it("refuses rates outside 0–100% or in fractions of a basis point", () => {
    expect(() => commission(moneyFromDecimal("1", "USD"), -1)).toThrow(RangeError);
    expect(() => commission(moneyFromDecimal("1", "USD"), 10_001)).toThrow(RangeError);
    expect(() => commission(moneyFromDecimal("1", "USD"), 7.5)).toThrow(RangeError);
  });
});

/** mulberry32: a fixed seed gives the same orders every run. */
describe("attributeOrder with clicks on Concierge's emails", () => {
  const click = { messageId: "msg-1", agentId: "chloe", clickedAt: new Date("2026-11-20T10:00:00Z") };
  const touch = { agentId: "marcus", channel: "email", conversationId: "T-1", touchedAt: new Date("2026-11-20T09:00:00Z") };

  it("credits the email and the agent who signs it, over the tracking page", () => {
    expect(attributeOrder({ discountCodes: [], cartAttributes: TRACK, codeOwners, lastClick: click })).toEqual({
      source: "outreach",
      agentId: "chloe",
      code: null,
      messageId: "msg-1",
      explanation:
        "The customer clicked a link in an email Concierge sent them within the attribution window: credited to that email and the agent who signs it. The order also came through the tracking page, but a Concierge email comes first, so only one source is credited.",
    });
    expect(attributeOrder({ discountCodes: [], cartAttributes: {}, codeOwners, lastClick: { ...click, agentId: null } })).toMatchObject({
      source: "outreach",
      agentId: null,
    });
  });

  it("gives way to an agent's code, a chat and a helpdesk conversation", () => {
    expect(attributeOrder({ discountCodes: ["CHLOE10"], cartAttributes: {}, codeOwners, lastClick: click }).explanation).toContain(
      "a Concierge email",
    );
    expect(attributeOrder({ discountCodes: [], cartAttributes: { _concierge_chat: "c1" }, codeOwners, lastClick: click }).source).toBe(
      "chat",
    );
    expect(attributeOrder({ discountCodes: [], cartAttributes: {}, codeOwners, lastTouch: touch, lastClick: click })).toMatchObject({
      source: "support_touch",
      agentId: "marcus",
    });
  });
});
