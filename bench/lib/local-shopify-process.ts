// The local Shopify in a process of its own, for benchmarks that measure the app's latency: in the
// bench's process its store and the official Admin schema (about 75 MB) would be marked by every
// one of the app's major garbage collections, a pause no deployed app has, since Shopify runs
// elsewhere (decision 049). The bench talks to it as the app does, over HTTP, and asks the few
// things only the emulator knows (its cost bucket, a shop's orders) over the IPC channel.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ThrottleOptions } from "../../local-shopify/cost";

export interface LocalShopifyProcessOptions {
  apiKey: string;
  apiSecret: string;
  throttle?: ThrottleOptions;
}

/** A delivered order the shop still shows the app, as a tracking lookup names it. */
export interface DeliveredOrder {
  name: string;
  email: string;
}

/** What the bench asks of the emulator; each runs in the child and answers with plain data. */
interface Calls {
  installApp(shop: string): string;
  throttleStatus(shop: string): { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
  refillBuckets(): void;
  /** Up to `limit` orders with an email, not cancelled, whose latest fulfillment event is DELIVERED. */
  deliveredOrders(shop: string, limit: number): DeliveredOrder[];
  /** The shop's currency, its product ids and the variant of the product titled `title`. */
  catalogue(shop: string, title: string): { currencyCode: string; productIds: string[]; variantId: number };
}

type Request = { id: number; name: keyof Calls; args: unknown[] };
type Reply = { id: number; result?: unknown; error?: string } | { ready: { url: string; shop: string } };

export interface LocalShopifyProcess {
  url: string;
  /** The demo store's domain (asked of the child, so that the demo store is never loaded in the bench's process). */
  shop: string;
  call<Name extends keyof Calls>(name: Name, ...args: Parameters<Calls[Name]>): Promise<ReturnType<Calls[Name]>>;
  close(): Promise<void>;
}

/** Starts the demo store's local Shopify in a child process (on this process's Node and loader) and waits for it. */
export async function startLocalShopifyProcess(options: LocalShopifyProcessOptions): Promise<LocalShopifyProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [JSON.stringify(options)], { stdio: "inherit" });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  const { url, shop } = await new Promise<{ url: string; shop: string }>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the local Shopify process exited with ${code} before it started`)));
    child.on("message", (reply: Reply) => {
      if ("ready" in reply) return resolve(reply.ready);
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
  });
  child.removeAllListeners("exit");
  // A child that dies mid-run fails the calls waiting on it, rather than leaving the bench hanging.
  child.on("exit", (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the local Shopify process exited with ${code}`));
    pending.clear();
  });
  return {
    url,
    shop,
    call(name, ...args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, name, args } satisfies Request);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** The child's side: starts the local Shopify and answers the parent's calls. */
async function serve(options: LocalShopifyProcessOptions) {
  const { DEMO_SHOP, seedDemoStore } = await import("../../local-shopify/demo-store");
  const { startLocalShopify } = await import("../../local-shopify/server");
  const local = await startLocalShopify({ store: seedDemoStore(), ...options });
  const calls: Calls = {
    installApp: (shop) => local.installApp(shop),
    throttleStatus: (shop) => local.emulator.throttleStatus(shop),
    refillBuckets: () => local.emulator.refillBuckets(),
    deliveredOrders(shop, limit) {
      return [...local.store.getShop(shop).orders.values()]
        .filter(
          (order) =>
            order.email &&
            order.cancelledAt === null &&
            order.fulfillments.some((fulfillment) => fulfillment.events.at(-1)?.status === "DELIVERED"),
        )
        .slice(0, limit)
        .map((order) => ({ name: order.name, email: order.email! }));
    },
    catalogue(shop, title) {
      const data = local.store.getShop(shop);
      const variant = [...data.variants.values()].find((candidate) => data.products.get(candidate.productId)!.title === title);
      if (!variant) throw new Error(`no product titled ${title}`);
      return {
        currencyCode: data.shop.currencyCode,
        productIds: [...data.products.keys()].map((id) => `gid://shopify/Product/${id}`),
        variantId: variant.id,
      };
    },
  };
  process.on("message", (request: Request) => {
    try {
      const result = (calls[request.name] as (...args: unknown[]) => unknown)(...request.args);
      process.send!({ id: request.id, result } satisfies Reply);
    } catch (error) {
      process.send!({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
  process.on("SIGTERM", () => void local.close().then(() => process.exit(0)));
  // The bench stopped without closing it (it threw, or was interrupted): no emulator is left running.
  process.on("disconnect", () => process.exit(0));
  process.send!({ ready: { url: local.url, shop: DEMO_SHOP } } satisfies Reply);
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) await serve(JSON.parse(process.argv[2]!));
