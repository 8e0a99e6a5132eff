// Every code of an agent: what each delight code cost the budget when it was
// issued, and whether each code works in Shopify now.
import { Badge, BlockStack, Box, Card, DataTable, Link, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

export interface LedgerCode {
  code: string;
  kind: string;
  value: string;
  cost: string;
  customerId: string | null;
  issuedAt: string;
  expiresAt: string | null;
  status: string;
  shopifyStatus: string | null;
  timesUsed: number | null;
}

function ShopifyStatus({ code }: { code: LedgerCode }) {
  const { t } = useTranslation("agents");
  if (code.shopifyStatus === "ACTIVE") return <Badge tone="success">{t("ledger.works")}</Badge>;
  if (code.kind === "delight" && code.timesUsed !== null && code.timesUsed > 0) return <Badge tone="info">{t("ledger.used")}</Badge>;
  if (code.status === "deactivated") return <Badge>{t("ledger.deactivated")}</Badge>;
  return <Badge tone="attention">{code.shopifyStatus === "SCHEDULED" ? t("ledger.scheduled") : t("ledger.expired")}</Badge>;
}

export function AgentCodesLedger({ codes, timeZone }: { codes: LedgerCode[]; timeZone: string }) {
  const { t } = useTranslation("agents");
  const format = useFormat();
  const day = (iso: string) => format.instant(iso, timeZone);
  return (
    <Card padding="0">
      <BlockStack gap="200">
        <Box padding="400">
          <Text as="h2" variant="headingMd">
            {t("ledger.title")}
          </Text>
          <Text as="p" tone="subdued">
            {t("ledger.detail")}
          </Text>
        </Box>
        <DataTable
          columnContentTypes={["text", "text", "text", "numeric", "text", "text", "text", "text"]}
          headings={[
            t("ledger.code"),
            t("ledger.kind"),
            t("ledger.value"),
            t("ledger.cost"),
            t("ledger.customer"),
            t("ledger.issued"),
            t("ledger.expires"),
            t("ledger.inShopify"),
          ]}
          rows={codes.map((code) => [
            code.code,
            t(`ledger.kinds.${code.kind}`, { defaultValue: code.kind }),
            code.value,
            code.kind === "delight" ? code.cost : "—",
            code.customerId ? (
              <Link key="customer" url={`shopify:admin/customers/${code.customerId}`} target="_top">
                {t("ledger.customerId", { id: code.customerId })}
              </Link>
            ) : (
              t("ledger.anyone")
            ),
            day(code.issuedAt),
            code.expiresAt ? day(code.expiresAt) : "—",
            <ShopifyStatus key="status" code={code} />,
          ])}
        />
      </BlockStack>
    </Card>
  );
}
