// The chat trigger app embed (extensions/concierge-storefront): the weight of
// the script Shopify serves, what it may send, and what the Liquid block
// renders where.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CHAT_CART_ATTRIBUTE } from "../../app/domain/agents/attribution";
import { CHAT_EVENTS } from "../../app/domain/chat/events";
import { TIER_METAFIELD, tierMetafieldValue } from "../../app/domain/vip/tier-effects";
import { createStorefrontLiquid } from "../../local-shopify/storefront/liquid";
import { blockSettings, loadThemeAppExtension } from "../../local-shopify/storefront/theme-app-extension";
import { buildStorefrontScript } from "../../scripts/build-storefront.mjs";

const root = path.resolve(__dirname, "../../extensions/concierge-storefront");
const SOURCE = "extensions/concierge-storefront/src/chat-trigger.js";
/** The readable source, which the checks of what it does read. */
const script = fs.readFileSync(path.join(root, "src", "chat-trigger.js"), "utf8");
/** What Shopify serves: the committed asset, minified from the source. */
const shipped = fs.readFileSync(path.join(root, "assets", "chat-trigger.js"));
/** The budget: a third-party script on every product page must stay light. */
const BUDGET_BYTES = 2.5 * 1024;

describe("the chat-trigger.js Shopify serves", () => {
  it("weighs at most 2.5 KB gzipped, as a server compresses it", () => {
    // zlib's default level, what a CDN's on-the-fly gzip uses; brotli would be smaller still.
    const gzipped = gzipSync(shipped).length;
    console.info(`chat-trigger.js: ${script.length} B source, ${shipped.length} B shipped, ${gzipped} B shipped gzipped`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("is the build of its source, so a deploy ships what the source says (npm run build:storefront)", async () => {
    const stale = "assets/chat-trigger.js lags behind src/chat-trigger.js: run npm run build:storefront and commit it";
    expect(shipped.toString("utf8"), stale).toBe(await buildStorefrontScript(SOURCE));
  });

  it("leaves its source out of the extension Shopify receives", () => {
    // The CLI refuses files outside assets/, blocks/, locales/ and snippets/ unless ignored.
    expect(fs.readFileSync(path.join(root, ".shopifyignore"), "utf8").split("\n")).toContain("src/*");
  });
});

describe("chat-trigger.js, its source", () => {
  it("sends only the events the app counts, and marks the cart with the attribute attribution reads", () => {
    // Every string literal passed to send(…) or close(…).
    const sent = [...script.matchAll(/\b(?:send|close)\(([^)]*)\)/g)].flatMap((call) =>
      [...call[1].matchAll(/"([a-z_]+)"/g)].map((literal) => literal[1]),
    );
    expect(new Set(sent)).toEqual(new Set(CHAT_EVENTS));
    expect(script).toContain(`_concierge_chat: "1"`);
    expect(CHAT_CART_ATTRIBUTE).toBe("_concierge_chat");
    expect(script).toContain(`"/apps/concierge/events"`);
  });

  it("makes no request when it loads: only sendBeacon and the cart update, both after it fires", () => {
    expect(script.match(/fetch\(|sendBeacon|XMLHttpRequest|new Image/g)).toEqual(["sendBeacon", "fetch("]);
  });
});

describe("the chat-trigger block", () => {
  const extension = loadThemeAppExtension(root);
  const liquid = createStorefrontLiquid({ extension, assetBase: "/cdn/assets" });
  const block = extension.blocks.get("chat-trigger")!;

  async function render(options: {
    pageType: string;
    locale?: string;
    settings?: Record<string, unknown>;
    customer?: Record<string, unknown> | null;
    designMode?: boolean;
  }) {
    return liquid.parseAndRender(block.source, {
      shop: { email: "hello@amira.example" },
      request: { page_type: options.pageType, locale: { iso_code: options.locale ?? "en" }, design_mode: options.designMode ?? false },
      customer: options.customer ?? null,
      block: { id: "chat", settings: blockSettings(block, options.settings), shopify_attributes: "" },
    });
  }
  const attributes = (html: string) => {
    const tag = /<div\s+id="concierge-chat"([^>]*)>/.exec(html)?.[1] ?? "";
    return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
  };

  it("is an app embed on the body, 30 seconds and product pages by default", () => {
    expect(block.schema.target).toBe("body");
    expect(blockSettings(block)).toMatchObject({ delay: 30, on_cart: false, once_per_session: true, provider: "inbox" });
  });

  it("renders on product pages, and on the cart page only when the merchant asks", async () => {
    expect(attributes(await render({ pageType: "product" }))).toMatchObject({
      "data-delay": "30",
      "data-provider": "inbox",
      "data-once": "1",
    });
    expect(await render({ pageType: "cart" })).not.toContain("concierge-chat");
    expect(await render({ pageType: "cart", settings: { on_cart: true } })).toContain('id="concierge-chat"');
    for (const pageType of ["index", "collection", "page", "search", "404", ""]) {
      expect((await render({ pageType, settings: { on_cart: true } })).trim()).toBe("");
    }
  });

  it("loads its script deferred, and only where it runs", async () => {
    const html = await render({ pageType: "product" });
    expect(html).toMatch(/<script src="\/cdn\/assets\/chat-trigger\.js" defer><\/script>/);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("asks about sizing in the shopper's language, unless the merchant wrote a greeting", async () => {
    expect(attributes(await render({ pageType: "product" }))["data-greeting"]).toBe("Hi, need help choosing a size?");
    expect(attributes(await render({ pageType: "product", locale: "ar" }))).toMatchObject({
      "data-greeting": "مرحبًا، هل تحتاج إلى مساعدة في اختيار المقاس؟",
      "data-open": "تحدّث معنا",
      "data-close": "إغلاق",
    });
    expect(attributes(await render({ pageType: "product", locale: "fr" }))["data-greeting"]).toBe(
      "Bonjour, besoin d’aide pour choisir votre taille ?",
    );
    const custom = attributes(await render({ pageType: "product", settings: { greeting: 'Questions? "Ask" <us>' } }));
    expect(custom["data-greeting"]).toBe("Questions? &#34;Ask&#34; &lt;us&gt;");
  });

  it("offers the shop's contacts for the fallback, the store's email when none is set", async () => {
    expect(attributes(await render({ pageType: "product" }))).toMatchObject({
      "data-email": "hello@amira.example",
      "data-phone": "",
      "data-whatsapp": "",
    });
    const withContacts = attributes(
      await render({
        pageType: "product",
        settings: { email: "care@amira.example", phone: "+971 (4) 555-0100", whatsapp: "+971 50 555 0101" },
      }),
    );
    expect(withContacts).toMatchObject({
      "data-email": "care@amira.example",
      "data-phone": "+97145550100",
      "data-whatsapp": "971505550101",
    });
  });

  const tierCustomer = (tier: {
    skipBot: boolean;
    concierge: { name: string | null; phone: string | null; email: string | null; whatsapp: string | null } | null;
  }) => {
    const value = tierMetafieldValue(
      { tierName: "Gold", skipBot: tier.skipBot, skipQueue: true, instantRefunds: false, concierge: tier.concierge } as Parameters<
        typeof tierMetafieldValue
      >[0],
      new Date("2026-11-20T10:00:00Z"),
    );
    // As Liquid sees the app-owned JSON metafield the VIP feature writes.
    return { id: 7001, metafields: { [TIER_METAFIELD.namespace]: { [TIER_METAFIELD.key]: { value, type: TIER_METAFIELD.type } } } };
  };

  it("offers a VIP whose tier skips the bot their concierge, instead of the chatbot", async () => {
    const customer = tierCustomer({
      skipBot: true,
      concierge: { name: "Layla <Haddad>", phone: "+97145550111", email: "layla@amira.example", whatsapp: "+971505550111" },
    });
    const vip = attributes(await render({ pageType: "product", customer, settings: { email: "care@amira.example" } }));
    expect(vip).toMatchObject({
      "data-vip": "1",
      "data-greeting": "Your personal concierge is here to help you choose:",
      "data-name": "Layla &lt;Haddad&gt;",
      "data-email": "layla@amira.example",
      "data-phone": "+97145550111",
      "data-whatsapp": "971505550111",
    });
  });

  it("keeps the chatbot for a VIP whose tier doesn't skip it, or who has no concierge, and for anonymous shoppers", async () => {
    const concierge = { name: "Layla", phone: null, email: "layla@amira.example", whatsapp: null };
    for (const customer of [
      tierCustomer({ skipBot: false, concierge }),
      tierCustomer({ skipBot: true, concierge: null }),
      { id: 7002, metafields: {} },
      null,
    ]) {
      const rendered = attributes(await render({ pageType: "product", customer }));
      expect(rendered["data-vip"]).toBeUndefined();
      expect(rendered["data-greeting"]).toBe("Hi, need help choosing a size?");
    }
  });

  it("previews in the theme editor without recording anything", async () => {
    expect(attributes(await render({ pageType: "product", designMode: true }))["data-preview"]).toBe("1");
    expect(attributes(await render({ pageType: "product" }))["data-preview"]).toBeUndefined();
  });
});
