// English written into a schema's or a service's message reaches an Arabic or
// French page as English (issue 17; decision 036): such texts are phrases
// (formMessage, phrase) of the translation files. This check reads the domain's
// and the services' code for a sentence where a form's or a refusal's message
// goes: zod's { error: "…" }, .min(n, "…"), .regex(…, "…"), z.email("…"),
// message: "…", form: "…", a field error (fieldErrors.to = "…"). What is still written in English is
// listed below, each with why; a file that is clean leaves the list.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const APP_DIR = join(import.meta.dirname, "..");
const MESSAGE_IN_ENGLISH =
  /(?:error: |message: |(?:fieldErrors|errors|conflicts)(?:\.\w+|\["[\w.]+"\]) = |\.(?:min|max|regex|refine)\([^"`\n]*, |z\.email\(|(?:form|fieldErrors: \{ ?[\w".]+): )["`][A-Z][a-z]*[ ,']/;

/** Files whose messages are still English, and why. */
const STILL_ENGLISH: Record<string, string> = {
  // Answers to machines, read by whoever wires them (a helpdesk's webhook, the storefront's beacon, Shopify's payloads).
  "domain/chat/events.ts": "the chat beacon's answer to the storefront script",
  "domain/helpdesk/card.ts": "the customer card's answer to a helpdesk",
  "domain/helpdesk/touches.ts": "the touches endpoint's answer to a helpdesk",
  "domain/webhook-payloads.ts": "a webhook payload Shopify sent that doesn't parse",
  "services/agent-codes.server.ts": "Shopify's refusal, shown inside a translated sentence",
  // The shopper's tracking page speaks through app/locales/tracking (its own texts).
  "domain/tracking/lookup.ts": "the tracking page's lookup, answered in the shopper's language by its own texts",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.ts$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const withEnglish = new Map<string, string[]>();
for (const path of [...sources(join(APP_DIR, "domain")), ...sources(join(APP_DIR, "services"))]) {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && MESSAGE_IN_ENGLISH.test(line));
  if (lines.length > 0)
    withEnglish.set(
      relative(APP_DIR, path),
      lines.map((line) => line.trim()),
    );
}

describe("messages written in code", () => {
  it("are phrases of the translations, outside the files still listed", () => {
    expect([...withEnglish].filter(([file]) => !(file in STILL_ENGLISH))).toEqual([]);
  });

  it("leave the list once a file has none", () => {
    expect(Object.keys(STILL_ENGLISH).filter((file) => !withEnglish.has(file))).toEqual([]);
  });
});
