// The admin's lists that grow with the shop, one page at a time: page 2
// shows the rows after page 1's (none twice, none skipped), a page past the
// last shows the last, and a page number that is not one is a 400 that says
// which parameter was wrong. One shop never pages into another's rows.
import { describe, expect, it } from "vitest";
import db from "../app/db.server";
import { PAGE_SIZE } from "../app/domain/paging";
import { loader as requestsLoader } from "../app/routes/app.exchange-offers._index";
import { loader as agentLoader } from "../app/routes/app.agents.$id";
import { loader as rosterLoader } from "../app/routes/app.agents._index";
import { loader as dataRequestsLoader } from "../app/routes/app.data-requests._index";
import { loader as failedEventsLoader } from "../app/routes/app.failed-events";
import { loader as ledgerLoader } from "../app/routes/app.instant-refunds";
import { loader as trackingLoader } from "../app/routes/app.tracking";
import { DEMO_SHOP, OTHER_SHOP } from "../local-shopify/demo-store";
import { adminRequest } from "./factories/admin-requests";
import { withSignedInStaff } from "./factories/local-shopify";
import { routeAnswer, type RouteFunction } from "./factories/routes";

const { staffId } = withSignedInStaff("chloe@concierge-demo.example");

async function open(route: RouteFunction, path: string, params: Record<string, string> = {}) {
  return routeAnswer(route, adminRequest(path, { shop: DEMO_SHOP, userId: staffId() }), params);
}

async function page<T>(route: RouteFunction, path: string, params: Record<string, string> = {}): Promise<T> {
  const response = await open(route, path, params);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

type Paged = { page: number; total: number; from: number; to: number; hasPrevious: boolean; hasNext: boolean };

/** `count` rows a minute apart, the first the oldest; the other shop gets rows too, that never show. */
const minutes = (count: number) => Array.from({ length: count }, (_, index) => new Date(Date.UTC(2026, 10, 1, 9, index)));

describe("lists that grow with the shop, one page at a time", () => {
  it("failed events: page 2 shows the next failures, latest first, and a bad page is a 400", async () => {
    const at = minutes(PAGE_SIZE + 5);
    await db.failedJob.createMany({
      data: at.flatMap((failedAt, index) => [
        {
          shop: DEMO_SHOP,
          queue: "webhook-event",
          jobId: `job-${index}`,
          data: {},
          summary: `failure ${index}`,
          error: "x",
          attempts: 3,
          failedAt,
        },
        {
          shop: OTHER_SHOP,
          queue: "webhook-event",
          jobId: `other-${index}`,
          data: {},
          summary: `other ${index}`,
          error: "x",
          attempts: 3,
          failedAt,
        },
      ]),
    });
    type Failures = { failures: { summary: string }[]; page: Paged };
    const first = await page<Failures>(failedEventsLoader, "/app/failed-events");
    const second = await page<Failures>(failedEventsLoader, "/app/failed-events?page=2");
    expect(first.failures.map((row) => row.summary)).toEqual(
      at
        .map((_, index) => `failure ${index}`)
        .reverse()
        .slice(0, PAGE_SIZE),
    );
    expect(second.failures.map((row) => row.summary)).toEqual(["failure 4", "failure 3", "failure 2", "failure 1", "failure 0"]);
    expect(first.page).toMatchObject({ page: 1, total: PAGE_SIZE + 5, hasPrevious: false, hasNext: true });
    expect(second.page).toMatchObject({ page: 2, from: PAGE_SIZE + 1, to: PAGE_SIZE + 5, hasPrevious: true, hasNext: false });

    // Past the last page: the last page.
    expect((await page<Failures>(failedEventsLoader, "/app/failed-events?page=9")).page.page).toBe(2);
    for (const bad of ["abc", "0", "-1", "1.5", "10001"]) {
      const response = await open(failedEventsLoader, `/app/failed-events?page=${bad}`);
      expect(response.status, bad).toBe(400);
      expect(await response.json()).toEqual({ error: "page must be a whole number from 1 to 10000" });
    }
  });

  it("the instant-refund ledger: page 2 shows the next decisions", async () => {
    const at = minutes(PAGE_SIZE + 2);
    await db.instantRefund.createMany({
      data: at.map((decidedAt, index) => ({
        shop: DEMO_SHOP,
        returnId: String(9000 + index),
        returnName: `#R${index}`,
        orderId: String(8000 + index),
        orderName: `#${8000 + index}`,
        status: "waiting",
        reason: "not in a tier with instant refunds",
        currencyCode: "USD",
        reverseDeliveryId: String(index),
        decidedAt,
      })),
    });
    type Ledger = { entries: { orderName: string }[]; page: Paged };
    const second = await page<Ledger>(ledgerLoader, "/app/instant-refunds?page=2");
    expect(second.entries.map((entry) => entry.orderName)).toEqual(["#8001", "#8000"]);
    expect(second.page).toMatchObject({ page: 2, total: PAGE_SIZE + 2, hasNext: false });
    expect((await open(ledgerLoader, "/app/instant-refunds?page=two")).status).toBe(400);
  });

  it("customer data requests: page 2 shows the next reports", async () => {
    const at = minutes(PAGE_SIZE + 1);
    await db.customerDataRequest.createMany({
      data: at.map((createdAt, index) => ({
        shop: DEMO_SHOP,
        customerId: String(index),
        customerEmail: `c${index}@example.com`,
        report: {},
        createdAt,
      })),
    });
    type Requests = { requests: { customerEmail: string }[]; page: Paged };
    const second = await page<Requests>(dataRequestsLoader, "/app/data-requests?page=2");
    expect(second.requests.map((request) => request.customerEmail)).toEqual(["c0@example.com"]);
    expect((await open(dataRequestsLoader, "/app/data-requests?page=0")).status).toBe(400);
  });

  it("shipments at risk: page 2 shows the next risks, newest first", async () => {
    const at = minutes(PAGE_SIZE + 3);
    await db.shipmentRisk.createMany({
      data: at.map((detectedAt, index) => ({
        shop: DEMO_SHOP,
        fulfillmentId: String(7000 + index),
        kind: "delayed",
        since: detectedAt,
        detectedAt,
      })),
    });
    type Tracking = { atRisk: { riskId: string; since: string }[]; atRiskPage: Paged };
    const first = await page<Tracking>(trackingLoader, "/app/tracking");
    const second = await page<Tracking>(trackingLoader, "/app/tracking?page=2");
    expect(first.atRisk).toHaveLength(PAGE_SIZE);
    expect(second.atRisk.map((risk) => risk.since)).toEqual(
      at
        .slice(0, 3)
        .reverse()
        .map((date) => date.toISOString()),
    );
    expect(new Set([...first.atRisk, ...second.atRisk].map((risk) => risk.riskId)).size).toBe(PAGE_SIZE + 3);
    expect((await open(trackingLoader, "/app/tracking?page=x")).status).toBe(400);
  });

  it("exchange requests: page 2 of the queue shows the next requests, oldest first, on its own parameter", async () => {
    const at = minutes(PAGE_SIZE + 2);
    await db.exchangeOutcome.createMany({
      data: at.map((createdAt, index) => ({
        shop: DEMO_SHOP,
        offerId: "offer-gone",
        orderId: String(6000 + index),
        lineItemId: String(index),
        channel: "self_service" as const,
        status: "requested" as const,
        currencyCode: "USD",
        createdAt,
      })),
    });
    type Offers = { requests: { orderId: string }[]; requestsPage: Paged };
    const second = await page<Offers>(requestsLoader, "/app/exchange-offers?requestsPage=2");
    expect(second.requests.map((request) => request.orderId)).toEqual([String(6000 + PAGE_SIZE), String(6001 + PAGE_SIZE)]);
    expect(second.requestsPage).toMatchObject({ page: 2, hasPrevious: true, hasNext: false });
    const bad = await open(requestsLoader, "/app/exchange-offers?requestsPage=abc");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "requestsPage must be a whole number from 1 to 10000" });
  });

  it("an agent's codes and the roster: page 2 shows the next ones", async () => {
    const agents = await Promise.all(
      minutes(PAGE_SIZE + 1).map((createdAt, index) =>
        db.agent.create({
          data: {
            shop: DEMO_SHOP,
            name: `Agent ${String(index).padStart(2, "0")}`,
            email: `agent${index}@example.com`,
            timeZone: "UTC",
            workingHours: {},
            commissionBps: 500,
            monthlyBudgetMinor: 0n,
            currencyCode: "USD",
            createdAt,
          },
        }),
      ),
    );
    type Roster = { agents: { name: string }[]; rosterPage: Paged; agentCount: number };
    const roster = await page<Roster>(rosterLoader, "/app/agents?rosterPage=2");
    expect(roster.agents.map((agent) => agent.name)).toEqual([`Agent ${PAGE_SIZE}`]);
    expect(roster.agentCount).toBe(PAGE_SIZE + 1);

    const agent = agents[0]!;
    const issued = minutes(PAGE_SIZE + 2);
    await db.agentCode.createMany({
      data: [
        ...issued.map((createdAt, index) => ({
          shop: DEMO_SHOP,
          agentId: agent.id,
          code: `DELIGHT${index}`,
          codeKey: `DELIGHT${index}`,
          kind: "delight" as const,
          valueKind: "percentage" as const,
          valueBasisPoints: 1000,
          currencyCode: "USD",
          createdAt,
        })),
        // Still being made in Shopify: never listed.
        {
          shop: DEMO_SHOP,
          agentId: agent.id,
          code: "PENDING",
          codeKey: "PENDING",
          kind: "delight" as const,
          valueKind: "percentage" as const,
          currencyCode: "USD",
          status: "pending" as const,
        },
      ],
    });
    type AgentPage = { codes: { code: string }[]; codesPage: Paged };
    const second = await page<AgentPage>(agentLoader, `/app/agents/${agent.id}?codesPage=2`, { id: agent.id });
    expect(second.codes.map((code) => code.code)).toEqual(["DELIGHT1", "DELIGHT0"]);
    expect(second.codesPage).toMatchObject({ total: PAGE_SIZE + 2, page: 2 });
    expect((await open(agentLoader, `/app/agents/${agent.id}?codesPage=-2`, { id: agent.id })).status).toBe(400);
  });
});
