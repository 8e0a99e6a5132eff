// What an admin page says when Shopify did not answer in time (the Admin API
// client's deadline) or the shop's allowance cannot afford the call now
// (decision 023): the page shows what Concierge keeps, or nothing more, and
// "Try again" reloads its data without leaving it.
import { useRevalidator } from "@remix-run/react";
import { Banner } from "@shopify/polaris";
import { useTranslation } from "react-i18next";

/** The 503 an admin loader or action answers then (app/http/shopify-unavailable.server.ts). */
export interface ShopifyUnavailableAnswer {
  shopifyUnavailable: true;
  retryAfterSeconds: number;
}

export function isShopifyUnavailable(data: unknown): data is ShopifyUnavailableAnswer {
  return typeof data === "object" && data !== null && (data as { shopifyUnavailable?: unknown }).shopifyUnavailable === true;
}

export function ShopifyUnavailableBanner() {
  const { t } = useTranslation("common");
  const revalidator = useRevalidator();
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
    </Banner>
  );
}
