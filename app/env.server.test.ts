import { describe, expect, it } from "vitest";
import { parseEnvironment } from "./env.server";

const valid = {
  SHOPIFY_API_KEY: "key",
  SHOPIFY_API_SECRET: "secret",
  SHOPIFY_APP_URL: "https://concierge.example.com",
  DATABASE_URL: "postgresql://concierge:secret@db.internal:5432/concierge",
};

describe("parseEnvironment", () => {
  it("accepts the three required variables and defaults the rest", () => {
    expect(parseEnvironment(valid)).toMatchObject({ ...valid, NODE_ENV: "development" });
  });

  it("names every missing or malformed variable", () => {
    expect(() => parseEnvironment({ SHOPIFY_APP_URL: "not a url" })).toThrow(
      /SHOPIFY_API_KEY[\s\S]*SHOPIFY_API_SECRET[\s\S]*SHOPIFY_APP_URL/,
    );
  });

  it("refuses a database URL for an engine Concierge does not support, and no URL at all", () => {
    expect(() => parseEnvironment({ ...valid, DATABASE_URL: "mysql://localhost/concierge" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnvironment({ ...valid, DATABASE_URL: "file:./data/concierge.db" })).toThrow(/DATABASE_URL must be a postgresql/);
    expect(() => parseEnvironment({ ...valid, DATABASE_URL: undefined })).toThrow(/DATABASE_URL/);
  });
});

describe("SETTINGS_ENCRYPTION_KEY", () => {
  it("must be 32 bytes in base64 when set", () => {
    expect(
      parseEnvironment({ ...valid, SETTINGS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") }).SETTINGS_ENCRYPTION_KEY,
    ).toBeDefined();
    expect(() => parseEnvironment({ ...valid, SETTINGS_ENCRYPTION_KEY: "short" })).toThrow(/SETTINGS_ENCRYPTION_KEY must be 32 bytes/);
  });
});
