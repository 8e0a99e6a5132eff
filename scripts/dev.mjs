#!/usr/bin/env node
// The web process `shopify app dev` runs (shopify.web.toml): the database
// (DATABASE_URL, or an embedded PostgreSQL with its data in data/postgres),
// its migrations, then Remix's Vite dev server.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { applyMigrations } from "./lib/migrations.mjs";
import { resolveDatabase } from "./lib/postgres.mjs";

const require = createRequire(import.meta.url);
const database = await resolveDatabase({ log: (line) => console.log(line) });
await applyMigrations({ url: database.url, log: (line) => console.log(`prisma: ${line}`) });

const remixCli = require.resolve("@remix-run/dev/dist/cli.js");
const server = spawn(process.execPath, [remixCli, "vite:dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
