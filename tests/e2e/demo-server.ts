// Global setup of the browser journeys: the whole demo (local Shopify, the
// app's production build, the local storefront) on free ports with a
// database of its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startDemo } from "../../scripts/demo";
import { freePort } from "../../scripts/lib/postgres.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    demo: {
      adminUrl: string;
      productUrl: string;
      trackUrl: string;
      storefrontUrl: string;
      shopifyUrl: string;
      appUrl: string;
      mailboxUrl: string;
    };
  }
}

export default async function setup(project: TestProject) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "concierge-e2e-"));
  // Run as root, PostgreSQL runs as its own user, which must reach its data folder inside.
  fs.chmodSync(directory, 0o755);
  const demo = await startDemo({
    appPort: await freePort(),
    shopifyPort: await freePort(),
    storefrontPort: await freePort(),
    dataDir: path.join(directory, "postgres"),
    build: process.env.E2E_SKIP_BUILD !== "1",
    log: (line) => console.log(line),
  });
  project.provide("demo", {
    adminUrl: demo.adminUrl,
    productUrl: demo.productUrl,
    trackUrl: demo.trackUrl,
    storefrontUrl: demo.storefrontUrl,
    shopifyUrl: demo.shopifyUrl,
    appUrl: demo.appUrl,
    mailboxUrl: demo.mailboxUrl,
  });
  return async () => {
    await demo.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  };
}
