// Shopify events through the job queue, tried as Shopify and a real
// deployment would: duplicate and concurrent deliveries, a worker killed
// half-way, a hanging Admin API, failures past the last retry, and several web
// and worker processes on one database (docs/decisions/010-job-queue.md).
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import db from "../app/db.server";
import { enqueue, jobQueue } from "../app/jobs/queue.server";
import { relayStrandedEvents, settleEventRelays } from "../app/services/webhook-intake.server";
import { action as ordersPaid } from "../app/routes/webhooks.orders.paid";
import { action as failedEventsAction, loader as failedEventsLoader } from "../app/routes/app.failed-events";
import { adminRequest, storeSessions } from "./factories/admin-requests";
import { queuedJobs, runQueuedJobs } from "./factories/jobs";
import { startWebProcess, startWorkerProcess, type ChildApp } from "./factories/processes";
import { orderPayload } from "./factories/webhook-payloads";
import { deliver, installShop } from "./factories/webhooks";
import { installApp, startLocalShopifyForApp } from "./factories/local-shopify";
import { demoCustomer, placePaidOrder, someSku, vipRule } from "./factories/vip";
import { DEMO_SHOP } from "../local-shopify/demo-store";
import { buildWebhookRequest } from "../local-shopify/webhooks";
import { TEST_APP } from "./setup/test-environment";
import { expectConsoleErrors } from "./setup/console";

const shop = "amira-boutique.myshopify.com";

const children: ChildApp[] = [];
const restoreQueues: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.stop()));
  for (const restore of restoreQueues.splice(0)) await restore();
});

/** Changes a queue's settings for the jobs sent from now on, until the test ends. */
async function withQueueSettings(
  name: string,
  settings: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; expireInSeconds?: number },
) {
  const boss = await jobQueue();
  const before = await boss.getQueue(name);
  await boss.updateQueue(name, settings);
  restoreQueues.push(async () => {
    await boss.updateQueue(name, {
      retryLimit: before?.retryLimit,
      retryDelay: before?.retryDelay,
      retryBackoff: before?.retryBackoff,
      expireInSeconds: before?.expireInSeconds,
    });
  });
}

async function storedOrders(orderId: string) {
  return db.order.findMany({ where: { shop, orderId } });
}

async function orderDayCount() {
  const days = await db.orderDaily.findMany({ where: { shop } });
  return days.reduce((sum, day) => sum + day.orders, 0);
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      const last = JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? String(item) : item));
      // What the child processes said is the first thing to read when this fails.
      const said = children.map(
        (child, index) =>
          `--- child ${index} (exit ${child.child.exitCode ?? child.child.signalCode ?? "running"}):\n${child.output.join("").slice(-2000)}`,
      );
      const jobs = await db.$queryRaw<
        unknown[]
      >`SELECT name, state::text, retry_count, start_after, started_on, created_on FROM pgboss.job ORDER BY created_on`;
      const sessions = await db.$queryRaw<
        unknown[]
      >`SELECT application_name, state, wait_event_type, wait_event, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database()`;
      throw new Error(
        `timed out waiting; last value ${last}\njobs: ${JSON.stringify(jobs)}\nsessions: ${JSON.stringify(sessions)}\n${said.join("\n")}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("one event delivered many times", () => {
  it("is applied once when delivered 10 times at once, and again after it was processed", async () => {
    await installShop(shop);
    const payload = orderPayload({ id: 9101, total_price: "80.00" });
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        deliver(ordersPaid, "orders/paid", payload, { eventId: "evt-9101", webhookId: `wh-${index}`, process: false }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    const outcomes = responses.map((response) => response.headers.get("X-Concierge-Webhook")).sort();
    expect(outcomes).toEqual(["accepted", ...Array(9).fill("duplicate")]);
    // Durable before the 200: one ledger row; then one job waiting (queued just after the answer).
    expect(await db.webhookEvent.count({ where: { shop, eventId: "evt-9101" } })).toBe(1);
    expect(await queuedJobs("webhook-event")).toHaveLength(1);

    await runQueuedJobs();
    expect(await storedOrders("9101")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
    expect(await db.webhookEvent.findFirst({ where: { shop, eventId: "evt-9101" } })).toMatchObject({ status: "processed", payload: null });

    // Something else changes the order; a late redelivery must not undo it nor count it again.
    await db.order.updateMany({ where: { shop, orderId: "9101" }, data: { financialStatus: "refunded" } });
    const late = await deliver(ordersPaid, "orders/paid", payload, { eventId: "evt-9101", webhookId: "wh-late" });
    expect(late.headers.get("X-Concierge-Webhook")).toBe("duplicate");
    expect((await storedOrders("9101"))[0].financialStatus).toBe("refunded");
    expect(await orderDayCount()).toBe(1);
  });

  it("stores nothing for a shop that never installed the app, and answers 200 so Shopify stops", async () => {
    const response = await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9102 }), { shop: "never-installed.myshopify.com" });
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Concierge-Webhook")).toBe("not-installed");
    expect(await db.webhookEvent.count()).toBe(0);
    expect(await db.order.count()).toBe(0);
  });
});

describe("a web process that dies between its answer and queueing the job", () => {
  it("loses nothing: the scheduled relay queues the answered event, once, and it is applied once", async () => {
    const logged = expectConsoleErrors();
    await installShop(shop);
    // The job queue is out of reach just after the ledger's commit, as it is
    // for a process killed at that instant: the answer has gone, the job has not.
    const queue = globalThis.conciergeJobQueue;
    globalThis.conciergeJobQueue = Promise.resolve({ insert: () => Promise.reject(new Error("connection terminated")) } as never);
    let response: Response;
    try {
      response = await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9501, total_price: "42.00" }), {
        eventId: "evt-9501",
        process: false,
      });
      await settleEventRelays(db);
    } finally {
      globalThis.conciergeJobQueue = queue;
    }
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Concierge-Webhook")).toBe("accepted");
    expect(logged.flat().join(" ")).toContain("left for the scheduled relay");
    expect(await db.webhookEvent.findFirst({ where: { shop, eventId: "evt-9501" } })).toMatchObject({ status: "queued" });
    expect(await queuedJobs("webhook-event")).toHaveLength(0);

    // Within the minute, the event is still taken to be on its way; after it, the relay queues it.
    const receivedAt = (await db.webhookEvent.findFirstOrThrow({ where: { shop, eventId: "evt-9501" } })).receivedAt;
    expect(await relayStrandedEvents(db, new Date(receivedAt.getTime() + 30_000))).toBe(0);
    await enqueue(db, "resume-work", {});
    await runQueuedJobs({ now: () => new Date(receivedAt.getTime() + 2 * 60_000) });
    expect(await db.webhookEvent.findFirst({ where: { shop, eventId: "evt-9501" } })).toMatchObject({ status: "processed" });
    expect(await storedOrders("9501")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
  });

  it("never queues an event twice: the relay adds nothing for an event whose job is waiting", async () => {
    await installShop(shop);
    await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9502 }), { eventId: "evt-9502", process: false });
    expect(await queuedJobs("webhook-event")).toHaveLength(1);
    // A queue so far behind that the job still waits minutes later.
    await relayStrandedEvents(db, new Date(Date.now() + 10 * 60_000));
    expect(await queuedJobs("webhook-event")).toHaveLength(1);
    await runQueuedJobs();
    expect(await storedOrders("9502")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
  });
});

describe("a web process that dies in the middle of a batch", () => {
  /** Holds every write to the ledger until `release`, so that a batch's statement can be caught waiting. */
  async function holdLedgerWrites() {
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`LOCK TABLE "WebhookEvent" IN EXCLUSIVE MODE`);
    return {
      release: async () => {
        await holder.query("ROLLBACK");
        await holder.end();
      },
    };
  }

  /** The intake's statement, waiting for the ledger: its backend's pid. */
  async function waitingIntakeStatement() {
    const [statement] = await waitFor(
      () =>
        db.$queryRaw<{ pid: number }[]>`
          SELECT pid FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%jsonb_to_recordset%'`,
      (rows) => rows.length === 1,
      30_000,
    );
    return statement.pid;
  }

  function sendTo(web: ChildApp, eventId: string, orderId: number) {
    const signed = buildWebhookRequest({
      topic: "orders/paid",
      shop,
      payload: orderPayload({ id: orderId, total_price: "42.00" }),
      secret: TEST_APP.apiSecret,
      appUrl: web.url!,
      uri: "/webhooks/orders/paid",
      eventId,
    });
    return signed.text().then((body) => fetch(signed.url, { method: "POST", headers: signed.headers, body }));
  }

  it("killed while its statement waits: the sender gets no 200, and Shopify's retry leaves the event applied once", async () => {
    await installShop(shop);
    const web = await startWebProcess();
    children.push(web);
    const held = await holdLedgerWrites();
    let answer: Response | Error;
    try {
      const sent = sendTo(web, "evt-9601", 9601).catch((error: unknown) => error as Error);
      await waitingIntakeStatement();
      await web.kill();
      answer = await sent;
    } finally {
      await held.release();
    }
    // Shopify saw no 200 (the connection dropped), so it delivers the event again.
    expect(answer).toBeInstanceOf(Error);
    const retry = await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9601, total_price: "42.00" }), {
      eventId: "evt-9601",
      process: false,
    });
    expect(retry.status).toBe(200);
    // The dead process's statement may still have committed once the ledger was free: the retry then finds
    // the event stored ("duplicate") and the scheduled relay queues its job a minute later; else the retry stored it.
    expect(["accepted", "duplicate"]).toContain(retry.headers.get("X-Concierge-Webhook"));
    await runQueuedJobs();
    await enqueue(db, "resume-work", {});
    await runQueuedJobs({ now: () => new Date(Date.now() + 2 * 60_000) });
    expect(await db.webhookEvent.findMany({ where: { shop, eventId: "evt-9601" } })).toMatchObject([{ status: "processed" }]);
    expect(await storedOrders("9601")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
  }, 120_000);

  it("losing its database connection before the commit: no 200, nothing stored, and the retry is applied once", async () => {
    await installShop(shop);
    const web = await startWebProcess();
    children.push(web);
    const held = await holdLedgerWrites();
    let answer: Response;
    try {
      const sent = sendTo(web, "evt-9602", 9602);
      // The database ends the statement's session before it could commit (a failover, a restart).
      const pid = await waitingIntakeStatement();
      await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      answer = await sent;
    } finally {
      await held.release();
    }
    expect(answer.status).toBe(500);
    expect(await db.webhookEvent.count({ where: { shop, eventId: "evt-9602" } })).toBe(0);
    // Shopify retries the event, to this process or another.
    const retry = await sendTo(web, "evt-9602", 9602);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("X-Concierge-Webhook")).toBe("accepted");
    await waitFor(
      async () => (await queuedJobs("webhook-event")).length,
      (jobs) => jobs === 1,
    );
    await runQueuedJobs();
    expect(await db.webhookEvent.findMany({ where: { shop, eventId: "evt-9602" } })).toMatchObject([{ status: "processed" }]);
    expect(await storedOrders("9602")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
  }, 120_000);
});

describe("an event that keeps failing", () => {
  it("is listed for the merchant with its reason after its last retry, and Retry processes it", async () => {
    const logged = expectConsoleErrors();
    await installShop(shop);
    await storeSessions(shop);
    await withQueueSettings("webhook-event", { retryLimit: 1, retryDelay: 0, retryBackoff: false });
    // The database refuses this one order, as a full disk or a broken constraint would.
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_order() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_order BEFORE INSERT ON "Order" FOR EACH ROW WHEN (NEW."orderId" = '9201') EXECUTE FUNCTION refuse_order()`,
    );
    try {
      const response = await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9201, name: "#9201", email: "fatima@example.ae" }), {
        eventId: "evt-9201",
      });
      expect(response.status).toBe(200); // durable: Shopify is done; the queue retries
      await runQueuedJobs(); // the retry comes at once (retryDelay 0) and fails too
      expect(await storedOrders("9201")).toHaveLength(0);

      const page = await failedEventsLoader({ request: adminRequest("/app/failed-events", { shop }), params: {}, context: {} });
      expect(page.failures).toEqual([
        expect.objectContaining({
          summary: "orders/paid for order #9201",
          attempts: 2,
          error: expect.stringContaining("No space left on device"),
        }),
      ]);
      expect(await db.webhookEvent.findFirst({ where: { shop, eventId: "evt-9201" } })).toMatchObject({ status: "failed" });
      // The log names the topic and shop, never the customer.
      expect(logged.flat().join(" ")).not.toContain("fatima@example.ae");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_order ON "Order"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_order()`);
    }

    // The disk has room again: the merchant presses Retry.
    const [failure] = (await failedEventsLoader({ request: adminRequest("/app/failed-events", { shop }), params: {}, context: {} }))
      .failures;
    const retried = await failedEventsAction({
      request: adminRequest("/app/failed-events", { shop, method: "POST", body: new URLSearchParams({ intent: "retry", id: failure.id }) }),
      params: {},
      context: {},
    });
    expect(retried.status).toBe(200);
    await runQueuedJobs();
    expect(await storedOrders("9201")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
    expect((await failedEventsLoader({ request: adminRequest("/app/failed-events", { shop }), params: {}, context: {} })).failures).toEqual(
      [],
    );
    // Retrying it again is a 404, not a second order.
    const again = await failedEventsAction({
      request: adminRequest("/app/failed-events", { shop, method: "POST", body: new URLSearchParams({ intent: "retry", id: failure.id }) }),
      params: {},
      context: {},
    });
    expect(again.status).toBe(404);
  });

  it("never shows one shop's failures to another, nor lets it retry them", async () => {
    await installShop(shop);
    await storeSessions(shop);
    await storeSessions("north-wind.myshopify.com");
    const failure = await db.failedJob.create({
      data: {
        shop,
        queue: "webhook-event",
        jobId: "job-1",
        data: { shop, eventRowId: "x" },
        summary: "orders/paid for order #1",
        error: "Error: x",
        attempts: 9,
      },
    });
    const other = await failedEventsLoader({
      request: adminRequest("/app/failed-events", { shop: "north-wind.myshopify.com" }),
      params: {},
      context: {},
    });
    expect(other.failures).toEqual([]);
    const retried = await failedEventsAction({
      request: adminRequest("/app/failed-events", {
        shop: "north-wind.myshopify.com",
        method: "POST",
        body: new URLSearchParams({ intent: "retry", id: failure.id }),
      }),
      params: {},
      context: {},
    });
    expect(retried.status).toBe(404);
    expect(await db.failedJob.findUnique({ where: { id: failure.id } })).toMatchObject({ retriedAt: null });
  });
});

describe("a Shopify that hangs", () => {
  it("does not hold the webhook: 200 within 100 ms, and the customer's tier is updated once Shopify answers", async () => {
    const local = await startLocalShopifyForApp();
    try {
      await installApp(local);
      await vipRule({ tierName: "Senior Concierge", conditions: [{ kind: "amount_spent_at_least", value: "500.00" }] });
      const liam = demoCustomer(local, "liam.walker@example.com");
      const order = await placePaidOrder(local, liam.id, [{ sku: someSku(local), quantity: 2, price: "300.00" }]);
      // Warm the route up, as a running server is.
      await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9401 }), { shop: DEMO_SHOP, process: false });

      const release = local.hangAdminApi();
      const started = performance.now();
      const response = await deliver(ordersPaid, "orders/paid", order, { shop: DEMO_SHOP, eventId: "evt-9402", process: false });
      const elapsedMs = performance.now() - started;
      expect(response.status).toBe(200);
      expect(elapsedMs).toBeLessThan(100);

      // The worker runs; Shopify answers a second later.
      const working = runQueuedJobs();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(liam.tags).not.toContain("VIP");
      release();
      await working;
      expect(liam.tags).toContain("VIP");
      expect(await db.tierChange.count({ where: { shop: DEMO_SHOP, customerId: String(liam.id) } })).toBe(1);
      expect(await db.webhookEvent.findFirst({ where: { shop: DEMO_SHOP, eventId: "evt-9402" } })).toMatchObject({ status: "processed" });
    } finally {
      await local.close();
    }
  });
});

describe("a worker killed half-way through an event", () => {
  it("leaves nothing behind, and the event is applied exactly once by another worker", async () => {
    await installShop(shop);
    // Jobs sent from now on are taken to be lost after 3 seconds without finishing.
    await withQueueSettings("webhook-event", { expireInSeconds: 3, retryDelay: 0, retryBackoff: false });
    // Hold the order, as a slow concurrent event would, so the worker is caught mid-transaction.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`${shop}:order:9301`]);

    const response = await deliver(ordersPaid, "orders/paid", orderPayload({ id: 9301, total_price: "55.00" }), {
      eventId: "evt-9301",
      process: false,
    });
    expect(response.status).toBe(200);
    const first = await startWorkerProcess();
    children.push(first);
    // The worker has claimed the event and waits for the order.
    // (Asked on another connection: inside the holder's transaction pg_stat_activity is a snapshot.)
    await waitFor(
      async () =>
        (
          await db.$queryRaw<
            { waiting: number }[]
          >`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`
        )[0].waiting,
      (waiting) => waiting > 0,
    );
    await first.kill(); // SIGKILL: no goodbye, its transaction dies with its connections
    await holder.query("COMMIT");
    await holder.end();
    expect(await storedOrders("9301")).toHaveLength(0);

    children.push(await startWorkerProcess());
    const event = await waitFor(
      () => db.webhookEvent.findFirst({ where: { shop, eventId: "evt-9301" } }),
      (row) => row?.status === "processed",
    );
    expect(event?.attempts).toBe(1); // the killed attempt left no trace
    expect(await storedOrders("9301")).toHaveLength(1);
    expect(await orderDayCount()).toBe(1);
    expect(await db.orderDaily.findFirst({ where: { shop } })).toMatchObject({ grossMinor: 5500n });
  }, 120_000);
});

describe("several web processes and workers on one database", () => {
  it("process 1,000 events with none lost and none doubled", async () => {
    await installShop(shop);
    const webs = await Promise.all([startWebProcess(), startWebProcess()]);
    const workers = await Promise.all([startWorkerProcess(), startWorkerProcess()]);
    children.push(...webs, ...workers);

    const events = Array.from({ length: 1_000 }, (_, index) => ({
      eventId: `evt-multi-${index}`,
      payload: orderPayload({ id: 20_000 + index, total_price: `${(index % 50) + 1}.00` }),
    }));
    // Shopify delivers some events twice, to either server.
    const deliveries = [...events, ...events.filter((_, index) => index % 10 === 0)];
    const statuses: number[] = [];
    for (let start = 0; start < deliveries.length; start += 25) {
      const batch = deliveries.slice(start, start + 25);
      statuses.push(
        ...(await Promise.all(
          batch.map(async (event, index) => {
            const web = webs[(start + index) % webs.length];
            const signed = buildWebhookRequest({
              topic: "orders/paid",
              shop,
              payload: event.payload,
              secret: TEST_APP.apiSecret,
              appUrl: web.url!,
              uri: "/webhooks/orders/paid",
              eventId: event.eventId,
            });
            const response = await fetch(signed.url, { method: "POST", headers: signed.headers, body: await signed.text() });
            return response.status;
          }),
        )),
      );
    }
    const answered = statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
    expect(answered, webs.map((web) => web.output.join("").slice(-1500)).join("\n")).toEqual({ 200: deliveries.length });

    await waitFor(
      () => db.webhookEvent.count({ where: { shop, status: { not: "processed" } } }),
      (left) => left === 0,
      120_000,
    );
    expect(await db.webhookEvent.count({ where: { shop } })).toBe(1_000);
    expect(await db.order.count({ where: { shop } })).toBe(1_000);
    expect(await orderDayCount()).toBe(1_000);
    const gross = (await db.orderDaily.findMany({ where: { shop } })).reduce((sum, day) => sum + day.grossMinor, 0n);
    const expected = events.reduce((sum, event) => sum + BigInt(Math.round(Number(event.payload.total_price) * 100)), 0n);
    expect(gross).toBe(expected);
  }, 240_000);
});
