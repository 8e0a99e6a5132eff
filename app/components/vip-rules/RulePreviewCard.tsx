// What a rule would do before it is saved: how many of the store's customers
// match, how many would hold this tier (a higher rule may win), and a sample
// of them, each linked to their tier page.
import { Link as RemixLink } from "@remix-run/react";
import { Badge, BlockStack, InlineStack, List, Text } from "@shopify/polaris";
import type { RulePreview } from "../../services/vip-rules.server";
import { TitledCard } from "../TitledCard";
import { useTranslation } from "react-i18next";
import { useFormat, usePhraseText } from "../../i18n/format";

export function RulePreviewCard({ preview }: { preview: RulePreview }) {
  const { t } = useTranslation("vip");
  const format = useFormat();
  const reasonText = usePhraseText();
  const partial = preview.checked < preview.total;
  const share = preview.checked === 0 ? 0 : (preview.matching / preview.checked) * 100;
  return (
    <TitledCard title={t("preview.title")}>
      <Text as="p" variant="headingLg">
        {partial
          ? t("preview.matchFirst", {
              matching: format.count(preview.matching),
              checked: t("preview.customers", { count: preview.checked }),
              share: new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 1 }).format(share / 100),
            })
          : t("preview.match", { matching: format.count(preview.matching), checked: t("preview.customers", { count: preview.checked }) })}
      </Text>
      <Text as="p" tone="subdued">
        {preview.holding === preview.matching ? t("preview.allHold") : t("preview.someHold", { holding: format.count(preview.holding) })}
        {partial ? ` ${t("preview.storeTotal", { total: t("preview.customers", { count: preview.total }) })}` : ""}
      </Text>
      {preview.sample.length > 0 ? (
        <List type="bullet">
          {preview.sample.map((customer) => (
            <List.Item key={customer.id}>
              <BlockStack gap="100">
                <InlineStack gap="200" blockAlign="center">
                  <RemixLink to={`/app/vip-rules/customers/${customer.id}`}>
                    {customer.name || t("customer.fallbackName", { id: customer.id })}
                  </RemixLink>
                  <Text as="span" tone="subdued">
                    {customer.amountSpent} · {t("customer.orders", { count: customer.ordersCount })}
                  </Text>
                  {customer.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                  {customer.wouldHold ? <Badge tone="success">{t("preview.wouldHold", { tier: customer.wouldHold })}</Badge> : null}
                </InlineStack>
                <Text as="span" tone="subdued">
                  {customer.reason[0] ? reasonText(customer.reason[0]) : null}
                </Text>
              </BlockStack>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text as="p">{t("preview.none")}</Text>
      )}
    </TitledCard>
  );
}
