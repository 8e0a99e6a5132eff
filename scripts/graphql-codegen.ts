// `npm run graphql-codegen`: the result and variable types of every Admin API
// document in app/ (gql`…` templates, fragments included), generated with
// Shopify's own @shopify/api-codegen-preset into app/types/:
//   admin.types.d.ts      the schema's enums, inputs and scalars
//   admin.generated.d.ts  one type per operation and fragment (XQuery,
//                         XQueryVariables, XMutation…, XFieldsFragment), and
//                         the AdminQueries/AdminMutations interfaces that
//                         type @shopify/admin-api-client's graphql()
// `--check` generates into a temporary folder and fails, naming the files,
// when the committed ones differ (npm test runs it).
//
// The schema is Shopify's official 2026-10 introspection that ships in
// @shopify/dev-mcp (the one the local Shopify and the contract test use),
// read locally: no network, and the types match what the tests run against.
// See docs/decisions/024-typed-graphql.md.
import { generate } from "@graphql-codegen/cli";
import { ApiType, pluckConfig, shopifyApiTypes } from "@shopify/api-codegen-preset";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { ADMIN_API_VERSION } from "../app/admin-api-version";
import { adminSchemaPath } from "../local-shopify/admin-schema";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES_DIR = join(root, "app", "types");
const GENERATED = ["admin.types.d.ts", "admin.generated.d.ts"];
const DOCUMENTS = ["./app/**/*.{ts,tsx}", "!./app/**/*.test.{ts,tsx}", "!./app/types/**"];

/**
 * A field the schema says may be null is `T | null` in a result, as Shopify
 * answers it (always present), not an optional `T | null | undefined`; only
 * a field under @include/@skip may be missing.
 */
const RESULT_TYPES = { avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false }, enumsAsTypes: true };

/** The introspection JSON the preset reads, written once per schema version under node_modules/.cache. */
function schemaFile(): string {
  const file = join(root, "node_modules", ".cache", "concierge", `admin-${ADMIN_API_VERSION}.schema.json`);
  if (!existsSync(file)) {
    const dump = JSON.parse(gunzipSync(readFileSync(adminSchemaPath())).toString("utf8")) as { data: unknown };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(dump.data));
  }
  return file;
}

async function generateInto(outputDir: string) {
  const schema = schemaFile();
  const generates = shopifyApiTypes({ apiType: ApiType.Admin, apiVersion: ADMIN_API_VERSION, outputDir, documents: DOCUMENTS }) ?? {};
  // The preset fetches the schema from shopify.dev unless it finds it in the
  // output folder: point every output at the local file instead.
  const outputs = Object.fromEntries(
    Object.entries(generates)
      .filter(([path]) => GENERATED.some((name) => path.endsWith(name)))
      .map(([path, output]) => [
        path,
        Array.isArray(output) ? output : { ...output, schema, config: { ...output.config, ...RESULT_TYPES } },
      ]),
  );
  mkdirSync(outputDir, { recursive: true });
  // Shopify's pluck hooks (#graphql templates, their `${FRAGMENT}`s) are
  // options graphql-tag-pluck reads that Codegen's config type does not list.
  const pluck = pluckConfig as never;
  await generate({ cwd: root, schema, documents: DOCUMENTS, pluckConfig: pluck, generates: outputs, silent: true, errorsOnly: true }, true);
}

async function main() {
  if (!process.argv.includes("--check")) {
    await generateInto(TYPES_DIR);
    console.log(`GraphQL types written: ${GENERATED.map((name) => relative(root, join(TYPES_DIR, name))).join(", ")}`);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), "concierge-graphql-codegen-"));
  try {
    await generateInto(scratch);
    const stale = GENERATED.filter((name) => {
      const committed = join(TYPES_DIR, name);
      return !existsSync(committed) || readFileSync(committed, "utf8") !== readFileSync(join(scratch, name), "utf8");
    });
    if (stale.length > 0) {
      console.error(
        `The generated GraphQL types are stale: ${stale.map((name) => `app/types/${name}`).join(", ")} no longer match the documents in app/.\n` +
          "Run `npm run graphql-codegen` and commit the result.",
      );
      process.exit(1);
    }
    console.log("The generated GraphQL types match the documents in app/.");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
