// Runs the Prisma CLI offline. Prisma's CLI wants to download its Rust engines
// even when none is used (engineType "client" + driver adapters); pointing
// these variables at any existing file makes it skip the download.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const prismaBin = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");

export function prismaEnvironment(extra = {}) {
  const anyExistingFile = prismaBin;
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? anyExistingFile,
    PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? anyExistingFile,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_SKIP_POSTINSTALL_GENERATE: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}

/** Runs `prisma <args>` and returns its stdout; throws with its output on failure. */
export function runPrisma(args, { env = {}, capture = false } = {}) {
  const result = spawnSync(process.execPath, [prismaBin, ...args], {
    cwd: projectRoot,
    env: prismaEnvironment(env),
    stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  }
  return result.stdout ?? "";
}
