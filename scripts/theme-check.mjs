#!/usr/bin/env node
// Shopify's theme check on every theme app extension, with the checks Shopify
// runs on theme app extensions (the same as `shopify theme check`).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { themeCheckRun } from "@shopify/theme-check-node";

const require = createRequire(import.meta.url);
const config = path.join(path.dirname(require.resolve("@shopify/theme-check-node/package.json")), "configs", "theme-app-extension.yml");
const extensionsDirectory = path.resolve("extensions");
let failures = 0;

for (const name of fs.readdirSync(extensionsDirectory)) {
  const root = path.join(extensionsDirectory, name);
  if (!fs.existsSync(path.join(root, "shopify.extension.toml"))) continue;
  const toml = fs.readFileSync(path.join(root, "shopify.extension.toml"), "utf8");
  if (!/type\s*=\s*"theme"/.test(toml)) continue;
  const { offenses } = await themeCheckRun(root, config, () => {});
  for (const offense of offenses) {
    const where = `${path.relative(process.cwd(), offense.uri.replace("file://", ""))}:${offense.start.line + 1}`;
    // Severity 0 is an error, 1 a warning: both fail, as in CI a warning is a bug not yet hit.
    console.error(`${where} [${offense.check}] ${offense.message}`);
    failures += 1;
  }
  console.log(`theme-check: ${name}: ${offenses.length} offense(s)`);
}
process.exit(failures > 0 ? 1 : 0);
