// A list longer than a page, in the embedded admin: carriers report failed
// deliveries on the demo store's shipments (the local Shopify's fulfillment
// events, sent to the app as Shopify's webhooks), the tracking page lists
// the shipments at risk one page at a time, and "Next" shows the rest.
import { describe, expect, inject, it } from "vitest";
import { PAGE_SIZE } from "../../app/domain/paging";
import { openPage, withBrowser } from "./browser";
import { localAdmin, localAdminToken } from "./local-admin";

const demo = inject("demo");
const browser = withBrowser();

/** A carrier's failed delivery on `count` shipments of the demo store still on their way. */
async function failDeliveries(count: number) {
  const token = await localAdminToken();
  const { orders } = await localAdmin<{ orders: { nodes: { fulfillments: { id: string; displayStatus: string | null }[] }[] } }>(
    `query Shipped { orders(first: 250, query: "fulfillment_status:shipped", sortKey: PROCESSED_AT, reverse: true) { nodes { fulfillments { id displayStatus } } } }`,
    {},
    token,
  );
  const onTheirWay = orders.nodes.flatMap((order) => order.fulfillments).filter((fulfillment) => fulfillment.displayStatus !== "DELIVERED");
  expect(onTheirWay.length).toBeGreaterThanOrEqual(count);
  for (const fulfillment of onTheirWay.slice(0, count)) {
    const id = fulfillment.id.split("/").pop()!;
    const response = await fetch(`${demo.shopifyUrl}/_local/fulfillments/${id}/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ status: "failure", message: "Delivery failed: address not found" }),
    });
    expect(response.status).toBe(201);
  }
}

describe("a list longer than a page", () => {
  it("shows shipments at risk a page at a time, and Next shows the following ones", async () => {
    await failDeliveries(PAGE_SIZE + 5);
    const { page, errors } = await openPage(browser());
    await page.goto(demo.adminUrl);
    const nav = page.getByRole("navigation", { name: "App" });
    const atRisk = page.getByRole("row").filter({ has: page.getByRole("button", { name: /^Mark handled: / }) });
    // Each row's risk, as its "Mark handled" form posts it: an order with two parcels at risk has two rows alike.
    const riskIds = () =>
      page.locator('input[name="riskId"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    // The app's worker processes the webhooks: the list fills as it does, and is read once it stops growing
    // (a risk added between two pages' reads would push the first page's last row onto the second).
    // Settled: the same count on three reads in a row, a few seconds apart (a loaded machine's worker may pause).
    const counts: string[] = [];
    await expect
      .poll(
        async () => {
          await nav.getByRole("link", { name: "Order tracking" }).click();
          await page.getByRole("heading", { name: "Shipments at risk" }).waitFor();
          if ((await page.getByRole("link", { name: "Next" }).count()) === 0) return false;
          counts.push((await page.getByText(/^\d+–\d+ of \d+$/).textContent()) ?? "");
          const lastThree = counts.slice(-3);
          return lastThree.length === 3 && lastThree.every((count) => count === lastThree[0]);
        },
        { timeout: 120_000, interval: 3000 },
      )
      .toBe(true);
    await page.getByText(new RegExp(`^1–${PAGE_SIZE} of \\d+$`)).waitFor();
    await expect(atRisk.count()).resolves.toBe(PAGE_SIZE);
    const firstPage = await riskIds();

    await page.getByRole("link", { name: "Next" }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    await page.getByText(new RegExp(`^${PAGE_SIZE + 1}–\\d+ of \\d+$`)).waitFor();
    const secondPage = await riskIds();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);

    await page.getByRole("link", { name: "Previous" }).click();
    await page.waitForURL((url) => !url.searchParams.has("page"));
    await page.getByText(new RegExp(`^1–${PAGE_SIZE} of \\d+$`)).waitFor();
    await expect(riskIds()).resolves.toEqual(firstPage);
    expect(errors).toEqual([]);
  });
});
