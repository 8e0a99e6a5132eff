// How fast orders are attributed to agents and a month's leaderboard is
// built: 1,000,000 orders against the codes of 500 agents (a personal code
// and 20 delight codes each). Run: npx tsx bench/attribution-domain.bench.ts
// The data comes from a fixed seed, so every run attributes the same orders
// and prints the same distribution and totals; only the timings vary.
import type { Money } from "../app/domain/money";
import {
  ATTRIBUTION_PRECEDENCE,
  attributeOrder,
  codeOwnersOf,
  type AttributionSource,
  type OrderAttributionInput,
} from "../app/domain/agents/attribution";
import { leaderboard, type AttributedOrderRow, type DelightCodeSpendRow } from "../app/domain/agents/agent-leaderboard";
import { budgetPeriod } from "../app/domain/agents/delight-codes";
import { formatCount, perSecond, seededRandom, timed } from "./lib/harness";

const ORDER_COUNT = 1_000_000;
const AGENT_COUNT = 500;
const DELIGHT_CODES_PER_AGENT = 20;
const CHAT_COUNT = 20_000;
const SEED = 20_250_131;
const SHOP_CURRENCY = "USD";
const SHOP_TIME_ZONE = "America/New_York";
const DAY_MS = 24 * 60 * 60 * 1000;

const { random, integerBelow, pick } = seededRandom(SEED);

const FIRST_NAMES = ["Chloé", "Marcus", "Aiko", "Layla", "Ben", "Zoë", "Ørjan", "Priya", "Mateo", "Siobhán", "Kwame", "Ines"];
const SUFFIX_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const randomSuffix = () => Array.from({ length: 6 }, () => pick([...SUFFIX_ALPHABET])).join("");

interface BenchAgent {
  agentId: string;
  name: string;
  personalCode: string;
  delightCodes: string[];
  commissionRateBasisPoints: number;
}

const agents: BenchAgent[] = Array.from({ length: AGENT_COUNT }, (_, index) => {
  const firstName = FIRST_NAMES[index % FIRST_NAMES.length];
  const prefix = firstName.normalize("NFKD").replace(/\p{M}/gu, "").replace("Ø", "O").toUpperCase();
  return {
    agentId: `agent_${index + 1}`,
    name: `${firstName} ${index + 1}`,
    personalCode: `${prefix}${index + 1}X10`,
    delightCodes: Array.from({ length: DELIGHT_CODES_PER_AGENT }, () => `${prefix}-${randomSuffix()}`),
    commissionRateBasisPoints: pick([500, 750, 1000]),
  };
});

const codeOwners = codeOwnersOf(agents.map((agent) => ({ agentId: agent.agentId, codes: [agent.personalCode, ...agent.delightCodes] })));
const chatOwners = new Map(Array.from({ length: CHAT_COUNT }, (_, index) => [`chat_${index}`, pick(agents).agentId]));
const rateOf = new Map(agents.map((agent) => [agent.agentId, agent.commissionRateBasisPoints]));

// Cart attributes are shared objects, as a real shop repeats the same few
// shapes; the chat ones differ by chat id.
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const TRACKING_ATTRIBUTES = Object.freeze({ _concierge_track: "1" });
const chatAttributes = Array.from({ length: CHAT_COUNT }, (_, index) =>
  Object.freeze({ _concierge_chat: `chat_${index}`, ...(index % 5 === 0 ? { _concierge_track: "1" } : {}) }),
);
const SHOP_CODES = ["SUMMER20", "WELCOME10", "FREESHIP", "VIP15"];
const NO_CODES: readonly string[] = Object.freeze([]);

/** Some codes are typed in lower case at checkout; Shopify keeps them as typed. */
const asTyped = (code: string) => (random() < 0.2 ? code.toLowerCase() : code);

interface BenchOrder extends OrderAttributionInput {
  orderId: string;
  processedAt: Date;
  totalPrice: Money;
  refunds: Money[];
  cancelled: boolean;
}

// January 2025 in New York, with ten days either side that the leaderboard must leave out.
const period = budgetPeriod(new Date("2025-01-15T12:00:00Z"), SHOP_TIME_ZONE);
const spreadStart = period.start.getTime() - 10 * DAY_MS;
const spreadMs = period.end.getTime() - period.start.getTime() + 20 * DAY_MS;

function generateOrder(index: number): BenchOrder {
  const roll = random();
  let discountCodes: readonly string[] = NO_CODES;
  let cartAttributes: Readonly<Record<string, string>> = NO_ATTRIBUTES;
  if (roll < 0.25) {
    discountCodes = [asTyped(pick(agents).personalCode)];
  } else if (roll < 0.35) {
    discountCodes = [pick(SHOP_CODES), asTyped(pick(pick(agents).delightCodes))];
  } else if (roll < 0.37) {
    // Two agents' codes on one order: the first listed wins.
    discountCodes = [pick(agents).personalCode, pick(pick(agents).delightCodes)];
  } else if (roll < 0.52) {
    cartAttributes = pick(chatAttributes);
  } else if (roll < 0.6) {
    cartAttributes = TRACKING_ATTRIBUTES;
  } else if (roll < 0.75) {
    discountCodes = [pick(SHOP_CODES)];
  }
  if (random() < 0.1 && discountCodes.length > 0) cartAttributes = pick(chatAttributes);

  const cents = BigInt(500 + Math.floor(-Math.log(1 - random()) * 9_000));
  const refunds: Money[] = random() < 0.08 ? [{ minor: cents / BigInt(1 + integerBelow(4)), currencyCode: SHOP_CURRENCY }] : [];
  return {
    orderId: `gid://shopify/Order/${index + 1}`,
    discountCodes,
    cartAttributes,
    codeOwners,
    chatOwners,
    processedAt: new Date(spreadStart + Math.floor(random() * spreadMs)),
    totalPrice: { minor: cents, currencyCode: SHOP_CURRENCY },
    refunds,
    cancelled: random() < 0.03,
  };
}

const generation = timed(() => Array.from({ length: ORDER_COUNT }, (_, index) => generateOrder(index)));
const orders = generation.result;

// Warm up the JIT on a slice, so the timed pass measures steady-state code.
for (let index = 0; index < 20_000; index++) attributeOrder(orders[index]);

const bySource = new Map<AttributionSource | "unattributed", number>();
const rows: AttributedOrderRow[] = new Array(ORDER_COUNT);
let explanationCharacters = 0;
const attribution = timed(() => {
  for (let index = 0; index < ORDER_COUNT; index++) {
    const order = orders[index];
    const credit = attributeOrder(order);
    explanationCharacters += credit.explanation.length;
    const source = credit.source ?? "unattributed";
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
    rows[index] = {
      orderId: order.orderId,
      agentId: credit.agentId,
      processedAt: order.processedAt,
      totalPrice: order.totalPrice,
      refunds: order.refunds,
      cancelled: order.cancelled,
      commissionRateBasisPoints: credit.agentId === null ? 0 : (rateOf.get(credit.agentId) ?? 0),
    };
  }
});

const delightCodes: DelightCodeSpendRow[] = agents.flatMap((agent) =>
  agent.delightCodes.map((_, index) => ({
    agentId: agent.agentId,
    issuedAt: new Date(spreadStart + Math.floor(random() * spreadMs)),
    cost: { minor: BigInt(500 + index * 100), currencyCode: SHOP_CURRENCY },
  })),
);
const leaderboardInput = {
  currencyCode: SHOP_CURRENCY,
  agents: agents.map(({ agentId, name }) => ({ agentId, name })),
  orders: rows,
  delightCodes,
};
leaderboard({ ...leaderboardInput, orders: rows.slice(0, 20_000) }, period); // warm-up
const aggregation = timed(() => leaderboard(leaderboardInput, period));
const board = aggregation.result;

// Sanity, not a timing assertion: the totals row must be the sum of the rows.
const sum = (column: (row: (typeof board.rows)[number]) => bigint) => board.rows.reduce((total, row) => total + column(row), 0n);
const totalsAddUp =
  sum((row) => row.netRevenue.minor) === board.totals.netRevenue.minor &&
  sum((row) => row.commission.minor) === board.totals.commission.minor &&
  sum((row) => row.delightBudgetUsed.minor) === board.totals.delightBudgetUsed.minor &&
  board.rows.reduce((total, row) => total + row.attributedOrders, 0) === board.totals.attributedOrders;

const dollars = (amount: Money) => `$${(amount.minor / 100n).toLocaleString("en-US")}.${String(amount.minor % 100n).padStart(2, "0")}`;

console.log(
  `Attribution: ${formatCount(ORDER_COUNT)} orders × ${AGENT_COUNT} agents (${formatCount(codeOwners.size)} codes, seed ${SEED})`,
);
console.log(`  generate orders              ${generation.ms.toFixed(1)} ms`);
console.log("");
console.log("  attributeOrder (with explanations)");
console.log(`    total                      ${attribution.ms.toFixed(1)} ms`);
console.log(`    orders/second              ${perSecond(ORDER_COUNT, attribution.ms)}`);
console.log(`    explanation characters     ${formatCount(explanationCharacters)}`);
console.log("  credited to (precedence order)");
for (const source of [...ATTRIBUTION_PRECEDENCE, "unattributed"] as const) {
  const count = bySource.get(source) ?? 0;
  console.log(`    ${source.padEnd(16)} ${formatCount(count).padStart(9)}  ${((count / ORDER_COUNT) * 100).toFixed(2).padStart(6)}%`);
}
console.log("");
console.log(`  leaderboard for ${period.month} (${SHOP_TIME_ZONE})`);
console.log(`    aggregation                ${aggregation.ms.toFixed(1)} ms`);
console.log(`    order rows/second          ${perSecond(ORDER_COUNT, aggregation.ms)}`);
console.log(
  `    orders credited in period  ${formatCount(board.totals.attributedOrders)} (+${formatCount(board.totals.cancelledOrders)} cancelled)`,
);
console.log(`    net revenue                ${dollars(board.totals.netRevenue)}`);
console.log(`    commission                 ${dollars(board.totals.commission)}`);
console.log(`    delight budget used        ${dollars(board.totals.delightBudgetUsed)}`);
console.log(`    totals = sum of rows       ${totalsAddUp ? "yes" : "NO"}`);
console.log("    top 3");
for (const row of board.rows.slice(0, 3)) {
  console.log(
    `      ${String(row.rank).padStart(2)}. ${row.name.padEnd(14)} ${formatCount(row.attributedOrders).padStart(6)} orders  ${dollars(row.netRevenue).padStart(12)}  commission ${dollars(row.commission)}`,
  );
}

if (!totalsAddUp) process.exitCode = 1;
