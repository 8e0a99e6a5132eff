// The benchmarks run under tsx, not Vitest (README: npx tsx bench/<name>.bench.ts),
// and some borrow the tests' factories. A factory that imports "vitest" (its
// hooks) breaks every benchmark that reaches it, at start-up, with Vitest's
// "failed to access its internal state": campaign-send was broken that way
// until session 29. This follows each benchmark's own imports, as esbuild
// bundles them, and names any module of ours on the way that imports Vitest.
import { readdirSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const BENCHMARKS = readdirSync(path.join(ROOT, "bench")).filter((name) => name.endsWith(".bench.ts"));

describe("the benchmarks", () => {
  it.each(BENCHMARKS)("%s reaches no module that needs Vitest's runner", async (name) => {
    const { metafile } = await build({
      entryPoints: [path.join(ROOT, "bench", name)],
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const needingVitest = Object.entries(metafile.inputs)
      .filter(([, input]) => input.imports.some((imported) => imported.path === "vitest"))
      .map(([file]) => file);
    expect(needingVitest).toEqual([]);
  });
});
