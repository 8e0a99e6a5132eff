// The Admin schema contract: every GraphQL document in app/ must be valid
// against Shopify's official Admin schema for the pinned API version, the
// schema Shopify itself publishes (@shopify/dev-mcp). A field Shopify does
// not have fails the build here, not in a merchant's store.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_API_VERSION } from "../../app/admin-api-version";
import { parse } from "graphql";
import { deprecatedInDocument } from "../../local-shopify/deprecations";
import { adminSchemaPath, loadAdminSchema, validateAdminDocument } from "../../local-shopify/admin-schema";
import { hasAnyScope, scopesNeeded } from "../../local-shopify/access-scopes";
import { readAppToml } from "../../local-shopify/server";
import { findGraphqlDocuments, type FoundDocument } from "./graphql-documents";

const appDirectory = path.resolve(__dirname, "../../app");

function contractViolations(documents: FoundDocument[]) {
  return documents.flatMap((document) =>
    validateAdminDocument(document.source).map(
      (error) => `${path.relative(process.cwd(), document.file)}:${document.line}: ${error.message}`,
    ),
  );
}

describe(`Admin API ${ADMIN_API_VERSION} schema contract`, () => {
  it("reads Shopify's official schema for the pinned version", () => {
    expect(adminSchemaPath()).toMatch(/@shopify\/dev-mcp\/dist\/data\/admin_2026-10\.json\.gz$/);
  });

  const documents = findGraphqlDocuments(appDirectory);

  it("finds the app's documents", () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it("holds every document in app/ valid against the official schema", () => {
    expect(contractViolations(documents)).toEqual([]);
  });

  it("uses no deprecated field, argument or enum value in any document (the variables' inputs are held to the same by the local Shopify)", () => {
    const deprecated = documents.flatMap((document) =>
      deprecatedInDocument(loadAdminSchema(), parse(document.source)).map(
        (message) => `${path.relative(process.cwd(), document.file)}:${document.line}: ${message}`,
      ),
    );
    expect(deprecated).toEqual([]);
    expect(deprecatedInDocument(loadAdminSchema(), parse("query Q { currentBulkOperation { id } }"))).toEqual([
      expect.stringMatching(/QueryRoot\.currentBulkOperation is deprecated/),
    ]);
  });

  it("names every operation, so logs and errors can say which one failed", () => {
    const anonymous = documents.filter((document) => !/\b(query|mutation)\s+\w+/.test(document.source));
    expect(anonymous.map((document) => `${document.file}:${document.line}`)).toEqual([]);
  });

  it("fails a document that asks for a field Shopify does not have", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "concierge-contract-"));
    fs.writeFileSync(
      path.join(directory, "bad-operation.ts"),
      'import { gql } from "graphql-request";\n' +
        "export const Bad = gql`\n  query Bad {\n    customers(first: 1) { nodes { id loyaltyPoints } }\n  }\n`;\n",
    );
    const violations = contractViolations(findGraphqlDocuments(directory));
    fs.rmSync(directory, { recursive: true, force: true });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/bad-operation\.ts:2: .*loyaltyPoints.*Customer/);
  });

  /** The documents found in a directory holding `files` (name to source), which is removed after. */
  function documentsIn(files: Record<string, string>): FoundDocument[] {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "concierge-contract-"));
    try {
      for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(directory, name), source);
      return findGraphqlDocuments(directory);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }

  const fragmentFile = (selection: string) =>
    'import { gql } from "graphql-request";\n' +
    `export const ORDER_FIELDS = gql\`\n  fragment OrderFields on Order {\n    ${selection}\n  }\n\`;\n`;
  const operationFile =
    'import { gql } from "graphql-request";\nimport { ORDER_FIELDS } from "./order-fields";\n' +
    "export const Op = gql`\n  query Op($id: ID!) {\n    order(id: $id) { ...OrderFields }\n  }\n  ${ORDER_FIELDS}\n`;\n";

  it("checks each operation with the fragments it interpolates, and no fragment on its own", () => {
    const create = documents.find((document) => document.file.endsWith("discount-code-basic-create.ts"));
    expect(create?.source).toMatch(/fragment DiscountCodeNodeFields on DiscountCodeNode \{[^}]*status/);
    expect(documents.filter((document) => document.source.includes("${"))).toEqual([]);
    expect(documents.filter((document) => document.file.includes(`${path.sep}fragments${path.sep}`))).toEqual([]);
  });

  it("fails an operation whose fragment asks for a field Shopify does not have", () => {
    const violations = contractViolations(
      documentsIn({ "order-fields.ts": fragmentFile("id loyaltyPoints"), "operation.ts": operationFile }),
    );
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/operation\.ts:3: .*loyaltyPoints.*Order/);
    expect(contractViolations(documentsIn({ "order-fields.ts": fragmentFile("id name"), "operation.ts": operationFile }))).toEqual([]);
  });

  it("fails a fragment no operation uses, and an interpolation that names no GraphQL template", () => {
    expect(contractViolations(documentsIn({ "order-fields.ts": fragmentFile("id") })).join("\n")).toMatch(
      /order-fields\.ts:2: .*OrderFields.*never used/,
    );
    expect(() => documentsIn({ "operation.ts": operationFile })).toThrow(/\$\{ORDER_FIELDS\} should name one GraphQL template/);
  });

  it("sees the scopes and deprecated fields inside fragments", () => {
    const found = documentsIn({ "order-fields.ts": fragmentFile("id customer { id }"), "operation.ts": operationFile });
    expect(missingScopes(found, ["read_orders"])).toEqual([expect.stringMatching(/operation\.ts:3: Customer needs read_customers/)]);
    expect(missingScopes(found, ["read_orders", "read_customers"])).toEqual([]);
    const deprecated = documentsIn({
      "root-fields.ts":
        'import { gql } from "graphql-request";\nexport const ROOT_FIELDS = gql`\n  fragment RootFields on QueryRoot { currentBulkOperation { id } }\n`;\n',
      "operation.ts":
        'import { gql } from "graphql-request";\nexport const Op = gql`\n  query Op { ...RootFields }\n  ${ROOT_FIELDS}\n`;\n',
    });
    expect(deprecated.flatMap((document) => deprecatedInDocument(loadAdminSchema(), parse(document.source)))).toEqual([
      expect.stringMatching(/QueryRoot\.currentBulkOperation is deprecated/),
    ]);
  });

  it("fails a document with a wrong argument or a syntax error", () => {
    expect(validateAdminDocument("query Q { customers(firstt: 1) { nodes { id } } }")).not.toHaveLength(0);
    expect(validateAdminDocument("query Q { shop { name }")).not.toHaveLength(0);
  });

  /** What the documents need that `scopes` does not grant, as "file:line: where needs a or b". */
  function missingScopes(found: FoundDocument[], scopes: readonly string[]) {
    const granted = new Set(scopes);
    return found.flatMap((document) =>
      scopesNeeded(loadAdminSchema(), parse(document.source))
        .filter((need) => !hasAnyScope(granted, need.anyOf))
        .map((need) => `${path.relative(process.cwd(), document.file)}:${document.line}: ${need.where} needs ${need.anyOf.join(" or ")}`),
    );
  }

  it("asks in shopify.app.toml for every access scope its operations need", () => {
    const scopes = readAppToml().scopes?.split(",") ?? [];
    expect(scopes.length).toBeGreaterThan(0);
    expect(missingScopes(documents, scopes)).toEqual([]);
  });

  it("fails when shopify.app.toml lacks a scope an operation needs", () => {
    const scopes = (readAppToml().scopes?.split(",") ?? []).filter((scope) => scope !== "write_returns");
    expect(missingScopes(documents, scopes).join("\n")).toMatch(
      /exchange-return-create\.ts:\d+: Mutation\.returnCreate needs write_returns/,
    );
    const withoutCustomers = (readAppToml().scopes?.split(",") ?? []).filter((scope) => !scope.endsWith("_customers"));
    expect(missingScopes(documents, withoutCustomers).join("\n")).toMatch(/Customer needs read_customers/);
  });
});
