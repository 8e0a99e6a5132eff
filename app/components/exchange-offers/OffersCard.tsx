// The offers in the order they are tried, each with what it is for, what it
// proposes and its window; moved up or down, or deleted, one post each.
import { Badge, BlockStack, ButtonGroup, InlineStack, Link, Text } from "@shopify/polaris";
import { returnReasonLabel } from "../../domain/exchange/offers";
import { useFormat, usePhraseText } from "../../i18n/format";
import type { OffersIndex } from "../../services/exchange-offers.server";
import { PostButton } from "../form/PostButton";
import { ResourceTableCard } from "../ResourceTableCard";
import { useTranslation } from "react-i18next";

export function OffersCard({ offers, busy }: { offers: OffersIndex["offers"]; busy: boolean }) {
  const { t } = useTranslation("offers");
  const { locale } = useFormat();
  const text = usePhraseText();
  const list = new Intl.ListFormat(locale, { style: "narrow", type: "unit" });
  return (
    <ResourceTableCard
      title={t("list.title")}
      detail={t("list.detail")}
      empty={{ heading: t("list.emptyTitle"), body: t("list.emptyBody"), action: { content: t("add"), url: "/app/exchange-offers/new" } }}
      columnContentTypes={["numeric", "text", "text", "text", "text", "text", "text"]}
      headings={["#", t("requests.offer"), t("list.whenReturned"), t("proposal.exchangeTo"), t("proposal.bonus"), t("list.window"), ""]}
      rows={offers.map((offer) => [
        offer.precedence,
        <BlockStack key="name" gap="050">
          <InlineStack gap="100" blockAlign="center">
            <Link url={`/app/exchange-offers/${offer.id}`}>{offer.name}</Link>
            {offer.enabled ? null : <Badge>{t("off")}</Badge>}
            {offer.missingLanguages.length > 0 ? (
              <Badge tone="attention">{t("list.englishFor", { languages: offer.missingLanguages.join(", ") })}</Badge>
            ) : null}
          </InlineStack>
          <Text as="span" tone="subdued" variant="bodySm">
            {text(offer.dates)}
          </Text>
        </BlockStack>,
        <BlockStack key="match" gap="050">
          <Text as="span">{list.format(offer.match.map(text))}</Text>
          <Text as="span" tone="subdued" variant="bodySm">
            {offer.reasons.length === 0
              ? t("list.summary.anyReason")
              : list.format(offer.reasons.map((reason) => returnReasonLabel(reason, locale)))}
          </Text>
        </BlockStack>,
        text(offer.exchange),
        text(offer.bonus),
        text(offer.returnWindow),
        <ButtonGroup key="actions">
          <PostButton
            fields={{ intent: "up", offerId: offer.id }}
            disabled={offer.first || busy}
            label={t("list.moveUp", { name: offer.name })}
          >
            ↑
          </PostButton>
          <PostButton
            fields={{ intent: "down", offerId: offer.id }}
            disabled={offer.last || busy}
            label={t("list.moveDown", { name: offer.name })}
          >
            ↓
          </PostButton>
          <PostButton
            fields={{ intent: "delete", offerId: offer.id }}
            disabled={busy}
            tone="critical"
            label={t("list.deleteLabel", { name: offer.name })}
          >
            {t("list.delete")}
          </PostButton>
        </ButtonGroup>,
      ])}
    />
  );
}
