// What an admin page says when Shopify did not answer in time (the Admin API
// client's deadline) or the shop's allowance cannot afford the call now
// (decision 023): the page shows what Concierge keeps, or nothing more, and
// reloads its data without leaving it: by itself after Shopify's Retry-After
// (a busy allowance refills in seconds, so a merchant who waits sees the page
// fill in without a click), or at once with "Try again".
import { useRevalidator } from "@remix-run/react";
import { Banner } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** The 503 an admin loader or action answers then (app/http/shopify-unavailable.server.ts). */
export interface ShopifyUnavailableAnswer {
  shopifyUnavailable: true;
  retryAfterSeconds: number;
}

export function isShopifyUnavailable(data: unknown): data is ShopifyUnavailableAnswer {
  return typeof data === "object" && data !== null && (data as { shopifyUnavailable?: unknown }).shopifyUnavailable === true;
}

/** The longest wait between two tries the banner makes by itself (each waits longer than the one before, up to this). */
const LONGEST_WAIT_SECONDS = 60;
/** The wait before the first automatic try when Shopify named none (the home page's own deadline). */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

export function ShopifyUnavailableBanner({ retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS }: { retryAfterSeconds?: number }) {
  const { t } = useTranslation("common");
  const revalidator = useRevalidator();
  const [tries, setTries] = useState(0);
  useEffect(() => {
    const timer = setTimeout(
      () => {
        setTries((done) => done + 1);
        revalidator.revalidate();
      },
      Math.min(LONGEST_WAIT_SECONDS, Math.max(1, retryAfterSeconds) * (tries + 1)) * 1_000,
    );
    return () => clearTimeout(timer);
    // revalidator is a new object on every render; the timer is the try's, not the render's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tries, retryAfterSeconds]);
  return (
    <Banner
      title={t("shopifyUnavailable.title")}
      tone="warning"
      action={{
        content: t("shopifyUnavailable.retry"),
        onAction: () => revalidator.revalidate(),
        loading: revalidator.state === "loading",
      }}
    >
      <p>{t("shopifyUnavailable.body")}</p>
      <p>{t("shopifyUnavailable.automatic")}</p>
    </Banner>
  );
}
