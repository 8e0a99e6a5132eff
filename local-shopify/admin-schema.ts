/**
 * Shopify's OFFICIAL Admin GraphQL schema for the API version Concierge
 * speaks, loaded from the introspection dump that ships in
 * `@shopify/dev-mcp`. The local Shopify executes every request against this
 * schema, so a query that would fail on the real platform fails here too.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { buildClientSchema, GraphQLError, parse, validate, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { ADMIN_API_VERSION } from "../app/admin-api-version";

let cachedSchema: GraphQLSchema | undefined;

/** Absolute path of the gzipped introspection JSON for {@link ADMIN_API_VERSION}. */
export function adminSchemaPath(version: string = ADMIN_API_VERSION): string {
  const require = createRequire(import.meta.url);
  // The package exports neither package.json nor its data: find its root from
  // the npm lookup paths, so this works whatever the current working
  // directory is (vitest, tsx, the demo script).
  for (const lookup of require.resolve.paths("@shopify/dev-mcp") ?? []) {
    const candidate = join(lookup, "@shopify", "dev-mcp", "dist", "data", `admin_${version}.json.gz`);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`Shopify's Admin schema ${version} was not found: is @shopify/dev-mcp installed?`);
}

/** The Admin API schema (built once, then cached for the process). */
export function loadAdminSchema(): GraphQLSchema {
  if (cachedSchema) return cachedSchema;
  const raw = gunzipSync(readFileSync(adminSchemaPath())).toString("utf8");
  const json = JSON.parse(raw) as { data: IntrospectionQuery };
  cachedSchema = buildClientSchema(json.data, { assumeValid: true });
  return cachedSchema;
}

/**
 * Parses and validates a document against the Admin schema. Returns every
 * problem graphql-js finds (a syntax error is returned as the only error),
 * or an empty array when the document is valid.
 */
export function validateAdminDocument(source: string): readonly GraphQLError[] {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return validate(loadAdminSchema(), document);
}
