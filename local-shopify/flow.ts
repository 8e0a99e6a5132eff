/**
 * Shopify Flow triggers, as the app's trigger extensions declare them
 * (extensions/<name>/shopify.extension.toml, `type = "flow_trigger"`), and
 * `flowTriggerReceive`'s checks of a payload against its trigger: the handle
 * must be one of the app's triggers, a reference field needs its id
 * (`order_reference` → `order_id`, `customer_reference` → `customer_id`, …),
 * every custom field its key with a value of its type, no other key, and the
 * payload at most 50 KB. What Flow does with an accepted run is not emulated:
 * runs are recorded on the shop (`flowTriggerRuns`) for tests and the demo.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface FlowTriggerField {
  type: string;
  key: string | null;
}

export interface FlowTriggerDefinition {
  handle: string;
  name: string;
  fields: FlowTriggerField[];
}

export interface FlowTriggerRun {
  handle: string;
  apiKey: string;
  payload: Record<string, unknown>;
  receivedAt: string;
}

/** The largest payload Flow accepts. */
export const FLOW_PAYLOAD_MAX_BYTES = 50_000;

const REFERENCE_KEYS: Record<string, string> = {
  customer_reference: "customer_id",
  order_reference: "order_id",
  product_reference: "product_id",
  marketing_activity_reference: "marketing_activity_id",
};

const unquote = (value: string) => {
  const trimmed = value.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? (JSON.parse(trimmed) as string) : trimmed;
};

/** The flow_trigger extensions of one shopify.extension.toml (the subset of TOML these files use). */
export function readFlowTrigger(tomlText: string): FlowTriggerDefinition | null {
  let section: "extension" | "field" | "other" = "other";
  const extension: Record<string, string> = {};
  const fields: FlowTriggerField[] = [];
  for (const raw of tomlText.split(/\r?\n/)) {
    const line = raw.replace(/^\s*#.*$/, "").trim();
    if (!line) continue;
    if (line === "[[extensions]]") section = "extension";
    else if (line === "[[settings.fields]]") {
      section = "field";
      fields.push({ type: "", key: null });
    } else if (line.startsWith("[")) section = "other";
    else {
      const match = /^([A-Za-z_]+)\s*=\s*(.+)$/.exec(line);
      if (!match) continue;
      const [, key, value] = match as unknown as [string, string, string];
      if (section === "extension") extension[key] = unquote(value);
      if (section === "field") {
        const field = fields.at(-1)!;
        if (key === "type") field.type = unquote(value);
        if (key === "key") field.key = unquote(value);
      }
    }
  }
  if (extension.type !== "flow_trigger" || !extension.handle) return null;
  return { handle: extension.handle, name: extension.name ?? extension.handle, fields };
}

/** Every flow_trigger extension of the app (by default, this project's extensions/ folder). */
export function readFlowTriggers(
  extensionsDirectory = resolve(dirname(fileURLToPath(import.meta.url)), "..", "extensions"),
): FlowTriggerDefinition[] {
  if (!existsSync(extensionsDirectory)) return [];
  return readdirSync(extensionsDirectory).flatMap((name) => {
    const file = join(extensionsDirectory, name, "shopify.extension.toml");
    if (!existsSync(file)) return [];
    const trigger = readFlowTrigger(readFileSync(file, "utf8"));
    return trigger ? [trigger] : [];
  });
}

const isUrl = (value: unknown) => {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

const VALUE_CHECKS: Record<string, (value: unknown) => boolean> = {
  single_line_text_field: (value) => typeof value === "string" && !value.includes("\n"),
  multi_line_text_field: (value) => typeof value === "string",
  url: isUrl,
  email: (value) => typeof value === "string" && /^[^\s@]+@[^\s@]+$/.test(value),
  boolean: (value) => typeof value === "boolean",
  number_integer: (value) => Number.isInteger(value),
  number_decimal: (value) => typeof value === "number" && Number.isFinite(value),
};

/** The problems with a payload for `trigger`, in Flow's words as far as they are documented; empty when it is accepted. */
export function flowPayloadProblems(trigger: FlowTriggerDefinition, payload: unknown): string[] {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return ["The payload must be a JSON object"];
  const object = payload as Record<string, unknown>;
  const problems: string[] = [];
  if (Buffer.byteLength(JSON.stringify(object), "utf8") > FLOW_PAYLOAD_MAX_BYTES)
    problems.push(`The payload is larger than ${FLOW_PAYLOAD_MAX_BYTES} bytes`);
  const expected = new Set<string>();
  for (const field of trigger.fields) {
    const referenceKey = REFERENCE_KEYS[field.type];
    if (referenceKey) {
      expected.add(referenceKey);
      const value = object[referenceKey];
      if (!Number.isSafeInteger(value) || (value as number) <= 0)
        problems.push(`${referenceKey} must be the numeric id of the ${field.type.replace("_reference", "")}`);
      continue;
    }
    if (!field.key) {
      problems.push(`The trigger's ${field.type} field has no key`);
      continue;
    }
    expected.add(field.key);
    const check = VALUE_CHECKS[field.type];
    if (!(field.key in object)) problems.push(`${field.key} is missing`);
    else if (check && !check(object[field.key])) problems.push(`${field.key} is not a valid ${field.type}`);
  }
  for (const key of Object.keys(object)) if (!expected.has(key)) problems.push(`${key} is not a field of the trigger ${trigger.handle}`);
  return problems;
}
