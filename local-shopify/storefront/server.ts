// The local storefront: a small online store that serves the demo shop's
// products with the theme app extension's own blocks and assets rendered by
// liquidjs, applies the shop's URL redirects (so /track reaches the app), and
// forwards /apps/concierge/* to the app exactly as Shopify's app proxy does:
// signed query parameters, the logged-in customer, Liquid responses rendered
// inside the theme.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { CustomerRecord, ProductRecord, ShopData, Store } from "../store";
import { signedAppProxyUrl } from "../app-proxy";
import { createStorefrontLiquid, formatMoney, wantsNoLayout } from "./liquid";
import { blockSettings, languageOf, loadThemeAppExtension, type ThemeAppExtension } from "./theme-app-extension";
import { cartTemplate, homeTemplate, layoutTemplate, pageTemplate, productTemplate, RTL_LANGUAGES } from "./theme";

export interface PlacedBlock {
  handle: string;
  settings?: Record<string, unknown>;
}

export interface LocalStorefrontOptions {
  store: Store;
  shop: string;
  appUrl: string;
  apiSecret: string;
  extensionRoot: string;
  /** The app's id in the local Shopify, for `$app:` metafield namespaces. */
  appId: number;
  port?: number;
  host?: string;
  /** Blocks the merchant placed on the product page and app embeds turned on. */
  theme?: {
    productBlocks?: PlacedBlock[];
    appEmbeds?: PlacedBlock[];
    /** Pages the merchant made (/pages/{handle}), each with the app blocks placed on it. */
    pages?: Record<string, { title: string; blocks: PlacedBlock[] }>;
  };
  proxy?: { prefix: string; subpath: string };
  /** The storefront's languages, the shop's primary one first (served without a /xx prefix). */
  locales?: [string, ...string[]];
}

export interface Cart {
  token: string;
  items: { variantId: number; quantity: number; properties: Record<string, string> }[];
  attributes: Record<string, string>;
  note: string;
}

export interface LocalStorefront {
  url: string;
  carts: Map<string, Cart>;
  close(): Promise<void>;
}

interface RequestState {
  locale: string;
  localePrefix: string;
  path: string;
  customer: CustomerRecord | null;
  cart: Cart | null;
  /** Liquid's request.page_type: "product", "cart", "index", "404"; empty for app proxy pages. */
  pageType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

export async function startLocalStorefront(options: LocalStorefrontOptions): Promise<LocalStorefront> {
  const extension = loadThemeAppExtension(options.extensionRoot);
  const assetBase = "/cdn/extensions/concierge-storefront/assets";
  const liquid = createStorefrontLiquid({ extension, assetBase });
  const proxy = options.proxy ?? { prefix: "apps", subpath: "concierge" };
  const locales = options.locales ?? ["en", "ar", "fr"];
  const [primaryLocale] = locales;
  const carts = new Map<string, Cart>();
  const data = () => options.store.getShop(options.shop);

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error("local storefront:", error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end("Local storefront error");
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? "/", "http://storefront.local");
    const state = requestState(url, request);

    if (url.pathname.startsWith(`${assetBase}/`)) return serveAsset(extension, url.pathname.slice(assetBase.length + 1), response);
    if (state.path === "/account/login") return login(url, state, response);
    if (state.path === "/account/logout")
      return redirect(response, `${state.localePrefix}/`, { "Set-Cookie": "customer=; Path=/; Max-Age=0" });
    if (state.path === "/cart.js") return json(response, 200, cartJson(state.cart));
    if (state.path === "/recommendations/products.json") return json(response, 200, recommendations(data(), url.searchParams));
    if (state.path === "/cart/update.js" && request.method === "POST") return updateCart(request, response, state);
    if ((state.path === "/cart/add.js" || state.path === "/cart/add") && request.method === "POST")
      return addToCart(request, response, state);
    const proxyPrefix = `/${proxy.prefix}/${proxy.subpath}`;
    if (state.path === proxyPrefix || state.path.startsWith(`${proxyPrefix}/`)) {
      return forwardToApp(request, response, url, state, state.path.slice(proxyPrefix.length));
    }
    const redirectTarget = [...data().urlRedirects.values()].find((entry) => entry.path === state.path)?.target;
    if (redirectTarget) return redirect(response, `${state.localePrefix}${redirectTarget}${url.search}`, {}, 301);
    if (state.path === "/") {
      state.pageType = "index";
      return page(response, state, "Home", homeTemplate, { products: productList(data()).map((product) => productDrop(data(), product)) });
    }
    if (state.path === "/cart") {
      state.pageType = "cart";
      return page(response, state, "Cart", cartTemplate, { cart: cartDrop(state.cart) });
    }
    const productMatch = /^\/products\/([^/]+)$/.exec(state.path);
    if (productMatch) {
      const product = productList(data()).find((candidate) => candidate.handle === productMatch[1]);
      if (product) {
        state.pageType = "product";
        const drop = productDrop(data(), product);
        const appBlocks = await renderBlocks(options.theme?.productBlocks ?? [], state);
        return page(response, state, product.title, productTemplate, { product: drop, content_for_app_blocks: appBlocks });
      }
    }
    const pageHandle = /^\/pages\/([^/]+)$/.exec(state.path)?.[1];
    const merchantPage = pageHandle ? options.theme?.pages?.[pageHandle] : undefined;
    if (merchantPage) {
      state.pageType = "page";
      const appBlocks = await renderBlocks(merchantPage.blocks, state);
      return page(response, state, merchantPage.title, pageTemplate, {
        page: { title: merchantPage.title },
        content_for_app_blocks: appBlocks,
      });
    }
    state.pageType = "404";
    return page(response, state, "Not found", "<h1>404</h1><p>This page does not exist.</p>", {}, 404);
  }

  function requestState(url: URL, request: http.IncomingMessage): RequestState {
    const prefix = /^\/([a-z]{2})(?=\/|$)/.exec(url.pathname)?.[1];
    const prefixed = prefix && locales.includes(prefix) && prefix !== primaryLocale ? prefix : null;
    const locale = prefixed ?? url.searchParams.get("locale") ?? primaryLocale;
    const path = prefixed ? url.pathname.slice(3) || "/" : url.pathname;
    const cookies = parseCookies(request.headers.cookie);
    const customerId = Number(cookies.customer);
    const customer = customerId ? (data().customers.get(customerId) ?? null) : null;
    return {
      locale,
      localePrefix: prefixed ? `/${prefixed}` : "",
      path,
      customer,
      cart: carts.get(cookies.cart ?? "") ?? null,
      pageType: "",
    };
  }

  function globals(state: RequestState) {
    const shop = data().shop;
    return {
      shop: { name: shop.name, email: shop.email, currency: shop.currencyCode, permanent_domain: shop.domain, locale: state.locale },
      request: { locale: { iso_code: state.locale }, path: state.path, design_mode: false, page_type: state.pageType },
      routes: {
        root_url: state.localePrefix || "/",
        cart_add_url: `${state.localePrefix}/cart/add`,
        cart_update_url: `${state.localePrefix}/cart/update`,
        product_recommendations_url: `${state.localePrefix}/recommendations/products`,
      },
      collections: collectionsDrop(data()),
      // Shopify's cart object: its currency (a currency object) is the one its prices and the Ajax API's are in.
      cart: {
        currency: { iso_code: shop.currencyCode },
        item_count: state.cart?.items.reduce((sum, item) => sum + item.quantity, 0) ?? 0,
      },
      customer: state.customer ? customerDrop(data(), state.customer, options.appId) : null,
      direction: RTL_LANGUAGES.has(languageOf(state.locale)) ? "rtl" : "ltr",
      content_for_header: "",
    };
  }

  async function renderBlocks(placed: PlacedBlock[], state: RequestState) {
    const rendered: string[] = [];
    for (const [index, placement] of placed.entries()) {
      const block = extension.blocks.get(placement.handle);
      if (!block) throw new Error(`the extension has no block ${placement.handle}`);
      const id = `app-block-${index}`;
      rendered.push(
        `<div id="shopify-block-${id}" class="shopify-app-block">` +
          (await liquid.parseAndRender(block.source, {
            ...globals(state),
            block: { id, settings: blockSettings(block, placement.settings), shopify_attributes: `data-block-handle="${block.handle}"` },
          })) +
          "</div>",
      );
    }
    return rendered.join("\n");
  }

  async function page(
    response: http.ServerResponse,
    state: RequestState,
    title: string,
    template: string,
    variables: Record<string, unknown>,
    status = 200,
  ) {
    const context = { ...globals(state), ...variables, page_title: title };
    const content = await liquid.parseAndRender(template, context);
    const embeds = await renderBlocks(options.theme?.appEmbeds ?? [], state);
    const html = await liquid.parseAndRender(layoutTemplate, { ...context, content_for_layout: content, content_for_app_embeds: embeds });
    response.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  }

  function login(url: URL, state: RequestState, response: http.ServerResponse) {
    const chosen = Number(url.searchParams.get("customer"));
    if (chosen && data().customers.has(chosen)) {
      return redirect(response, url.searchParams.get("return_to") ?? `${state.localePrefix}/`, {
        "Set-Cookie": `customer=${chosen}; Path=/; HttpOnly; SameSite=Lax`,
      });
    }
    const links = data()
      .customerIds.slice(0, 500)
      .map((id) => data().customers.get(id)!)
      .map(
        (customer) =>
          `<li><a href="/account/login?customer=${customer.id}">${escapeHtml(`${customer.firstName ?? ""} ${customer.lastName ?? ""}`)}</a> ${escapeHtml(customer.email ?? "")} ${customer.tags.map(escapeHtml).join(", ")}</li>`,
      )
      .join("");
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><title>Log in</title><h1>Log in as a demo customer</h1><ul>${links}</ul></html>`);
  }

  async function updateCart(request: http.IncomingMessage, response: http.ServerResponse, state: RequestState) {
    const body = JSON.parse((await readBody(request)).toString("utf8") || "{}") as { attributes?: Record<string, string>; note?: string };
    const cart = state.cart ?? newCart();
    Object.assign(cart.attributes, body.attributes ?? {});
    if (typeof body.note === "string") cart.note = body.note;
    json(response, 200, cartJson(cart), { "Set-Cookie": `cart=${cart.token}; Path=/; SameSite=Lax` });
  }

  async function addToCart(request: http.IncomingMessage, response: http.ServerResponse, state: RequestState) {
    const raw = (await readBody(request)).toString("utf8");
    const body = (request.headers["content-type"] ?? "").includes("json")
      ? (JSON.parse(raw || "{}") as { id?: number | string; quantity?: number; properties?: Record<string, string> })
      : Object.fromEntries(new URLSearchParams(raw));
    const variantId = Number(body.id);
    if (!data().variants.has(variantId))
      return json(response, 422, { status: 422, message: "Cart Error", description: "Cannot find variant" });
    const cart = state.cart ?? newCart();
    cart.items.push({
      variantId,
      quantity: Number(body.quantity ?? 1),
      properties: (body as { properties?: Record<string, string> }).properties ?? {},
    });
    const headers = { "Set-Cookie": `cart=${cart.token}; Path=/; SameSite=Lax` };
    if (state.path.endsWith(".js")) return json(response, 200, cartJson(cart), headers);
    return redirect(response, `${state.localePrefix}/cart.js`, headers);
  }

  function newCart(): Cart {
    const cart: Cart = { token: randomUUID(), items: [], attributes: {}, note: "" };
    carts.set(cart.token, cart);
    return cart;
  }

  /** The cart as Liquid's `cart` object sees it, with each line's product title. */
  function cartDrop(cart: Cart | null) {
    const items = (cart?.items ?? []).map((item) => {
      const variant = data().variants.get(item.variantId);
      const product = variant ? data().products.get(variant.productId) : undefined;
      return {
        title: product ? `${product.title} - ${variant!.title}` : String(item.variantId),
        quantity: item.quantity,
        price: variant?.priceCents ?? 0,
      };
    });
    return { item_count: items.reduce((sum, item) => sum + item.quantity, 0), items, attributes: cart?.attributes ?? {} };
  }

  function cartJson(cart: Cart | null) {
    return {
      token: cart?.token ?? null,
      note: cart?.note ?? "",
      attributes: cart?.attributes ?? {},
      item_count: cart?.items.reduce((sum, item) => sum + item.quantity, 0) ?? 0,
      items: (cart?.items ?? []).map((item) => ({ variant_id: item.variantId, quantity: item.quantity, properties: item.properties })),
      currency: data().shop.currencyCode,
    };
  }

  async function forwardToApp(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
    state: RequestState,
    subpath: string,
  ) {
    const target = signedAppProxyUrl(
      options.appUrl,
      subpath,
      url.searchParams,
      {
        shop: options.shop,
        loggedInCustomerId: state.customer ? String(state.customer.id) : "",
        pathPrefix: `/${proxy.prefix}/${proxy.subpath}`,
      },
      options.apiSecret,
    );
    const method = request.method ?? "GET";
    const body = method === "GET" || method === "HEAD" ? undefined : await readBody(request);
    const forwarded = await fetch(target, {
      method,
      body,
      redirect: "manual",
      headers: {
        ...pickHeaders(request.headers, ["content-type", "accept", "accept-language", "user-agent"]),
        // Shopify adds the shop's domain and appends the address it was
        // reached from to whatever X-Forwarded-For the client sent (which
        // the client chose, so the app must read the chain from the right).
        "x-forwarded-for": [request.headers["x-forwarded-for"], request.socket.remoteAddress].flat().filter(Boolean).join(", "),
        "x-forwarded-host": request.headers.host ?? "",
      },
    });
    const contentType = forwarded.headers.get("content-type") ?? "";
    if (contentType.startsWith("application/liquid")) {
      const source = await forwarded.text();
      const context = { ...globals(state), page_title: "" };
      if (wantsNoLayout(source)) {
        const html = await liquid.parseAndRender(source, context);
        response.writeHead(forwarded.status, { "Content-Type": "text/html; charset=utf-8" });
        return response.end(html);
      }
      return page(response, state, "", source, {}, forwarded.status);
    }
    const headers: Record<string, string> = {};
    for (const name of ["content-type", "location", "cache-control", "retry-after"]) {
      const value = forwarded.headers.get(name);
      if (value) headers[name] = value;
    }
    response.writeHead(forwarded.status, headers);
    response.end(Buffer.from(await forwarded.arrayBuffer()));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${address.port}`,
    carts,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Shopify's product recommendations endpoint, simplified: products sharing a
 * collection with the given one ("related"), most recent first.
 */
function recommendations(data: ShopData, query: URLSearchParams) {
  const productId = Number(query.get("product_id"));
  const limit = Math.min(10, Number(query.get("limit") ?? 4) || 4);
  const product = data.products.get(productId);
  if (!product) return { products: [] };
  const related = productList(data)
    .filter((candidate) => candidate.id !== productId && candidate.collectionIds.some((id) => product.collectionIds.includes(id)))
    .slice(0, limit)
    .map((candidate) => {
      const drop = productDrop(data, candidate);
      return { id: drop.id, title: drop.title, handle: drop.handle, url: drop.url, price: drop.price, variants: drop.variants };
    });
  return { intent: query.get("intent") ?? "related", products: related };
}

/** Liquid's `collections`, by handle. */
function collectionsDrop(data: ShopData) {
  const byHandle: Record<string, unknown> = {};
  for (const id of data.collectionIds) {
    const collection = data.collections.get(id)!;
    byHandle[collection.handle] = {
      title: collection.title,
      handle: collection.handle,
      products: collection.productIds
        .map((productId) => data.products.get(productId))
        .filter((product): product is ProductRecord => Boolean(product) && product!.status === "ACTIVE" && !product!.isGiftCard)
        .map((product) => productDrop(data, product)),
    };
  }
  return byHandle;
}

function productList(data: ShopData) {
  return data.productIds.map((id) => data.products.get(id)!).filter((product) => product.status === "ACTIVE" && !product.isGiftCard);
}

function productDrop(data: ShopData, product: ProductRecord) {
  const variants = product.variantIds
    .map((id) => data.variants.get(id)!)
    .map((variant) => ({
      id: variant.id,
      title: variant.title,
      price: variant.priceCents,
      available: variant.inventoryPolicy === "CONTINUE" || variant.inventoryQuantity > 0,
    }));
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    url: `/products/${product.handle}`,
    description: product.descriptionHtml,
    price: variants[0]?.price ?? 0,
    variants,
    selected_or_first_available_variant: variants.find((variant) => variant.available) ?? variants[0],
  };
}

/** The customer as Liquid sees them, with app-owned metafields under `$app:<namespace>`. */
function customerDrop(data: ShopData, customer: CustomerRecord, appId: number) {
  const metafields: Record<string, Record<string, { value: unknown; type: string }>> = {};
  for (const metafield of data.metafields.get(`gid://shopify/Customer/${customer.id}`) ?? []) {
    // The reserved prefix, as theme app extensions write it: app--{id} is
    // `$app`, app--{id}--x is `$app:x`.
    const appPrefix = `app--${appId}`;
    const namespace =
      metafield.namespace === appPrefix
        ? "$app"
        : metafield.namespace.startsWith(`${appPrefix}--`)
          ? `$app:${metafield.namespace.slice(appPrefix.length + 2)}`
          : metafield.namespace;
    const value = metafield.type === "json" ? JSON.parse(metafield.value) : metafield.value;
    (metafields[namespace] ??= {})[metafield.key] = { value, type: metafield.type };
  }
  return {
    id: customer.id,
    email: customer.email,
    first_name: customer.firstName,
    last_name: customer.lastName,
    name: `${customer.firstName ?? ""} ${customer.lastName ?? ""}`.trim(),
    tags: customer.tags,
    orders_count: customer.numberOfOrders,
    // Liquid's customer.orders: newest first.
    orders: [...(data.orderIdsByCustomer.get(customer.id) ?? [])]
      .reverse()
      .slice(0, 20)
      .map((orderId) => data.orders.get(orderId)!)
      .map((order) => ({ id: order.id, name: order.name, created_at: order.createdAt })),
    total_spent: customer.amountSpentCents,
    metafields,
  };
}

function serveAsset(extension: ThemeAppExtension, name: string, response: http.ServerResponse) {
  const file = path.join(extension.root, "assets", path.basename(decodeURIComponent(name)));
  if (!fs.existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, {
    "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    "Cache-Control": "public, max-age=60",
  });
  response.end(fs.readFileSync(file));
}

function redirect(response: http.ServerResponse, location: string, headers: Record<string, string> = {}, status = 302) {
  response.writeHead(status, { Location: location, ...headers });
  response.end();
}

function json(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

function parseCookies(header: string | undefined) {
  return Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((part) => part.trim().split("="))
      .filter(([key]) => key),
  ) as Record<string, string>;
}

function pickHeaders(headers: http.IncomingHttpHeaders, names: string[]) {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headers[name];
    if (typeof value === "string") picked[name] = value;
  }
  return picked;
}

async function readBody(request: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export { formatMoney };
