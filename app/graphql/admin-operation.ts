// How an Admin API operation is declared: its document and the types of its result and variables.
// Documents in app/graphql/ take their types from the document itself (`adminOperation`), so a
// document and its types cannot drift apart; adminQuery/adminMutation (admin-api.server.ts) run them.
import type { AdminMutations, AdminQueries } from "@shopify/admin-api-client";

/** A named Admin API operation with its result and variables types. */
export interface AdminOperation<TData, TVariables> {
  readonly name: string;
  readonly document: string;
  /** Type carrier only. */
  readonly __types?: { data: TData; variables: TVariables };
}

/**
 * The documents `npm run graphql-codegen` generated types for, keyed by their text. The client's own interfaces
 * also take any string (an index signature typed `any`): left out, so that a document edited without running
 * codegen is a type error rather than an untyped result.
 */
type GeneratedDocuments = {
  [Document in keyof (AdminQueries & AdminMutations) as string extends Document ? never : Document]: (AdminQueries &
    AdminMutations)[Document];
};

/** An operation of app/graphql/ typed from its document: `npm run graphql-codegen` keys its result and variables types by the document's text. */
export function adminOperation<const Document extends keyof GeneratedDocuments & string>(
  document: Document,
): AdminOperation<GeneratedDocuments[Document]["return"], GeneratedDocuments[Document]["variables"]> {
  return adminOperationOf(document);
}

/** An operation typed by hand: for a document outside app/graphql/ (a test's), which codegen does not read. */
export function adminOperationOf<TData, TVariables = Record<string, never>>(document: string): AdminOperation<TData, TVariables> {
  const match = /\b(?:query|mutation)\s+(\w+)/.exec(document);
  if (!match) throw new Error("Admin operations must be named (query Name / mutation Name)");
  return { name: match[1], document };
}
