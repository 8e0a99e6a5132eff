// The store's history import, where the merchant reads their figures (the
// Profit and home pages): its progress while it runs (the page reloads its
// data every 2 seconds meanwhile), what it brought, what Shopify would not
// share without read_all_orders, and the button that runs it again.
import { useFetcher } from "@remix-run/react";
import { Banner, BlockStack, Button, InlineStack, ProgressBar, Text } from "@shopify/polaris";
import type { StoreImportView } from "../services/store-import.server";
import { Detail } from "./CardTitle";
import { TitledCard } from "./TitledCard";
import { useRefreshWhile } from "./useRefreshWhile";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";

export function StoreHistoryCard({ history, timeZone }: { history: StoreImportView | null; timeZone: string }) {
  const fetcher = useFetcher();
  useRefreshWhile(history?.active ?? false);

  const { t } = useTranslation("home");
  const format = useFormat();
  const day = (iso: string) => format.instant(iso, timeZone, "longDate");
  const starting = fetcher.state !== "idle";

  return (
    <TitledCard title={t("history.title")}>
      {history === null ? (
        <Text as="p">{t("history.notRead")}</Text>
      ) : (
        <BlockStack gap="200">
          <div role="status">
            <Text as="p">{history.line}</Text>
          </div>
          {history.active ? <ProgressBar progress={history.progress ?? 0} size="small" /> : null}
          {history.status === "completed" && history.ordersSince ? (
            <Detail>
              {history.allOrders
                ? t("history.allOrders", { date: day(history.ordersSince) })
                : t("history.last60", { date: day(history.ordersSince) })}
            </Detail>
          ) : null}
          {history.status === "completed" && !history.allOrders ? (
            <Banner tone="info">
              <p>{t("history.olderOrders")}</p>
            </Banner>
          ) : null}
          {history.status === "failed" ? (
            <Banner tone="critical">
              <p>{t("history.failed", { error: history.error ?? t("vip:backfill.unknownError") })}</p>
            </Banner>
          ) : null}
        </BlockStack>
      )}
      {history?.active ? null : (
        <InlineStack>
          <fetcher.Form method="post" action="/app/store-import">
            <input type="hidden" name="intent" value="import-history" />
            <Button submit loading={starting}>
              {history === null ? t("history.import") : t("history.importAgain")}
            </Button>
          </fetcher.Form>
        </InlineStack>
      )}
    </TitledCard>
  );
}
