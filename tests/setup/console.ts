// A console.error during a test is a failure unless the test says it expects
// one: errors the code logs are errors a merchant would hit.
import { afterEach, beforeEach, vi } from "vitest";

let logged: unknown[][] = [];
let expected = false;

beforeEach(() => {
  logged = [];
  expected = false;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
});

afterEach(() => {
  const errors = logged;
  const wasExpected = expected;
  vi.restoreAllMocks();
  if (errors.length > 0 && !wasExpected) {
    throw new Error(`console.error was called during the test:\n${errors.map((args) => args.map(String).join(" ")).join("\n")}`);
  }
});

/** The test expects the code under test to log errors; returns what was logged so far. */
export function expectConsoleErrors(): unknown[][] {
  expected = true;
  return logged;
}
