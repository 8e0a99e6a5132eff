// Where the storefront's /track leads: the short link merchants print on
// packing slips. Concierge makes the redirect on install, unless the shop
// already had one of its own (another tracking app's, often), which it leaves.

export const TRACK_PATH = "/track";
/** The tracking page through Shopify's app proxy (shopify.app.toml: prefix apps, subpath concierge). */
export const TRACK_PROXY_PATH = "/apps/concierge/track";

export type TrackLink =
  /** /track leads to Concierge's tracking page. */
  | { kind: "ours" }
  /** /track leads elsewhere: the merchant's own redirect. */
  | { kind: "theirs"; target: string }
  /** Not checked yet (the install's setup has not run). */
  | { kind: "unchecked" };

/** What a /track redirect's target means, whether Shopify holds it as a path or as a URL on the shop. */
export function trackLinkOf(target: string | null): TrackLink {
  if (target === null) return { kind: "unchecked" };
  let path: string;
  try {
    path = new URL(target, "https://shop.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return { kind: "theirs", target };
  }
  return path === TRACK_PROXY_PATH ? { kind: "ours" } : { kind: "theirs", target };
}
