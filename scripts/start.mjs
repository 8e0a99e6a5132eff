#!/usr/bin/env node
// `npm start`: the built app (`npm run build` first), web server and worker in
// one process, enough for a small shop. `npm run worker` (--worker) runs a
// worker alone and `--web` a web server alone, so a larger deployment scales
// the two apart on one PostgreSQL (docs/decisions/010-job-queue.md).
//
// DATABASE_URL names the PostgreSQL server; without it, an embedded PostgreSQL
// with its data in data/postgres is started here and stopped with the server.
// Several processes may start at once: migrations take a lock, so one applies
// them and the others wait.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { applyMigrations } from "./lib/migrations.mjs";
import { resolveDatabase } from "./lib/postgres.mjs";

const args = new Set(process.argv.slice(2));
const roles = { web: !args.has("--worker"), worker: !args.has("--web") };
process.env.NODE_ENV ??= "production";

const database = await resolveDatabase({ log: (line) => console.log(line) });
process.env.DATABASE_URL = database.url;
await applyMigrations({ url: database.url, log: (line) => console.log(`prisma: ${line}`) });

// The app reads its environment when the build is first imported.
const build = await import(pathToFileURL(path.resolve("build/server/index.js")).href);
const stops = [];

if (roles.worker) {
  const worker = await build.entry.module.startBackgroundWorker();
  stops.push(() => worker.stop());
  console.log("concierge: worker running");
}

if (roles.web) {
  const [{ default: express }, { default: compression }, { createRequestHandler }] = await Promise.all([
    import("express"),
    import("compression"),
    import("@remix-run/express"),
  ]);
  const app = express();
  app.disable("x-powered-by");
  app.use(compression());
  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));
  const port = Number(process.env.PORT ?? 3000);
  const server = await new Promise((resolve) => {
    const listening = app.listen(port, process.env.HOST ?? "0.0.0.0", () => resolve(listening));
  });
  stops.unshift(() => new Promise((resolve) => server.close(() => resolve())));
  console.log(`concierge: web server on http://localhost:${port}`);
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Stop taking requests, let the worker finish what it holds, then the database.
  for (const step of stops) await step().catch((error) => console.error(`concierge: stopping: ${error.message}`));
  await database.stop();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop());
