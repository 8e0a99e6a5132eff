// The shop's Admin API allowance shared by purpose (decision 023), on the
// local Shopify's own cost bucket: a backfill keeps half of it free, and a
// shopper's lookup under a drained bucket fails at once as "throttled"
// instead of waiting for it to refill.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import db from "../app/db.server";
import { AdminApiError, adminQuery } from "../app/admin-api.server";
import { budgetedClient, type AdminPurpose } from "../app/admin-budget.server";
import { PURPOSE_BUDGETS } from "../app/domain/admin-budget";
import { ShopOverviewQuery } from "../app/graphql/shop-overview";
import { VipCustomersPageQuery } from "../app/graphql/vip-customers-page";
import type { LocalShopify } from "../local-shopify/server";
import { DEMO_SHOP, installApp, startLocalShopifyForApp } from "./factories/local-shopify";

// A smaller bucket than Shopify's standard 2,000, refilled at its 100 points a second, so the test waits seconds, not minutes.
const BUCKET = { maximumAvailable: 1_000, restoreRate: 100 };
let local: LocalShopify;
let token: string;
beforeAll(async () => {
  local = await startLocalShopifyForApp({ throttle: BUCKET });
});
afterAll(async () => {
  await local.close();
});
beforeEach(async () => {
  token = await installApp(local);
  // Each test starts from a full bucket.
  await vi.waitUntil(() => local.emulator.throttleStatus(DEMO_SHOP).currentlyAvailable >= BUCKET.maximumAvailable, {
    timeout: 15_000,
    interval: 100,
  });
});

async function clientFor(purpose: AdminPurpose) {
  const { unauthenticated } = await import("../app/shopify.server");
  const { admin } = await unauthenticated.admin(DEMO_SHOP);
  return budgetedClient(admin, { db, shop: DEMO_SHOP, purpose });
}

/** What a shopper's lookup asks: a cheap query that must never wait. */
const lookup = async () => {
  const started = performance.now();
  try {
    await adminQuery(await clientFor("storefront"), ShopOverviewQuery, {});
    return { ok: true as const, ms: performance.now() - started };
  } catch (error) {
    return { ok: false as const, ms: performance.now() - started, error };
  }
};

/** Spends the bucket behind the app's back (another caller of the same app), until Shopify answers THROTTLED. */
async function drainBucket(first = 250) {
  const query = VipCustomersPageQuery.document;
  for (let call = 0; call < 40; call++) {
    const response = await fetch(local.graphqlUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
      body: JSON.stringify({ query, variables: { first, after: null } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (body.errors?.some((error) => error.extensions?.code === "THROTTLED")) return;
  }
  throw new Error("the bucket never ran dry");
}

describe("the Admin API budget on Shopify's cost bucket", () => {
  it("leaves the storefront its share while a backfill runs flat out", async () => {
    const backfill = await clientFor("backfill");
    const kept = PURPOSE_BUDGETS.backfill.reserveShare * BUCKET.maximumAvailable;
    const afterBackfillCalls: number[] = [];
    let running = true;
    const run = (async () => {
      // About 92 points a call: the bucket would be empty after eleven calls without a budget.
      for (let call = 0; call < 16; call++) {
        await adminQuery(backfill, VipCustomersPageQuery, { first: 30, after: null });
        afterBackfillCalls.push(local.emulator.throttleStatus(DEMO_SHOP).currentlyAvailable);
      }
      running = false;
    })();
    const lookups: Awaited<ReturnType<typeof lookup>>[] = [];
    while (running) {
      lookups.push(await lookup());
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await run;

    // The backfill spent down to its floor, then went at the pace of the refill, never below the storefront's share.
    expect(afterBackfillCalls).toHaveLength(16);
    expect(Math.min(...afterBackfillCalls)).toBeGreaterThanOrEqual(kept - 20);
    expect(Math.min(...afterBackfillCalls)).toBeLessThan(kept + 200);
    // Every shopper's lookup meanwhile was answered.
    expect(lookups.length).toBeGreaterThan(5);
    expect(lookups.filter((answer) => !answer.ok)).toEqual([]);
  });

  it("answers a storefront call under a drained bucket at once with a typed 'throttled', without calling Shopify again", async () => {
    await drainBucket();
    // Shopify answers THROTTLED: the call does not wait the seconds the bucket needs to refill.
    const first = await lookupOf(VipCustomersPageQuery, { first: 250, after: null });
    expect(first.error).toBeInstanceOf(AdminApiError);
    expect((first.error as AdminApiError).kind).toBe("throttled");
    expect(first.ms).toBeLessThan(1_000);

    // The bucket Shopify reported is kept for every server: the next storefront call is refused before it is sent.
    expect(await db.adminApiBucket.findUnique({ where: { shop: DEMO_SHOP } })).toMatchObject({
      maximumAvailable: BUCKET.maximumAvailable,
      restoreRate: BUCKET.restoreRate,
    });
    const sent = vi.spyOn(local.emulator, "execute");
    try {
      const second = await lookupOf(VipCustomersPageQuery, { first: 250, after: null });
      expect((second.error as AdminApiError).kind).toBe("throttled");
      expect((second.error as AdminApiError).details.retryAfterMs).toBeGreaterThan(0);
      expect(second.ms).toBeLessThan(500);
      expect(sent).not.toHaveBeenCalled();
    } finally {
      sent.mockRestore();
    }
  });

  it("holds webhook work until the bucket has room above the storefront's share, then runs it", async () => {
    // Less than 92 points left, as a shopper's lookup reports it.
    await drainBucket(30);
    expect((await lookup()).ok).toBe(true);
    const started = performance.now();
    await adminQuery(await clientFor("webhook"), ShopOverviewQuery, {});
    // It waited for the refill rather than failing; what it left is at least a quarter of the bucket.
    expect(performance.now() - started).toBeGreaterThan(1_000);
    expect(local.emulator.throttleStatus(DEMO_SHOP).currentlyAvailable).toBeGreaterThanOrEqual(
      PURPOSE_BUDGETS.webhook.reserveShare * BUCKET.maximumAvailable - 5,
    );
  });
});

async function lookupOf<TData, TVariables>(operation: Parameters<typeof adminQuery<TData, TVariables>>[1], variables: TVariables) {
  const started = performance.now();
  try {
    await adminQuery(await clientFor("storefront"), operation, variables);
    return { ms: performance.now() - started, error: null as unknown };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}
