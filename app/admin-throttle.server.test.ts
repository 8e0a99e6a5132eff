import { describe, expect, it } from "vitest";
import { adminMutation, adminOperationOf, type AdminGraphqlClient } from "./admin-api.server";
import { pacedAdminClient } from "./admin-throttle.server";
import { demoEmulator } from "../local-shopify/testing";

const TagsAdd = adminOperationOf<
  { tagsAdd: { userErrors: { field: string[] | null; message: string }[] } | null },
  { id: string; tags: string[] }
>("mutation TagsAdd($id: ID!, $tags: [String!]!) { tagsAdd(id: $id, tags: $tags) { userErrors { field message } } }");

describe("pacedAdminClient", () => {
  it("waits for the cost bucket instead of being throttled", async () => {
    const emulator = demoEmulator({ emulator: { throttle: { maximumAvailable: 50, restoreRate: 10 } } });
    const client = emulator.adminClient();
    const { answers } = client;
    const waits: number[] = [];
    const paced = pacedAdminClient(client, {
      clock: () => emulator.clock.now().getTime(),
      sleep: async (ms) => {
        waits.push(ms);
        emulator.clock.advance(ms);
      },
    });
    const customer = [...emulator.store.getShop(emulator.shop).customers.values()][0];
    // Ten mutations of 10 points from a bucket of 50 refilling 10 a second.
    for (let call = 0; call < 10; call++) {
      await adminMutation(paced, TagsAdd, { id: `gid://shopify/Customer/${customer.id}`, tags: [`tag-${call}`] }, "tagsAdd", {
        sleep: async () => {
          throw new Error("adminQuery had to back off: the pacing failed");
        },
      });
    }
    expect(answers).toEqual(Array(10).fill("ok"));
    expect(waits.length).toBeGreaterThanOrEqual(4);
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(4_000); // 50 points short, 10 a second
    expect(paced.stats).toMatchObject({ requests: 10 });
  });

  it("passes errors through untouched", async () => {
    const failing: AdminGraphqlClient = {
      graphql: async () => {
        throw new Error("network down");
      },
    };
    await expect(pacedAdminClient(failing).graphql("query Q { shop { name } }")).rejects.toThrow("network down");
  });
});
