// One item of the order: what was bought and delivered, why it can't go back
// (when it can't), the offers that apply in precedence order, and those that
// don't with the reason.
import { Badge, Banner, BlockStack, Card, Divider, InlineStack, Text } from "@shopify/polaris";
import type { ExchangeDeskView } from "../../services/exchange-desk.server";
import { answerTo, type ExchangeAnswerReply } from "./AnswerForm";
import { ProposalCard, type ProposalCardProps } from "./ProposalCard";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";

export interface OrderItemCardProps extends Pick<ProposalCardProps, "reason" | "reasons" | "canAnswer" | "customerLanguage"> {
  item: ExchangeDeskView["items"][number];
  timeZone: string;
  /** The action's last answer, to whichever form of the page sent it. */
  reply: ExchangeAnswerReply | undefined;
}

export function OrderItemCard({ item, timeZone, reply, ...answer }: OrderItemCardProps) {
  const { t } = useTranslation("exchanges");
  const format = useFormat();
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <BlockStack gap="050">
            <Text as="h2" variant="headingMd">
              {item.title}
            </Text>
            <Text as="span" tone="subdued">
              {[
                item.variantTitle,
                t("item.paid", { quantity: item.quantity, unit: item.paidUnit }),
                t("item.returnable", { count: item.returnableQuantity }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </Text>
          </BlockStack>
          {item.deliveredAt ? (
            <Badge tone="success">{t("item.delivered", { date: format.instant(item.deliveredAt, timeZone) })}</Badge>
          ) : null}
        </InlineStack>
        {item.refusal ? <Banner tone="warning">{item.refusal}</Banner> : null}
        {item.proposals.map((proposal) => (
          <ProposalCard
            key={proposal.offerId}
            proposal={proposal}
            lineItemId={item.lineItemId}
            answer={answerTo(reply, { lineItemId: item.lineItemId, offerId: proposal.offerId })}
            {...answer}
          />
        ))}
        {item.skipped.length > 0 ? (
          <>
            <Divider />
            <Text as="p" tone="subdued" variant="bodySm">
              {t("item.notProposed", {
                offers: item.skipped
                  .map((skip) => t("item.skippedOffer", { offer: skip.offerName, why: t(`skips.${skip.reason}`) }))
                  .join("; "),
              })}
            </Text>
          </>
        ) : null}
      </BlockStack>
    </Card>
  );
}
