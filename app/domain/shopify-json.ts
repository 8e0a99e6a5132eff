// JSON from Shopify, read without losing digits. Shopify's ids are 64-bit
// integers (its own sample payloads hold ids such as 820982911946154508);
// JSON.parse would round them to the nearest double. An integer beyond
// Number.MAX_SAFE_INTEGER is kept as its exact decimal text instead, which is
// how Concierge stores every Shopify id anyway. (JSON.parse's source text
// access, standard since Node 21, gives the digits as they were sent.)
import type { Prisma } from "@prisma/client";
import { mayHoldUnstorableText, storableValue } from "./storable-text";

type Reviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

const keepExactIntegers: Reviver = (_key, value, context) => {
  if (typeof value === "number" && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source)) {
    return context.source;
  }
  return value;
};

/** Sixteen digits or more: a number that may not fit a double exactly. */
const LONG_NUMBER = /\d{16}/;

export type ShopifyJson =
  | {
      ok: true;
      value: Prisma.InputJsonValue;
      /** JSON text of `value` to store: the body itself unless a long integer had to be kept as text. */
      text: string;
    }
  | { ok: false };

export function parseShopifyJson(text: string): ShopifyJson {
  try {
    // The reviver costs a call per value: only bodies that hold a long number need it.
    const long = LONG_NUMBER.test(text);
    const parsed = (long ? JSON.parse(text, keepExactIntegers as (key: string, value: unknown) => unknown) : JSON.parse(text)) as unknown;
    if (parsed === null || typeof parsed !== "object") return { ok: false };
    // A U+0000 or a lone surrogate would fail the statement that stores the event (storable-text.ts).
    const unstorable = mayHoldUnstorableText(text);
    const value = unstorable ? storableValue(parsed) : parsed;
    // The body is valid JSON for the very value it parsed to: stored as it came, not written out again.
    return { ok: true, value: value as Prisma.InputJsonValue, text: long || unstorable ? JSON.stringify(value) : text };
  } catch {
    return { ok: false };
  }
}
