// The store's history import, where the merchant reads their figures (the
// Profit and home pages): its progress while it runs (the page reloads its
// data every 2 seconds meanwhile), what it brought, what Shopify would not
// share without read_all_orders, and the button that runs it again.
import { useFetcher } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, InlineStack, ProgressBar, Text } from "@shopify/polaris";
import type { StoreImportView } from "../services/store-import.server";
import { useRefreshWhile } from "./useRefreshWhile";

export function StoreHistoryCard({ history, timeZone }: { history: StoreImportView | null; timeZone: string }) {
  const fetcher = useFetcher();
  useRefreshWhile(history?.active ?? false);

  const day = (iso: string) => new Date(iso).toLocaleDateString("en-US", { timeZone, dateStyle: "long" });
  const starting = fetcher.state !== "idle";

  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Your store&apos;s history
        </Text>
        {history === null ? (
          <Text as="p">Concierge hasn&apos;t read the orders your store took before it was installed.</Text>
        ) : (
          <BlockStack gap="200">
            <div role="status">
              <Text as="p">{history.line}</Text>
            </div>
            {history.active ? <ProgressBar progress={history.progress ?? 0} size="small" /> : null}
            {history.status === "completed" && history.ordersSince ? (
              <Text as="p" tone="subdued">
                {history.allOrders
                  ? `Every order since your store's first, on ${day(history.ordersSince)}.`
                  : `Orders since ${day(history.ordersSince)}, the last 60 days.`}
              </Text>
            ) : null}
            {history.status === "completed" && !history.allOrders ? (
              <Banner tone="info">
                <p>
                  Older orders aren&apos;t included: Shopify shares a store&apos;s orders from before the last 60 days only with apps
                  granted access to all orders (read_all_orders). Once Concierge has it, import the history again.
                </p>
              </Banner>
            ) : null}
            {history.status === "failed" ? (
              <Banner tone="critical">
                <p>The import stopped: {history.error ?? "unknown error"}. What it read is kept; importing again picks everything up.</p>
              </Banner>
            ) : null}
          </BlockStack>
        )}
        {history?.active ? null : (
          <InlineStack>
            <fetcher.Form method="post" action="/app/store-import">
              <input type="hidden" name="intent" value="import-history" />
              <Button submit loading={starting}>
                {history === null ? "Import the store's history" : "Import the store's history again"}
              </Button>
            </fetcher.Form>
          </InlineStack>
        )}
      </BlockStack>
    </Card>
  );
}
