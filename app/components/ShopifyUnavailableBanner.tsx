// What an admin page says when Shopify did not answer its loader in time
// (the Admin API client's deadline, decision 023): the page still shows what
// Concierge keeps, and "Try again" reloads its data without leaving it.
import { useRevalidator } from "@remix-run/react";
import { Banner } from "@shopify/polaris";

export const SHOPIFY_UNAVAILABLE_TITLE = "Shopify did not answer in time — try again";

export function ShopifyUnavailableBanner() {
  const revalidator = useRevalidator();
  return (
    <Banner
      title={SHOPIFY_UNAVAILABLE_TITLE}
      tone="warning"
      action={{ content: "Try again", onAction: () => revalidator.revalidate(), loading: revalidator.state === "loading" }}
    >
      <p>Below is what Concierge has stored. What only Shopify knows appears once it answers.</p>
    </Banner>
  );
}
