import { describe, expect, it } from "vitest";
import { renderTrackingPage, type TrackingPageState } from "./page";
import { buildTrackingView } from "./timeline";
import { fulfillment, fulfillmentOrder, inTransitEvents, NOW, order } from "./timeline.fixture";

/** The text Liquid would pick for `language` from the page's {% case %} blocks. */
function textIn(liquid: string, language: "en" | "ar" | "fr") {
  return liquid.replace(
    /{% assign concierge_language[^%]*%}{% case [^%]*%}((?:{% when '\w+' %}(?:(?!{%).)*)*){% else %}((?:(?!{%).)*){% endcase %}/gs,
    (_match, cases: string, english: string) => {
      if (language === "en") return english;
      return new RegExp(`{% when '${language}' %}((?:(?!{%).)*)`, "s").exec(cases)?.[1] ?? english;
    },
  );
}

const page = (state: TrackingPageState, productIds = ["1"]) =>
  renderTrackingPage({
    state,
    recentOrders: [],
    timeZone: "Asia/Dubai",
    formPath: "/apps/concierge/track",
    recommendationProductIds: productIds,
  });

const found = (facts = order({ fulfillments: [fulfillment({ events: inTransitEvents, estimatedDeliveryAt: "2025-06-22T00:00:00Z" })] })) =>
  ({ kind: "found", view: buildTrackingView(facts, { now: NOW }) }) as const;

describe("the tracking page", () => {
  it("says how long to wait with the language's plural", () => {
    const wait = (seconds: number, language: "en" | "ar" | "fr") =>
      textIn(page({ kind: "rate_limited", retryAfterSeconds: seconds }), language);
    expect(wait(30, "en")).toContain("Please wait 1 minute and try again");
    expect(wait(300, "en")).toContain("Please wait 5 minutes and try again");
    expect(wait(60, "fr")).toContain("Patientez 1 minute puis");
    expect(wait(120, "ar")).toContain("دقيقتان");
    expect(wait(180, "ar")).toContain("3 دقائق");
    expect(wait(660, "ar")).toContain("11 دقيقة");
  });

  it("shows the expected delivery first, and the date and time of every step that happened, in the shop's time zone", () => {
    const html = textIn(page(found()), "en");
    expect(html.indexOf("data-eta")).toBeLessThan(html.indexOf('class="concierge-package"'));
    expect(html).toContain("Expected delivery: June 22, 2025");
    // Scanned at 08:00 UTC: 12:00 in Dubai.
    expect(html).toContain('<time datetime="2025-06-12T08:00:00.000Z">June 12, 2025 at 12:00 PM</time>');
    expect(textIn(page(found()), "ar")).toContain("بتاريخ");
  });

  it("keeps '1 × Leather Belt' whole in Arabic, joined with the language's own words", () => {
    const facts = order({
      fulfillments: [
        fulfillment({
          fulfillmentLineItems: [
            { title: "Leather Belt", quantity: 1 },
            { title: "Linen Overshirt", quantity: 1 },
          ],
        }),
      ],
    });
    expect(textIn(page(found(facts)), "ar")).toContain("<bdi>1 × Leather Belt</bdi> و<bdi>1 × Linen Overshirt</bdi>");
    expect(textIn(page(found(facts)), "en")).toContain("<bdi>1 × Leather Belt</bdi>, <bdi>1 × Linen Overshirt</bdi>");
  });

  it("shows no empty 'You might also like' for an order nothing of which has been sent", () => {
    const unfulfilled = order({ displayFulfillmentStatus: "UNFULFILLED", fulfillmentOrders: [fulfillmentOrder({ status: "OPEN" })] });
    expect(page(found(unfulfilled))).not.toContain("concierge-upsell");
    expect(page(found())).toContain("concierge-upsell");
  });
});
