// The journeys' own way into the demo's local Shopify, as the merchant's
// other apps or the Shopify admin would change the store: an access token,
// then Admin GraphQL with it through graphql-request, a client the app itself
// does not use (it calls Shopify through admin-api.server.ts), so a journey
// that changes the store goes the way another app would.
import { GraphQLClient } from "graphql-request";
import { inject } from "vitest";
import { ADMIN_API_VERSION } from "../../app/admin-api-version";

/** An access token of the demo store (installs the app again, as a merchant would). */
export async function localAdminToken(): Promise<string> {
  const demo = inject("demo");
  const response = await fetch(`${demo.shopifyUrl}/_local/install`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: "{}",
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One Admin GraphQL call to the local Shopify; its errors throw (graphql-request's ClientError). */
export async function localAdmin<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const demo = inject("demo");
  const client = new GraphQLClient(`${demo.shopifyUrl}/admin/api/${ADMIN_API_VERSION}/graphql.json`, {
    headers: { "X-Shopify-Access-Token": token },
  });
  return client.request<T>(query, variables);
}
