// Text from outside made storable in PostgreSQL. Its text type cannot hold
// U+0000 (a statement with one fails: "invalid byte sequence for encoding
// UTF8: 0x00"), and jsonb refuses the escapes \u0000 and a lone surrogate's
// (\ud800 with no low half). Nobody means either: no one types a NUL into a
// form or an order note, and a lone surrogate is half a character. Sent once,
// though, either failed the statement it reached: a form answered 500, and a
// webhook failed the whole batch it was written in, other shops' events with
// it, on every retry until Shopify gave the event up. So every door text comes
// in by (forms, JSON bodies, Shopify's answers and webhooks) drops U+0000 and
// replaces a lone surrogate with U+FFFD, as UTF-8 encoding would. Decision 052.

/** The text without U+0000, each lone surrogate replaced by U+FFFD. */
export function storableText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.includes("\0") ? wellFormed.replaceAll("\0", "") : wellFormed;
}

/** A parsed JSON value with storableText applied to every string and every key. */
export function storableValue(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storableValue);
  if (value === null || typeof value !== "object") return value;
  const storable: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) storable[storableText(key)] = storableValue(child);
  return storable;
}

const UNSTORABLE_ESCAPE = /\\u(?:0000|[dD][89a-fA-F])/;

/**
 * Whether JSON text may hold a string PostgreSQL refuses. Only an escape can
 * put one there: a raw U+0000 is not valid JSON, and UTF-8 text cannot carry a
 * lone surrogate. A valid pair or an escaped backslash before "u0000" also
 * matches; reading those through storableValue changes nothing.
 */
export function mayHoldUnstorableText(json: string): boolean {
  return UNSTORABLE_ESCAPE.test(json);
}

/** JSON.parse, with the value made storable when the text may need it (mayHoldUnstorableText). */
export function parseStorableJson(json: string): unknown {
  const value: unknown = JSON.parse(json);
  return mayHoldUnstorableText(json) ? storableValue(value) : value;
}
