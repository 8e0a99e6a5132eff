// Public limits count per fixed window (app/data/rate-limits.server.ts): a
// test that spends a limit must do it inside one window, or its count starts
// again halfway and the refusal it expects never comes.
import type { RateLimit } from "../../app/data/rate-limits.server";

/** How long a test that spends a limit may take, at most, before the window it started in must still be open. */
const ROOM_MS = 60_000;

/** Waits for the next window when less than a minute is left of this one. */
export async function withinOneWindow(rule: Pick<RateLimit, "windowMs">) {
  const left = rule.windowMs - (Date.now() % rule.windowMs);
  if (left < ROOM_MS) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** The test timeout for a test that may wait for the next window first. */
export const WINDOW_WAIT_TIMEOUT_MS = ROOM_MS + 30_000;
