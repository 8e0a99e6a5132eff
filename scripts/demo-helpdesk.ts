// The demo's helpdesk: a small stand-in for Gorgias that tells Concierge which
// agent handled which customer, the way the Gorgias setup on *Helpdesks*
// describes (the same body fields), signed with the shop's secret (Concierge's
// signature, so conversations of the past weeks are accepted). Two of the
// demo team's agents are on Concierge's roster; a third, a contractor, is not,
// and shows under *Helpdesk agents to map*.
//   npx tsx scripts/demo-helpdesk.ts   (against a running `npm run demo`)
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Store } from "../local-shopify/store";
import { conciergeSignature } from "../app/domain/helpdesk/touches";
import { DEFAULT_WORKING_HOURS } from "../app/domain/agents/agent";

export const DEMO_HELPDESK_AGENTS = [
  { name: "Omar Haddad", email: "omar.haddad@concierge-demo.example", commissionBps: 800, onRoster: true },
  { name: "Léa Dubois", email: "lea.dubois@concierge-demo.example", commissionBps: 600, onRoster: true },
  { name: "Sam (contractor)", email: "sam.contractor@helpdesk-agency.example", commissionBps: 0, onRoster: false },
] as const;

export interface DemoTouch {
  helpdesk: "gorgias";
  customerEmail: string;
  agentEmail: string;
  channel: string;
  conversationId: string;
  time: string;
}

/** A conversation a few hours before each of the shop's recent orders (the last 20 days, 40 at most), agents taking turns. */
export function demoTouches(store: Store, shop: string, now: Date): DemoTouch[] {
  const since = now.getTime() - 20 * 24 * 60 * 60 * 1000;
  const recent = [...store.getShop(shop).orders.values()]
    .filter((order) => order.email && !order.cancelledAt && Date.parse(order.processedAt) > since && order.discountCodes.length === 0)
    .sort((a, b) => Date.parse(b.processedAt) - Date.parse(a.processedAt))
    .slice(0, 40);
  return recent.map((order, index) => {
    const agent = DEMO_HELPDESK_AGENTS[index % DEMO_HELPDESK_AGENTS.length];
    return {
      helpdesk: "gorgias",
      customerEmail: order.email!,
      agentEmail: agent.email,
      channel: index % 2 === 0 ? "chat" : "email",
      conversationId: `gorgias-${order.number}`,
      time: new Date(Date.parse(order.processedAt) - (2 + (index % 5)) * 60 * 60 * 1000).toISOString(),
    };
  });
}

/**
 * What the merchant does once on *Agents* and *Helpdesks*: the helpdesk team
 * on the roster (no personal codes: they sell through conversations) and the
 * shop's helpdesk secret. Returns the secret.
 */
export async function prepareDemoHelpdesk(databaseUrl: string, shop: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "HelpdeskSettings" ("shop", "secret", "updatedAt") VALUES ($1, $2, now()) ON CONFLICT ("shop") DO NOTHING`,
      [shop, randomBytes(32).toString("hex")],
    );
    const currency =
      (await client.query(`SELECT coalesce("currencyCode", 'USD') AS "currencyCode" FROM "Shop" WHERE "shop" = $1`, [shop])).rows[0]
        ?.currencyCode ?? "USD";
    for (const agent of DEMO_HELPDESK_AGENTS.filter((candidate) => candidate.onRoster)) {
      await client.query(
        `INSERT INTO "Agent" ("id", "shop", "name", "email", "team", "timeZone", "workingHours", "commissionBps", "monthlyBudgetMinor", "currencyCode", "updatedAt")
         VALUES ($1, $2, $3, $4, 'Helpdesk', 'UTC', $5, $6, 30000, $7, now()) ON CONFLICT ("shop", "email") DO NOTHING`,
        [
          `demo-${agent.email.split("@")[0].replace(/\W/g, "-")}`,
          shop,
          agent.name,
          agent.email,
          JSON.stringify(DEFAULT_WORKING_HOURS),
          agent.commissionBps,
          currency,
        ],
      );
    }
    return (await client.query(`SELECT "secret" FROM "HelpdeskSettings" WHERE "shop" = $1`, [shop])).rows[0].secret as string;
  } finally {
    await client.end();
  }
}

/** Sends each touch to the shop's endpoint, signed; returns how many were stored. */
export async function sendDemoTouches(options: { appUrl: string; shop: string; secret: string; touches: DemoTouch[] }): Promise<number> {
  let stored = 0;
  for (const touch of options.touches) {
    const body = JSON.stringify(touch);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(`${options.appUrl}/helpdesk/${options.shop}/touches`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Concierge-Timestamp": timestamp,
        "X-Concierge-Signature": conciergeSignature(options.secret, timestamp, body),
      },
      body,
    });
    if (response.status === 201) stored += 1;
    else if (response.status !== 409) throw new Error(`the helpdesk's touch was refused: HTTP ${response.status} ${await response.text()}`);
  }
  return stored;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  // Against a running demo: `npm run demo` prints the app's URL; the database is the demo's.
  const appUrl = process.env.APP_URL ?? "http://localhost:3000";
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("Set DATABASE_URL to the demo's database (npm run demo prints it)");
  const { DEMO_SHOP, seedDemoStore } = await import("../local-shopify/demo-store");
  const secret = await prepareDemoHelpdesk(databaseUrl, DEMO_SHOP);
  const stored = await sendDemoTouches({
    appUrl,
    shop: DEMO_SHOP,
    secret,
    touches: demoTouches(seedDemoStore({ now: new Date() }), DEMO_SHOP, new Date()),
  });
  console.log(`demo helpdesk: ${stored} touches stored`);
}
