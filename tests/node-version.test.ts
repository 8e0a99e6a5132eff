// Every npm script runs on the Node of the `node` development dependency, and version managers
// read .nvmrc and .node-version: the three must name one Node (docs/decisions/013-node-from-npm.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const manifest: { engines: { node: string }; devDependencies: Record<string, string> } = JSON.parse(
  fs.readFileSync(path.join(root, "package.json"), "utf8"),
);
const pinned = manifest.devDependencies.node;
const versionIn = (file: string) => fs.readFileSync(path.join(root, file), "utf8").trim();
const numbers = (version: string) => version.replace(/^v/, "").split(".").map(Number);

describe("the project's Node", () => {
  it("is pinned to one exact version, named alike by .nvmrc and .node-version", () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(versionIn(".nvmrc")).toBe(pinned);
    expect(versionIn(".node-version")).toBe(pinned);
  });

  it("meets the package's engines, which the dependencies' own engines set", () => {
    const [major = 0, minor = 0] = numbers(pinned ?? "");
    const [minimumMajor = 0, minimumMinor = 0] = numbers(/^>=\s*(\S+)$/.exec(manifest.engines.node)?.[1] ?? "");
    expect(major > minimumMajor || (major === minimumMajor && minor >= minimumMinor)).toBe(true);
  });

  it("is the Node these tests run on, whatever the machine has: npm and npx put node_modules/.bin first", () => {
    expect(process.version).toBe(`v${pinned}`);
  });
});
