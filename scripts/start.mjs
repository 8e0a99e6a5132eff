#!/usr/bin/env node
// `npm start`: bring the database up to date, then serve the built app
// (`npm run build` first). Several servers may start at once: migrations take
// a lock on PostgreSQL, so one applies them and the others wait.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { applyMigrations } from "./lib/migrations.mjs";

const require = createRequire(import.meta.url);
await applyMigrations({ log: (line) => console.log(`prisma: ${line}`) });

const serveCli = require.resolve("@remix-run/serve/dist/cli.js");
const server = spawn(process.execPath, [serveCli, "build/server/index.js"], {
  stdio: "inherit",
  env: { NODE_ENV: "production", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
