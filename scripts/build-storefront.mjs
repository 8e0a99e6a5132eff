#!/usr/bin/env node
// `npm run build:storefront`: minifies each theme app extension's storefront scripts from their
// readable source (extensions/<name>/src/<file>.js) into the asset Shopify serves
// (extensions/<name>/assets/<file>.js). The assets are committed: `shopify app deploy` uploads
// assets/ as it finds it and builds nothing, and the extension's .shopifyignore keeps src/ out
// of the upload (docs/decisions/004-chat-trigger.md). `npm run build` and `npm run demo` run it.
//   --fail-if-stale  exit 1 when an asset had to be rebuilt (npm test: a commit whose asset lags
//                    its source would ship the old script); the rebuilt asset is left to commit
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { transform } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const extensionsDirectory = path.join(root, "extensions");

/** Every storefront script of every extension: its source and its asset, relative to the project. */
export function storefrontScripts() {
  return fs.readdirSync(extensionsDirectory).flatMap((extension) => {
    const sources = path.join(extensionsDirectory, extension, "src");
    if (!fs.existsSync(sources)) return [];
    return fs
      .readdirSync(sources)
      .filter((file) => file.endsWith(".js"))
      .map((file) => ({
        source: path.join("extensions", extension, "src", file),
        asset: path.join("extensions", extension, "assets", file),
      }));
  });
}

/** The asset built from a source: minified for the browsers that storefronts support. */
export async function buildStorefrontScript(source) {
  const { code } = await transform(fs.readFileSync(path.join(root, source), "utf8"), {
    loader: "js",
    minify: true,
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    banner: `// Minified from src/${path.basename(source)} by \`npm run build:storefront\`: edit that file, not this one.`,
  });
  return code;
}

/** Writes every asset that differs from its source's build; says which were rebuilt and what each weighs. */
export async function buildStorefrontAssets() {
  const results = [];
  for (const { source, asset } of storefrontScripts()) {
    const code = await buildStorefrontScript(source);
    const assetPath = path.join(root, asset);
    const rebuilt = !fs.existsSync(assetPath) || fs.readFileSync(assetPath, "utf8") !== code;
    if (rebuilt) fs.writeFileSync(assetPath, code);
    results.push({ asset, rebuilt, bytes: Buffer.byteLength(code), gzippedBytes: gzipSync(code).length });
  }
  return results;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const results = await buildStorefrontAssets();
  for (const { asset, rebuilt, bytes, gzippedBytes } of results) {
    console.log(`storefront: ${asset} ${rebuilt ? "rebuilt" : "up to date"} (${bytes} B, ${gzippedBytes} B gzipped)`);
  }
  const stale = results.filter((result) => result.rebuilt).map((result) => result.asset);
  if (process.argv.includes("--fail-if-stale") && stale.length > 0) {
    console.error(`storefront: ${stale.join(", ")} lagged behind the source; rebuilt now: commit the asset with its source.`);
    process.exit(1);
  }
}
