import { describe, expect, it } from "vitest";
import {
  AdminApiError,
  AdminUserErrors,
  adminMutation,
  adminOperationOf,
  adminQuery,
  NOT_IDEMPOTENT,
  throttleWaitMs,
  type AdminGraphqlClient,
} from "./admin-api.server";

interface ShopName {
  shop: { name: string };
}
const ShopNameQuery = adminOperationOf<ShopName>("query ShopName { shop { name } }");

interface TagsAdd {
  tagsAdd: { node: { id: string } | null; userErrors: { field: string[] | null; message: string }[] } | null;
}
const TagsAddMutation = adminOperationOf<TagsAdd, { id: string; tags: string[] }>(
  "mutation TagsAdd($id: ID!, $tags: [String!]!) { tagsAdd(id: $id, tags: $tags) { node { id } userErrors { field message } } }",
);

const throttled = {
  errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }],
  extensions: {
    cost: {
      requestedQueryCost: 52,
      actualQueryCost: null,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 12, restoreRate: 100 },
    },
  },
};

/** A client that answers from a script, one answer per call, and records the calls. */
function scriptedClient(answers: (() => Response | Promise<Response>)[]) {
  const calls: { query: string; variables?: Record<string, unknown> }[] = [];
  const client: AdminGraphqlClient = {
    async graphql(query, options) {
      calls.push({ query, variables: options?.variables });
      const next = answers.shift();
      if (!next) throw new Error("no scripted answer left");
      return next();
    },
  };
  return { client, calls };
}

const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status });

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** A Shopify that never answers: the request ends only when its signal aborts it. */
function hangingClient() {
  let attempts = 0;
  const client: AdminGraphqlClient = {
    graphql(_query, options) {
      attempts++;
      return new Promise<Response>((_resolve, reject) => {
        options?.signal?.addEventListener("abort", () => reject(options.signal?.reason));
      });
    },
  };
  return { client, attempts: () => attempts };
}

describe("adminQuery", () => {
  it("abandons an attempt Shopify does not answer in time, retries, and gives up with a timeout error", async () => {
    const { client, attempts } = hangingClient();
    const { sleep } = recordingSleep();
    const failure = await adminQuery(client, ShopNameQuery, {}, { sleep, timeoutMs: 20, maxAttempts: 3 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AdminApiError);
    expect(failure).toMatchObject({ kind: "timeout", message: "ShopName: gave up after 3 attempts (no answer within 20 ms)" });
    expect(attempts()).toBe(3);
  });

  it("gives a page's call one deadline, retries included: a Shopify that hangs costs one attempt's wait", async () => {
    const { client, attempts } = hangingClient();
    const { sleep } = recordingSleep();
    const started = Date.now();
    const failure = await adminQuery(client, ShopNameQuery, {}, { sleep, timeoutMs: 60, totalTimeoutMs: 60, maxAttempts: 3 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ kind: "timeout", message: "ShopName: gave up after 1 attempt (no answer within 60 ms)" });
    expect(attempts()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("fails a throttled call at once when it may not wait for the bucket to refill", async () => {
    const { client, calls } = scriptedClient([json(throttled), json({ data: { shop: { name: "Demo" } } })]);
    const { waits, sleep } = recordingSleep();
    const failure = await adminQuery(client, ShopNameQuery, {}, { sleep, maxThrottleWaitMs: 0 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: "throttled" });
    expect((failure as AdminApiError).details.retryAfterMs).toBeGreaterThan(0);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("retries a throttled call, waiting for the bucket to refill, then succeeds", async () => {
    const { client, calls } = scriptedClient([json(throttled), json(throttled), json({ data: { shop: { name: "Demo" } } })]);
    const { waits, sleep } = recordingSleep();
    await expect(adminQuery(client, ShopNameQuery, {}, { sleep })).resolves.toEqual({ shop: { name: "Demo" } });
    expect(calls).toHaveLength(3);
    // 52 requested, 12 available, 100 restored per second: at least 400 ms.
    expect(waits).toHaveLength(2);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(400);
  });

  it("retries HTTP 429 and Shopify's 5xx with growing backoff", async () => {
    const { client } = scriptedClient([
      json({ errors: "Exceeded 2 calls per second" }, 429),
      json({ errors: "Internal error" }, 502),
      json({ errors: "Service unavailable" }, 503),
      json({ data: { shop: { name: "Demo" } } }),
    ]);
    const { waits, sleep } = recordingSleep();
    await expect(adminQuery(client, ShopNameQuery, {}, { sleep, baseDelayMs: 100 })).resolves.toEqual({
      shop: { name: "Demo" },
    });
    expect(waits).toHaveLength(3);
    expect(waits[2]).toBeGreaterThan(waits[0] / 2);
  });

  it("never sends a mutation that is not idempotent again after an attempt whose fate is unknown, but does after a throttle", async () => {
    const { client, attempts } = hangingClient();
    const { sleep } = recordingSleep();
    const lost = await adminQuery(
      client,
      TagsAddMutation,
      { id: "gid://shopify/Customer/1", tags: ["vip"] },
      {
        ...NOT_IDEMPOTENT,
        sleep,
        timeoutMs: 20,
      },
    ).catch((error: unknown) => error);
    expect(lost).toMatchObject({ kind: "timeout", message: "TagsAdd: gave up after 1 attempt (no answer within 20 ms)" });
    expect(attempts()).toBe(1);

    const failed = scriptedClient([json({ errors: "Internal error" }, 502), json({ data: { tagsAdd: null } })]);
    await expect(
      adminQuery(failed.client, TagsAddMutation, { id: "gid://shopify/Customer/1", tags: ["vip"] }, { ...NOT_IDEMPOTENT, sleep }),
    ).rejects.toMatchObject({
      kind: "http",
    });
    expect(failed.calls).toHaveLength(1);

    // Throttled, Shopify ran nothing: waiting and trying again is safe.
    const throttledOnce = scriptedClient([json(throttled), json({ data: { shop: { name: "Demo" } } })]);
    await expect(adminQuery(throttledOnce.client, ShopNameQuery, {}, { ...NOT_IDEMPOTENT, sleep })).resolves.toEqual({
      shop: { name: "Demo" },
    });
    expect(throttledOnce.calls).toHaveLength(2);
  });

  it("gives up with a typed error after its attempts, never returning nothing", async () => {
    const { client, calls } = scriptedClient(Array.from({ length: 3 }, () => json(throttled)));
    const { sleep } = recordingSleep();
    const failure = adminQuery(client, ShopNameQuery, {}, { sleep, maxAttempts: 3 });
    await expect(failure).rejects.toBeInstanceOf(AdminApiError);
    await expect(failure).rejects.toMatchObject({ kind: "throttled", operation: "ShopName" });
    expect(calls).toHaveLength(3);
  });

  it("answers Shopify's text without a NUL or half a character, so the data can be stored", async () => {
    const body = String.raw`{"data":{"shop":{"name":"Amira\u0000 Boutique\ud800"}}}`;
    const { client } = scriptedClient([() => new Response(body, { status: 200 })]);
    await expect(adminQuery(client, ShopNameQuery, {})).resolves.toEqual({ shop: { name: "Amira Boutique\ufffd" } });
  });

  it("does not retry a GraphQL error and says what Shopify said", async () => {
    const { client, calls } = scriptedClient([
      json({ errors: [{ message: "Field 'nope' doesn't exist on type 'Shop'", extensions: { code: "undefinedField" } }] }),
    ]);
    await expect(adminQuery(client, ShopNameQuery, {})).rejects.toThrow(/ShopName: Field 'nope' doesn't exist/);
    expect(calls).toHaveLength(1);
  });

  it("does not retry 401 or 404", async () => {
    const { client, calls } = scriptedClient([json({ errors: "[API] Invalid API key or access token" }, 401)]);
    await expect(adminQuery(client, ShopNameQuery, {})).rejects.toMatchObject({ kind: "http", details: { status: 401 } });
    expect(calls).toHaveLength(1);
  });

  it("understands the Shopify library's thrown GraphqlQueryError and HttpResponseError", async () => {
    const { client } = scriptedClient([
      () => {
        throw Object.assign(new Error("Throttled"), {
          body: { errors: { graphQLErrors: throttled.errors }, extensions: throttled.extensions },
        });
      },
      () => {
        throw Object.assign(new Error("Internal"), { response: { code: 500, statusText: "Internal Server Error" } });
      },
      json({ data: { shop: { name: "Demo" } } }),
    ]);
    const { sleep } = recordingSleep();
    await expect(adminQuery(client, ShopNameQuery, {}, { sleep })).resolves.toEqual({ shop: { name: "Demo" } });
  });

  it("sends the operation's variables", async () => {
    const { client, calls } = scriptedClient([json({ data: { tagsAdd: { node: { id: "gid://shopify/Customer/1" }, userErrors: [] } } })]);
    await adminMutation(client, TagsAddMutation, { id: "gid://shopify/Customer/1", tags: ["VIP"] }, "tagsAdd");
    expect(calls[0].variables).toEqual({ id: "gid://shopify/Customer/1", tags: ["VIP"] });
  });
});

describe("adminMutation", () => {
  it("turns userErrors into a typed error that names the field", async () => {
    const { client } = scriptedClient([
      json({ data: { tagsAdd: { node: null, userErrors: [{ field: ["id"], message: "Customer does not exist" }] } } }),
    ]);
    const failure = adminMutation(client, TagsAddMutation, { id: "gid://shopify/Customer/0", tags: ["VIP"] }, "tagsAdd");
    await expect(failure).rejects.toBeInstanceOf(AdminUserErrors);
    await expect(failure).rejects.toThrow("TagsAdd: id: Customer does not exist");
  });

  it("gives a refusal in Shopify's words, every error's, and the codes to branch on", async () => {
    const { client } = scriptedClient([
      json({
        data: {
          tagsAdd: {
            node: null,
            userErrors: [
              { field: ["tags"], message: "Tag is too long", code: "TOO_LONG" },
              { field: null, message: "Customer is locked", code: null },
            ],
          },
        },
      }),
    ]);
    const refused = await adminMutation(client, TagsAddMutation, { id: "gid://shopify/Customer/1", tags: ["VIP"] }, "tagsAdd").catch(
      (error: unknown) => error,
    );
    if (!(refused instanceof AdminUserErrors)) throw new Error("expected Shopify's refusal");
    expect(refused.refusal).toBe("Tag is too long; Customer is locked");
    expect(refused.hasCode("TAKEN", "TOO_LONG")).toBe(true);
    expect(refused.hasCode("TAKEN")).toBe(false);
  });

  it("refuses a missing payload instead of returning null", async () => {
    const { client } = scriptedClient([json({ data: { tagsAdd: null } })]);
    await expect(
      adminMutation(client, TagsAddMutation, { id: "gid://shopify/Customer/1", tags: ["VIP"] }, "tagsAdd"),
    ).rejects.toMatchObject({ kind: "no-data" });
  });
});

describe("adminOperation", () => {
  it("requires a named operation", () => {
    expect(() => adminOperationOf("{ shop { name } }")).toThrow(/must be named/);
    expect(ShopNameQuery.name).toBe("ShopName");
  });

  it("computes the wait from Shopify's cost extension", () => {
    expect(throttleWaitMs(throttled.extensions.cost)).toBe(400);
    expect(throttleWaitMs(undefined)).toBeNull();
  });
});
