/**
 * Starts the local Shopify with the demo store, for demos and manual runs:
 *
 *   npx tsx local-shopify/start.ts --port 4000 --app-url http://localhost:3000
 *
 * Options (or environment variables):
 *   --port      LOCAL_SHOPIFY_PORT   (default 4000; 0 picks a free port)
 *   --app-url   SHOPIFY_APP_URL      where webhooks are delivered (none when unset)
 *   --seed      LOCAL_SHOPIFY_SEED   demo data seed (default 42)
 *   --token     LOCAL_SHOPIFY_TOKEN  offline access token to install (default shpat_local_demo_token)
 *   SHOPIFY_API_KEY / SHOPIFY_API_SECRET   the app's credentials (defaults: the
 *   client_id of shopify.app.toml and "local-dev-secret")
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEMO_SHOP, OTHER_SHOP, seedDemoStore } from "./demo-store";
import { APP_TOML_PATH, startLocalShopify } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "app-url": { type: "string" },
    seed: { type: "string" },
    token: { type: "string" },
    host: { type: "string" },
  },
});

function tomlClientId(): string | undefined {
  try {
    return /^client_id\s*=\s*"([^"]+)"/m.exec(readFileSync(APP_TOML_PATH, "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

const apiKey = process.env.SHOPIFY_API_KEY ?? tomlClientId() ?? "concierge-local-dev-client-id";
const apiSecret = process.env.SHOPIFY_API_SECRET ?? "local-dev-secret";
const port = Number(values.port ?? process.env.LOCAL_SHOPIFY_PORT ?? 4000);
const appUrl = values["app-url"] ?? process.env.SHOPIFY_APP_URL;
const seed = Number(values.seed ?? process.env.LOCAL_SHOPIFY_SEED ?? 42);
const token = values.token ?? process.env.LOCAL_SHOPIFY_TOKEN ?? "shpat_local_demo_token";

const local = await startLocalShopify({
  port,
  host: values.host ?? "127.0.0.1",
  store: seedDemoStore({ seed, now: new Date() }),
  apiKey,
  apiSecret,
  appUrl,
});
local.installApp(DEMO_SHOP, { token });
const otherToken = local.installApp(OTHER_SHOP, { token: `${token}_other` });

process.stdout.write(
  [
    `Local Shopify listening on ${local.url}`,
    `  Admin GraphQL:   POST ${local.graphqlUrl}`,
    `  Token exchange:  POST ${local.url}/admin/oauth/access_token`,
    `  Shops:           ${DEMO_SHOP} (token ${token}), ${OTHER_SHOP} (token ${otherToken})`,
    `  Session token:   ${local.sessionToken(DEMO_SHOP)}`,
    `  Webhooks:        ${appUrl ? `delivered to ${appUrl}` : "not delivered (no --app-url)"}`,
    "",
    `  curl -s ${local.graphqlUrl} -H 'Content-Type: application/json' -H 'X-Shopify-Access-Token: ${token}' \\`,
    `    -d '{"query":"{ shop { name } customers(first: 3) { nodes { displayName amountSpent { amount } } } }"}'`,
    "",
  ].join("\n"),
);

const stop = () => {
  void local.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
