/**
 * Helpers for tests of (and against) the local Shopify: a demo store with a
 * controllable clock, and a GraphQL helper that fails on transport errors.
 */
import { createAdminEmulator, type AdminEmulator, type AdminEmulatorOptions, type ExecuteResponse } from "./admin-emulator";
import { DEMO_NOW, DEMO_SHOP, seedDemoStore, type SeedDemoStoreOptions } from "./demo-store";
import type { Store } from "./store";

export const TEST_API_KEY = "concierge-test-api-key";
export const TEST_API_SECRET = "concierge-test-api-secret";

/** A clock tests move by hand. */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  set(date: Date): void;
}

export function testClock(start: Date = DEMO_NOW): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (date) => {
      t = date.getTime();
    },
  };
}

export interface DemoEmulator {
  store: Store;
  emulator: AdminEmulator;
  clock: TestClock;
  shop: string;
  /** An installed app's offline token for the demo shop. */
  token: string;
  /** Runs an operation as the installed app. */
  gql(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<ExecuteResponse>;
  /** A client as the app's Admin API client sees Shopify (`graphql()` answers a fetch Response), run as the installed app. */
  adminClient(): RecordingAdminClient;
}

export interface RecordingAdminClient {
  graphql(query: string, options?: { variables?: Record<string, unknown> }): Promise<Response>;
  /** Each answer so far: its first error's code (THROTTLED…), or "ok". */
  answers: string[];
}

export function demoEmulator(options: { seed?: SeedDemoStoreOptions; emulator?: Partial<AdminEmulatorOptions> } = {}): DemoEmulator {
  const clock = testClock(options.seed?.now ?? DEMO_NOW);
  const store = seedDemoStore(options.seed);
  const emulator = createAdminEmulator({ store, apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, now: clock.now, ...options.emulator });
  const shop = options.seed?.shop ?? DEMO_SHOP;
  const token = emulator.installApp(shop).token;
  const gql: DemoEmulator["gql"] = (query, variables, operationName) =>
    emulator.execute({ shop, accessToken: token, query, variables, operationName });
  const adminClient = (): RecordingAdminClient => {
    const answers: string[] = [];
    return {
      answers,
      async graphql(query, options) {
        const { status, body } = await gql(query, options?.variables);
        const errors = body.errors as { extensions?: { code?: string } }[] | undefined;
        answers.push(errors?.[0]?.extensions?.code ?? "ok");
        return new Response(JSON.stringify(body), { status });
      },
    };
  };
  return { store, emulator, clock, shop, token, gql, adminClient };
}

/** The `data` of a response, failing loudly on GraphQL errors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field of the answer
export function dataOf<T = Record<string, any>>(response: ExecuteResponse): T {
  if (response.status !== 200 || response.body.errors) {
    throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(response.body.errors ?? response.body)}`);
  }
  return response.body.data as T;
}
