#!/usr/bin/env node
// `npm start`: bring the database up to date, then serve the built app
// (`npm run build` first). DATABASE_URL names the PostgreSQL server; without
// it, an embedded PostgreSQL with its data in data/postgres is started here and
// stopped with the server. Several servers may start at once: migrations take
// a lock, so one applies them and the others wait.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { applyMigrations } from "./lib/migrations.mjs";
import { resolveDatabase } from "./lib/postgres.mjs";

const require = createRequire(import.meta.url);
const database = await resolveDatabase({ log: (line) => console.log(line) });
await applyMigrations({ url: database.url, log: (line) => console.log(`prisma: ${line}`) });

const serveCli = require.resolve("@remix-run/serve/dist/cli.js");
const server = spawn(process.execPath, [serveCli, "build/server/index.js"], {
  stdio: "inherit",
  env: { NODE_ENV: "production", ...process.env, DATABASE_URL: database.url },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
