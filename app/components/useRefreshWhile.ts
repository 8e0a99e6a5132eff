// Reloads the page's data every few seconds while work it shows runs in the
// background (a VIP re-evaluation, the store's history import), and only
// while the page is visible.
import { useRevalidator } from "@remix-run/react";
import { useEffect } from "react";

export function useRefreshWhile(active: boolean, everyMs = 2_000) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle" && document.visibilityState === "visible") revalidator.revalidate();
    }, everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, revalidator]);
}
