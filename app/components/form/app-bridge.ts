// App Bridge when it is loaded: Shopify admin always loads it, but a page
// opened outside the admin (or before its script arrives) has no `shopify`
// global, and App Bridge React's own hook throws then. Known once mounted,
// so the server's render and the browser's first render agree.
import { useEffect, useState } from "react";

type ShopifyGlobal = NonNullable<typeof window.shopify>;

/** `shopify` once the page is mounted and App Bridge is loaded; null before, or without it. */
export function useLoadedAppBridge(): ShopifyGlobal | null {
  const [shopify, setShopify] = useState<ShopifyGlobal | null>(null);
  useEffect(() => {
    if (typeof window.shopify !== "undefined" && customElements.get("ui-save-bar")) setShopify(window.shopify);
  }, []);
  return shopify;
}

/** App Bridge's toast, or without App Bridge the page's own (below). */
export function showToast(message: string, options: { isError?: boolean } = {}) {
  if (typeof window.shopify !== "undefined") window.shopify.toast.show(message, options);
  else showFallbackToast(message);
}

/**
 * A toast without App Bridge: a polite live region at the bottom of the
 * window that goes away after five seconds (App Bridge's own lasts as long).
 */
function showFallbackToast(message: string) {
  let region = document.getElementById("concierge-toast");
  if (!region) {
    region = document.createElement("div");
    region.id = "concierge-toast";
    region.setAttribute("role", "status");
    region.className = "concierge-toast";
    region.style.cssText =
      "position:fixed;inset-block-end:1.5rem;inset-inline-start:50%;transform:translateX(-50%);z-index:600;padding:0.75rem 1rem;border-radius:0.75rem;background:#303030;color:#fff;font:inherit;max-width:calc(100vw - 2rem)";
    document.body.appendChild(region);
  }
  region.textContent = message;
  region.hidden = false;
  window.clearTimeout(Number(region.dataset.timer));
  region.dataset.timer = String(window.setTimeout(() => region.setAttribute("hidden", ""), 5000));
}
