// The offers made on this order: when, which item and offer, the answer (the
// shopper's own request marked), the agent, the net, what exists in Shopify
// (a return, a draft order paid or awaiting payment), and the answer to an
// offer still open.
import { Badge, InlineStack, Link } from "@shopify/polaris";
import { useMemo } from "react";
import type { OutcomeAnswerValues } from "../../domain/exchange/answers";
import type { ExchangeDeskView } from "../../services/exchange-desk.server";
import { AnswerForm, answerTo, useAnswerForm, type ExchangeAnswerReply } from "./AnswerForm";
import { ResourceTableCard } from "../ResourceTableCard";
import { useTranslation } from "react-i18next";
import { useFormat, usePhraseText } from "../../i18n/format";

const STATUS_TONES: Record<string, "success" | "critical" | "attention" | "info" | undefined> = {
  accepted: "success",
  deciding: "attention",
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

/** Accept or refuse an offer already made or requested: a form of its own, whose refusals the page says over the list. */
function OutcomeAnswer({
  outcomeId,
  item,
  finishing,
  canAnswer,
  reply,
}: {
  outcomeId: string;
  /** The item's name, which tells one row's buttons from another's to a screen reader. */
  item: string;
  /** An acceptance that stopped half-way: finished, never refused (Shopify may hold part of it). */
  finishing: boolean;
  canAnswer: boolean;
  reply: ExchangeAnswerReply | undefined;
}) {
  const { t } = useTranslation("exchanges");
  const defaultValue = useMemo<OutcomeAnswerValues>(() => ({ intent: "accept_outcome", outcomeId }), [outcomeId]);
  const [form] = useAnswerForm(`exchange-outcome-${outcomeId}`, defaultValue, answerTo(reply, { outcomeId }));
  return (
    <AnswerForm
      form={form}
      sent={{ outcomeId }}
      disabled={!canAnswer}
      size="slim"
      buttons={
        finishing
          ? [
              {
                intent: "accept_outcome",
                label: t("outcomes.finish"),
                accessibilityLabel: t("outcomes.finishLabel", { item }),
                variant: "primary",
              },
            ]
          : [
              {
                intent: "accept_outcome",
                label: t("outcomes.accept"),
                accessibilityLabel: t("outcomes.acceptLabel", { item }),
                variant: "primary",
              },
              { intent: "refuse_outcome", label: t("outcomes.refuse"), accessibilityLabel: t("outcomes.refuseLabel", { item }) },
            ]
      }
    />
  );
}

export interface OrderOutcomesCardProps {
  outcomes: Outcome[];
  timeZone: string;
  canAnswer: boolean;
  /** The action's last answer, to whichever form of the page sent it. */
  reply: ExchangeAnswerReply | undefined;
}

export function OrderOutcomesCard({ outcomes, timeZone, canAnswer, reply }: OrderOutcomesCardProps) {
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
        outcome.status === "shown" || outcome.status === "requested" || outcome.finishable ? (
          <OutcomeAnswer
            key="answer"
            outcomeId={outcome.id}
            item={text(outcome.item)}
            finishing={outcome.finishable}
            canAnswer={canAnswer}
            reply={reply}
          />
        ) : (
          ""
        ),
      ])}
    />
  );
}
