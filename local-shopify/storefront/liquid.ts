// A Liquid engine with the parts of Shopify's Liquid the extension and the
// demo theme use: the schema/javascript/stylesheet tags (not rendered), the
// t, asset_url, money and script/stylesheet tag filters, and {% layout none %}
// for app proxy responses.
import { Liquid, Tag, type Context, type Emitter, type TagToken, type TopLevelToken, type Template } from "liquidjs";
import { translate, type ThemeAppExtension } from "./theme-app-extension";

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", AED: "AED ", SAR: "SAR ", JPY: "¥" };

/** Cents to "$12.00", as Shopify's `money` filter does with the default format. */
export function formatMoney(cents: number, currencyCode: string) {
  const whole = Math.trunc(cents / 100);
  const fraction = String(Math.abs(cents % 100)).padStart(2, "0");
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}${CURRENCY_SYMBOLS[currencyCode] ?? `${currencyCode} `}${grouped}.${fraction}`;
}

/** A block tag whose body Shopify reads but never renders ({% schema %} etc.). */
function silentBlockTag(name: string) {
  return class extends Tag {
    constructor(token: TagToken, remaining: TopLevelToken[], liquid: Liquid) {
      super(token, remaining, liquid);
      for (let next = remaining.shift(); next; next = remaining.shift()) {
        if (next.kind === 4 /* TokenKind.Tag */ && (next as TagToken).name === `end${name}`) return;
      }
      throw new Error(`tag ${name} not closed`);
    }
    *render(_context: Context, _emitter: Emitter): Generator<unknown, void, unknown> {}
  };
}

export interface StorefrontLiquidOptions {
  extension: ThemeAppExtension;
  /** URL path under which the extension's assets are served. */
  assetBase: string;
}

export function createStorefrontLiquid({ extension, assetBase }: StorefrontLiquidOptions) {
  const liquid = new Liquid({ strictFilters: true, jsTruthy: false, ownPropertyOnly: true });
  for (const name of ["schema", "javascript", "stylesheet"]) liquid.registerTag(name, silentBlockTag(name));
  liquid.registerTag(
    "layout",
    class extends Tag {
      *render(): Generator<unknown, void, unknown> {}
    },
  );
  liquid.registerFilter("t", function (this: { context: Context }, key: string, ...args: unknown[]) {
    const locale = String(this.context.getSync(["request", "locale", "iso_code"]) ?? extension.defaultLocale);
    const params: Record<string, unknown> = {};
    for (const arg of args) if (Array.isArray(arg)) params[String(arg[0])] = arg[1];
    return translate(extension, locale, key, params);
  });
  liquid.registerFilter("asset_url", (name: string) => `${assetBase}/${encodeURIComponent(name)}`);
  liquid.registerFilter("money", function (this: { context: Context }, cents: number) {
    const currency = String(this.context.getSync(["shop", "currency"]) ?? "USD");
    return formatMoney(Number(cents), currency);
  });
  liquid.registerFilter("script_tag", (url: string) => `<script src="${url}" type="text/javascript"></script>`);
  liquid.registerFilter("stylesheet_tag", (url: string) => `<link href="${url}" rel="stylesheet" type="text/css" media="all" />`);
  return liquid;
}

/** `{% layout none %}` at the top of an app proxy response: render without the theme. */
export function wantsNoLayout(source: string) {
  return /^\s*{%-?\s*layout\s+(none|'none'|"none")\s*-?%}/.test(source);
}

export type { Template };
