// The offers made on this order: when, which item and offer, the answer (the
// shopper's own request marked), the agent, the net, what exists in Shopify
// (a return, a draft order paid or awaiting payment), and the answer to an
// offer still open.
import { Badge, InlineStack, Link } from "@shopify/polaris";
import type { ExchangeDeskView } from "../../services/exchange-desk.server";
import { PostButton } from "../form/PostButton";
import { ResourceTableCard } from "../ResourceTableCard";
import { useTranslation } from "react-i18next";
import { useFormat, usePhraseText } from "../../i18n/format";

const STATUS_TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  accepted: "success",
  refused: "critical",
  requested: "attention",
  shown: "info",
};

type Outcome = ExchangeDeskView["outcomes"][number];

function InShopify({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation("exchanges");
  if (outcome.draftOrderId) {
    return (
      <InlineStack gap="100" blockAlign="center">
        <Link url={`shopify:admin/draft_orders/${outcome.draftOrderId}`} target="_top">
          {t("outcomes.draftOrder")}
        </Link>
        {outcome.status === "accepted" ? (
          <Badge tone={outcome.draftOrderPaid ? "success" : "attention"}>
            {outcome.draftOrderPaid ? t("outcomes.paid") : t("outcomes.awaitingPayment")}
          </Badge>
        ) : null}
      </InlineStack>
    );
  }
  return <>{outcome.returnId ? t("outcomes.returnCreated") : "—"}</>;
}

function OutcomeAnswer({ outcomeId, disabled }: { outcomeId: string; disabled: boolean }) {
  const { t } = useTranslation("exchanges");
  return (
    <InlineStack gap="100">
      <PostButton fields={{ intent: "accept_outcome", outcomeId }} size="slim" primary disabled={disabled}>
        {t("outcomes.accept")}
      </PostButton>
      <PostButton fields={{ intent: "refuse_outcome", outcomeId }} size="slim" disabled={disabled}>
        {t("outcomes.refuse")}
      </PostButton>
    </InlineStack>
  );
}

export function OrderOutcomesCard({ outcomes, timeZone, canAnswer }: { outcomes: Outcome[]; timeZone: string; canAnswer: boolean }) {
  const { t } = useTranslation("exchanges");
  const format = useFormat();
  const text = usePhraseText();
  return (
    <ResourceTableCard
      title={t("outcomes.title")}
      empty={t("outcomes.none")}
      columnContentTypes={["text", "text", "text", "text", "text", "numeric", "text", "text"]}
      headings={[
        t("outcomes.when"),
        t("outcomes.item"),
        t("outcomes.offer"),
        t("outcomes.answer"),
        t("outcomes.agent"),
        t("outcomes.net"),
        t("outcomes.inShopify"),
        "",
      ]}
      rows={outcomes.map((outcome) => [
        format.instant(outcome.createdAt, timeZone, "dateTime"),
        text(outcome.item),
        text(outcome.offerName),
        <Badge key="status" tone={STATUS_TONES[outcome.status]}>
          {t(outcome.channel === "self_service" ? "outcomes.statusShopper" : "outcomes.status", {
            status: t(`outcomes.statuses.${outcome.status}`, { defaultValue: outcome.status }),
          })}
        </Badge>,
        outcome.agent ? text(outcome.agent) : "—",
        outcome.status === "accepted" ? outcome.net : "—",
        <InShopify key="shopify" outcome={outcome} />,
        outcome.status === "shown" || outcome.status === "requested" ? (
          <OutcomeAnswer key="answer" outcomeId={outcome.id} disabled={!canAnswer} />
        ) : (
          ""
        ),
      ])}
    />
  );
}
