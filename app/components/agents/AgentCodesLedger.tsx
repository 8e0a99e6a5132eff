// Every code of an agent: what each delight code cost the budget when it was
// issued, and whether each code works in Shopify now.
import { Badge, Link } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { useFormat, usePhraseText } from "../../i18n/format";
import type { PageInfo } from "../../domain/paging";
import type { Phrase } from "../../domain/phrase";
import { ResourceTableCard } from "../ResourceTableCard";

export interface LedgerCode {
  code: string;
  kind: string;
  /** What the code takes off, in the staff member's language. */
  value: Phrase;
  cost: string;
  customerId: string | null;
  /** The customer's name as Concierge knows it; null for one it never met (shown by id). */
  customerName: string | null;
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

export function AgentCodesLedger({ codes, page, timeZone }: { codes: LedgerCode[]; page: PageInfo; timeZone: string }) {
  const { t } = useTranslation("agents");
  const format = useFormat();
  const phraseText = usePhraseText();
  const day = (iso: string) => format.instant(iso, timeZone);
  return (
    <ResourceTableCard
      title={t("ledger.title")}
      detail={t("ledger.detail")}
      empty={t("ledger.none")}
      page={{ info: page, param: "codesPage" }}
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
        phraseText(code.value),
        code.kind === "delight" ? code.cost : "—",
        code.customerId ? (
          <Link key="customer" url={`shopify:admin/customers/${code.customerId}`} target="_top">
            {code.customerName ?? t("ledger.customerId", { id: code.customerId })}
          </Link>
        ) : (
          t("ledger.anyone")
        ),
        day(code.issuedAt),
        code.expiresAt ? day(code.expiresAt) : "—",
        <ShopifyStatus key="status" code={code} />,
      ])}
    />
  );
}
