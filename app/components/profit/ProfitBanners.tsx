// What the figures leave out until the merchant says more: their gross
// margin, the team's costs, and sums in another currency.
import { Banner, Layout } from "@shopify/polaris";
import type { Dashboard } from "./dashboard";
import { useTranslation } from "react-i18next";

export function ProfitBanners({ data }: { data: Dashboard }) {
  const { t } = useTranslation("profit");
  const noTeamCosts = data.teamCosts.every((month) => month.source === "none");
  return (
    <>
      {!data.settings.marginEntered ? (
        <Layout.Section>
          <Banner title={t("banners.margin.title")} tone="warning">
            <p>{t("banners.margin.body", { percent: data.settings.placeholderMarginPercent })}</p>
          </Banner>
        </Layout.Section>
      ) : null}
      {noTeamCosts ? (
        <Layout.Section>
          <Banner title={t("banners.teamCosts.title")} tone="info">
            <p>{t("banners.teamCosts.body")}</p>
          </Banner>
        </Layout.Section>
      ) : null}
      {data.warnings.otherCurrencyOrders > 0 || data.warnings.otherCurrencyRows > 0 ? (
        <Layout.Section>
          <Banner tone="warning" title={t("banners.currency.title", { currency: data.currencyCode })}>
            <p>
              {t("banners.currency.body", {
                orders: t("banners.currency.orders", { count: data.warnings.otherCurrencyOrders }),
                records: t("banners.currency.records", { count: data.warnings.otherCurrencyRows }),
              })}
            </p>
          </Banner>
        </Layout.Section>
      ) : null}
    </>
  );
}
