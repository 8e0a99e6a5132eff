import { describe, expect, it } from "vitest";
import { renderExchangeRequestPage } from "./request-page";

describe("the page after an exchange request", () => {
  it("gives a shopper whose exchange can't follow a way to reach the shop, the order already named", () => {
    const page = renderExchangeRequestPage("unavailable", { orderName: "#1014" });
    expect(page).toContain(`href="mailto:{{ shop.email }}?subject={{ 'Contact us about order #1014' | url_encode }}"`);
    expect(page).toContain("{% when 'ar' %}تواصل معنا بخصوص الطلب #1014");
    expect(renderExchangeRequestPage("requested")).not.toContain("data-contact-order");
  });
});
