// Reading Json columns back. What Concierge writes to a Json column was
// validated by its domain schema before it was saved, so reading it back is a
// typed view, not a parse; lists of strings are checked because a wrong
// element would only show up far from here.
import type { Prisma } from "@prisma/client";
import { isPhrase } from "../domain/phrase";
import type { ReasonLine } from "../domain/vip/evaluate";

/** A Json column holding a document Concierge wrote with the shape T. */
export function storedDocument<T>(value: Prisma.JsonValue): T {
  return value as unknown as T;
}

/** A Json column holding reason lines: phrases ({ key, values }), or the sentences older rows hold. */
export function storedReason(value: Prisma.JsonValue): ReasonLine[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).filter((item): item is ReasonLine => typeof item === "string" || isPhrase(item));
}

/** A document to write to a Json column (domain objects are plain JSON values). */
export function toJson<T extends object>(value: T): Prisma.InputJsonValue {
  return value as unknown as Prisma.InputJsonValue;
}
