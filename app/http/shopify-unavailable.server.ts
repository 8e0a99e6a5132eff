// An admin page whose Admin API call Shopify did not answer in time (the
// interactive client's deadline) or that the shop's allowance cannot afford
// now (decision 023) answers 503 with Retry-After and a marker the admin
// shell's error boundary reads to show "try again" inside the app, instead of
// Remix's error page. Services keep throwing their typed AdminApiError; this
// is where it becomes HTTP.
import { AdminApiError } from "../admin-api.server";
import type { ShopifyUnavailableAnswer } from "../components/ShopifyUnavailableBanner";

/** The 503 for an Admin API call that timed out or was throttled; null for anything else. */
export function shopifyUnavailableResponse(error: unknown): Response | null {
  if (!(error instanceof AdminApiError) || (error.kind !== "timeout" && error.kind !== "throttled")) return null;
  const retryAfterSeconds = Math.max(1, Math.ceil((error.details.retryAfterMs ?? 5_000) / 1_000));
  const answer: ShopifyUnavailableAnswer = { shopifyUnavailable: true, retryAfterSeconds };
  return Response.json(answer, { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/** Wraps an admin loader or action so that Shopify not answering in time is a 503 "try again", not a 500. */
export function answeringShopifyUnavailable<Args, Result>(handle: (args: Args) => Promise<Result>): (args: Args) => Promise<Result> {
  return async (args) => {
    try {
      return await handle(args);
    } catch (error) {
      throw shopifyUnavailableResponse(error) ?? error;
    }
  };
}
