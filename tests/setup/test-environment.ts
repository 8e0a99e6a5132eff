// The app's environment under test: an app key and secret of its own (the
// local Shopify signs with the same secret) and no real Shopify anywhere.
export const TEST_APP = {
  apiKey: "concierge-test-api-key",
  apiSecret: "concierge-test-api-secret",
  appUrl: "https://concierge.test",
} as const;

export function applyTestEnvironment() {
  process.env.NODE_ENV = "test";
  process.env.SHOPIFY_API_KEY = TEST_APP.apiKey;
  process.env.SHOPIFY_API_SECRET = TEST_APP.apiSecret;
  process.env.SHOPIFY_APP_URL = TEST_APP.appUrl;
  // Unit tests never reach a database; the database tests set their own
  // (tests/setup/database.ts) before anything connects.
  process.env.DATABASE_URL ??= "postgresql://concierge@unit-tests.invalid/none";
}
