// shopify.app.toml is deployed as it is; these checks keep it whole: every
// webhook Concierge needs is subscribed and has a route, the scopes are the
// ones the code documents, and the app proxy points where the routes are.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESS_SCOPES } from "../app/access-scopes";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { TIER_METAFIELD } from "../app/domain/vip/tier-effects";
import { readWebhookConfig } from "../local-shopify/webhooks";

const root = path.resolve(__dirname, "..");
const toml = fs.readFileSync(path.join(root, "shopify.app.toml"), "utf8");
const config = readWebhookConfig(toml);

const requiredTopics = [
  "app/uninstalled",
  "app/scopes_update",
  "orders/create",
  "orders/paid",
  "orders/updated",
  "refunds/create",
  "customers/update",
  "customers/email_marketing_consent_update",
  "fulfillments/create",
  "fulfillments/update",
  "fulfillment_events/create",
  "products/create",
  "products/update",
  "products/delete",
  "inventory_levels/update",
  "reverse_deliveries/attach_deliverable",
  "returns/request",
  "returns/approve",
];
const complianceTopics = ["customers/data_request", "customers/redact", "shop/redact"];

/** Remix flat routes: /webhooks/orders/create is app/routes/webhooks.orders.create.tsx. */
function routeFileFor(uri: string) {
  return path.join(root, "app", "routes", `${uri.replace(/^\//, "").replaceAll("/", ".")}.tsx`);
}

describe("shopify.app.toml", () => {
  it("subscribes to every topic Concierge handles, at the pinned API version", () => {
    expect(config.apiVersion).toBe(ADMIN_API_VERSION);
    expect(config.subscriptions.flatMap((subscription) => subscription.topics).sort()).toEqual([...requiredTopics].sort());
    expect(config.subscriptions.flatMap((subscription) => subscription.complianceTopics).sort()).toEqual([...complianceTopics].sort());
  });

  it("has a route for every subscription's uri, one per topic", () => {
    for (const subscription of config.subscriptions) {
      const topics = [...subscription.topics, ...subscription.complianceTopics];
      expect(topics, subscription.uri).toHaveLength(1);
      expect(subscription.uri).toBe(`/webhooks/${topics[0]}`);
      expect(fs.existsSync(routeFileFor(subscription.uri)), `${routeFileFor(subscription.uri)} exists`).toBe(true);
    }
  });

  it("asks for exactly the scopes app/access-scopes.ts documents", () => {
    const scopes = /^\s*scopes\s*=\s*"([^"]*)"/m.exec(toml)?.[1]?.split(",");
    expect(scopes).toEqual([...ACCESS_SCOPES]);
    for (const needed of ["write_customers", "read_orders", "write_discounts", "write_returns", "read_products"]) {
      expect(scopes).toContain(needed);
    }
  });

  it("proxies /apps/concierge to the app's /proxy routes", () => {
    const proxy = /\[app_proxy\]([\s\S]*?)(?:\n\[|$)/.exec(toml)?.[1] ?? "";
    expect(proxy).toMatch(/url\s*=\s*"https:\/\/[^"]+\/proxy"/);
    expect(proxy).toMatch(/subpath\s*=\s*"concierge"/);
    expect(proxy).toMatch(/prefix\s*=\s*"apps"/);
  });

  it("declares the VIP tier metafield, readable on the storefront and written only by the app", () => {
    // [customer.metafields.<namespace>.<key>]: the namespace "app" is the app's reserved $app.
    expect(TIER_METAFIELD.namespace).toBe("$app");
    const header = `[customer.metafields.app.${TIER_METAFIELD.key}]`;
    const lines = toml.split("\n");
    const start = lines.findIndex((line) => line.trim() === header);
    expect(start, `${header} in shopify.app.toml`).toBeGreaterThan(-1);
    const end = lines.findIndex((line, index) => index > start && line.trim().startsWith("["));
    const settings = Object.fromEntries(
      lines.slice(start + 1, end === -1 ? undefined : end).flatMap((line) => {
        const match = /^\s*([\w.]+)\s*=\s*"([^"]*)"/.exec(line);
        return match ? [[match[1], match[2]]] : [];
      }),
    );
    expect(settings).toMatchObject({
      type: TIER_METAFIELD.type,
      "access.admin": "merchant_read",
      "access.storefront": "public_read",
    });
  });

  it("is an embedded app", () => {
    expect(toml).toMatch(/^embedded\s*=\s*true/m);
  });
});
