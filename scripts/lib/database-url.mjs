// Which database Concierge uses, from DATABASE_URL alone:
//   unset or file:...        -> SQLite (the embedded default, ./data/concierge.db)
//   postgres:// postgresql:// -> PostgreSQL
// Shared by the app (app/db.server.ts), the scripts and the tests so that the
// three can never disagree.
import path from "node:path";

export const DEFAULT_SQLITE_URL = "file:./data/concierge.db";

/** @param {string | undefined} url */
export function describeDatabaseUrl(url) {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_SQLITE_URL;
  if (value.startsWith("file:")) {
    const filePath = value.slice("file:".length).split("?")[0];
    return {
      provider: /** @type {const} */ ("sqlite"),
      url: value,
      filePath: path.resolve(process.cwd(), filePath),
    };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    return { provider: /** @type {const} */ ("postgresql"), url: value, filePath: null };
  }
  throw new Error(
    `DATABASE_URL must be unset, a SQLite "file:" URL or a "postgresql://" URL; got "${value.split(":")[0]}:..."`,
  );
}
