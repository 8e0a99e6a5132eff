// Reads a theme app extension the way Shopify does: its blocks (Liquid with a
// {% schema %}), its assets and its locales (storefront strings and the
// editor's *.schema.json), so the local storefront renders the extension's
// own files rather than a copy of them.
import fs from "node:fs";
import path from "node:path";

export interface BlockSetting {
  type: string;
  id?: string;
  default?: unknown;
}

export interface ExtensionBlock {
  /** File name without .liquid: the block's handle. */
  handle: string;
  source: string;
  schema: {
    name: string;
    target: "section" | "body" | "head" | "compliance_head";
    settings?: BlockSetting[];
    javascript?: string;
    stylesheet?: string;
  };
}

export interface ThemeAppExtension {
  root: string;
  blocks: Map<string, ExtensionBlock>;
  /** Storefront strings per locale ("en", "ar", "fr"); the default locale under its own code. */
  locales: Map<string, Record<string, unknown>>;
  defaultLocale: string;
}

const SCHEMA = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/;

export function loadThemeAppExtension(root: string): ThemeAppExtension {
  const blocks = new Map<string, ExtensionBlock>();
  const blockDirectory = path.join(root, "blocks");
  for (const file of fs.existsSync(blockDirectory) ? fs.readdirSync(blockDirectory) : []) {
    if (!file.endsWith(".liquid")) continue;
    const source = fs.readFileSync(path.join(blockDirectory, file), "utf8");
    const schemaText = SCHEMA.exec(source)?.[1];
    if (!schemaText) throw new Error(`${file} has no {% schema %}`);
    blocks.set(file.replace(/\.liquid$/, ""), {
      handle: file.replace(/\.liquid$/, ""),
      source,
      schema: JSON.parse(schemaText),
    });
  }
  const locales = new Map<string, Record<string, unknown>>();
  let defaultLocale = "en";
  const localeDirectory = path.join(root, "locales");
  for (const file of fs.existsSync(localeDirectory) ? fs.readdirSync(localeDirectory) : []) {
    const [, locale, isDefault] = /^([a-z]{2}(?:-[A-Z]{2})?)(\.default)?\.json$/.exec(file) ?? [];
    if (!locale) continue;
    locales.set(locale, JSON.parse(fs.readFileSync(path.join(localeDirectory, file), "utf8")));
    if (isDefault) defaultLocale = locale;
  }
  return { root, blocks, locales, defaultLocale };
}

/** A block's settings as the theme editor saves them: defaults, then the merchant's values. */
export function blockSettings(block: ExtensionBlock, overrides: Record<string, unknown> = {}) {
  const settings: Record<string, unknown> = {};
  for (const setting of block.schema.settings ?? []) {
    if (setting.id) settings[setting.id] = setting.default ?? null;
  }
  return { ...settings, ...overrides };
}

/** "fr-CA" → "fr": the language a regional locale falls back to. */
export const languageOf = (locale: string) => locale.replace(/-.*$/, "");

/** Looks a dotted key up in the shopper's locale, then the default locale; Shopify shows the key when missing. */
export function translate(extension: ThemeAppExtension, locale: string, key: string, params: Record<string, unknown> = {}) {
  const lookup = (strings: Record<string, unknown> | undefined) =>
    key
      .split(".")
      .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), strings);
  const found =
    lookup(extension.locales.get(locale)) ??
    lookup(extension.locales.get(languageOf(locale))) ??
    lookup(extension.locales.get(extension.defaultLocale));
  if (typeof found !== "string") return `translation missing: ${locale}.${key}`;
  return found.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(params[name] ?? ""));
}
