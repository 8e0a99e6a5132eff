// What a test file starts once for all its tests and closes after them (the
// local Shopify, a local SMTP server, a browser).
import { afterAll, beforeAll } from "vitest";

/** For a test file: `start()` once before its tests, and what it started closed after them; returns its getter. */
export function startedForFile<T extends { close(): Promise<void> }>(start: () => Promise<T>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.close();
  });
  return () => started!;
}
