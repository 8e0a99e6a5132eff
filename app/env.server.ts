// The environment, checked once at boot: a missing or malformed variable stops
// the server with a message that names it, instead of failing on the first
// request that happens to need it.
import { z } from "zod";
import { isPostgresUrl } from "./database-url";

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SHOPIFY_API_KEY: z.string().min(1, "SHOPIFY_API_KEY is required (the app's client id from the Partner Dashboard)"),
  SHOPIFY_API_SECRET: z.string().min(1, "SHOPIFY_API_SECRET is required (the app's client secret)"),
  SHOPIFY_APP_URL: z.url("SHOPIFY_APP_URL must be the app's public https URL"),
  SCOPES: z.string().optional(),
  SHOP_CUSTOM_DOMAIN: z.string().optional(),
  // Set by the deployment, or by scripts/start.mjs and scripts/dev.mjs, which
  // start an embedded PostgreSQL when it is not (docs/decisions/009).
  DATABASE_URL: z.string().refine(isPostgresUrl, "DATABASE_URL must be a postgresql:// URL"),
  // Where Admin API and OAuth requests for *.myshopify.com go instead of
  // Shopify: the local Shopify of the demo and the tests. Unset in production.
  SHOPIFY_ADMIN_ORIGIN: z.url().optional(),
  // Where the admin loads App Bridge from. Unset: Shopify's CDN.
  APP_BRIDGE_URL: z.url().optional(),
  // 32 bytes, base64: encrypts the secrets merchants give Concierge (their SMTP
  // password). Development and tests use a fixed key (app/secret-box.server.ts)
  // that protects nothing; in production, email settings cannot be saved without it.
  SETTINGS_ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => Buffer.from(value, "base64").length === 32,
      "SETTINGS_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)",
    )
    .optional(),
  // Signs the click and unsubscribe links of the emails Concierge sends
  // (docs/decisions/026). Unset: the app's secret signs them. At least 32
  // characters; changing it makes the links already sent do nothing.
  OUTREACH_LINK_KEY: z.string().min(32, "OUTREACH_LINK_KEY must be at least 32 characters (openssl rand -base64 32)").optional(),
  // Proxies that append to X-Forwarded-For between the shopper and the app,
  // Shopify's app proxy counted: 1 when Shopify reaches the app directly, 2
  // behind a load balancer that appends too (docs/decisions/017).
  FORWARDED_FOR_HOPS: z.coerce.number().int().min(1).max(5).default(1),
});

export type Environment = z.infer<typeof environmentSchema>;

export function parseEnvironment(source: Record<string, string | undefined> = process.env): Environment {
  const result = environmentSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Concierge cannot start, the environment is invalid:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env = parseEnvironment();
