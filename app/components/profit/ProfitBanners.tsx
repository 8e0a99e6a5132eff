// What the figures leave out until the merchant says more: their gross
// margin, the team's costs, and sums in another currency.
import { Banner, Layout } from "@shopify/polaris";
import type { Dashboard } from "./dashboard";

export function ProfitBanners({ data }: { data: Dashboard }) {
  const noTeamCosts = data.teamCosts.every((month) => month.source === "none");
  return (
    <>
      {!data.settings.marginEntered ? (
        <Layout.Section>
          <Banner title="Enter your gross margin" tone="warning">
            <p>
              Goods are costed at a placeholder {data.settings.placeholderMarginPercent}% margin until you enter yours under Settings below.
            </p>
          </Banner>
        </Layout.Section>
      ) : null}
      {noTeamCosts ? (
        <Layout.Section>
          <Banner title="Enter the team's costs" tone="info">
            <p>No salaries or tools are entered for this period yet, so support&apos;s costs leave out the team itself.</p>
          </Banner>
        </Layout.Section>
      ) : null}
      {data.warnings.otherCurrencyOrders > 0 || data.warnings.otherCurrencyRows > 0 ? (
        <Layout.Section>
          <Banner tone="warning" title={`Some figures are in another currency than ${data.currencyCode}`}>
            <p>
              {data.warnings.otherCurrencyOrders} credited order(s) and {data.warnings.otherCurrencyRows} other record(s) in another
              currency are not counted: Concierge never converts currencies.
            </p>
          </Banner>
        </Layout.Section>
      ) : null}
    </>
  );
}
