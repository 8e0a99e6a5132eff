// What an answer did: the exchange made in Shopify (its return, and the
// draft order with its invoice link for what the shopper pays), a refusal
// recorded, or an offer noted.
import { Banner, Link } from "@shopify/polaris";
import type { CreatedExchange } from "../../services/exchange-shopify.server";
import { Trans, useTranslation } from "react-i18next";

export function ExchangeMadeBanner({ status, created }: { status: string; created: CreatedExchange | null }) {
  const { t } = useTranslation("exchanges");
  const title = status === "accepted" ? t("made.accepted") : status === "refused" ? t("made.refused") : t("made.offered");
  return (
    <Banner tone="success" title={title}>
      {created ? (
        <p>
          {t("made.returnCreated", { name: created.returnName })}
          {created.draftOrderName ? (
            <>
              {" "}
              {created.invoiceUrl ? (
                <Trans
                  t={t}
                  i18nKey="made.draftWithInvoice"
                  values={{ name: created.draftOrderName }}
                  components={[<Link key="invoice" url={created.invoiceUrl} target="_blank" />]}
                />
              ) : (
                t("made.draft", { name: created.draftOrderName })
              )}
            </>
          ) : null}
        </p>
      ) : status === "refused" ? (
        <p>{t("made.nothing")}</p>
      ) : null}
    </Banner>
  );
}
