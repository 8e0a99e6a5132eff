// A proposal's answer on the exchange desk: the variant the shopper takes
// and the reason they gave, sent as accepted, refused or offered (shown,
// waiting for the shopper). Checked with agentAnswerSchema in the browser as
// the action parses it, so a reason left out is refused before anything is
// sent; what the action refuses comes back next to the field it names.
import { InlineGrid } from "@shopify/polaris";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ProposalAnswerValues } from "../../domain/exchange/answers";
import { SelectInput } from "../form/fields";
import { AnswerForm, useAnswerForm } from "./AnswerForm";
import type { ProposalCardProps } from "./ProposalCard";
import { reasonChoices } from "./ReasonSelect";

export type ProposalAnswerFormProps = Pick<ProposalCardProps, "proposal" | "lineItemId" | "reason" | "reasons" | "canAnswer" | "answer">;

export function ProposalAnswerForm({ proposal, lineItemId, reason, reasons, canAnswer, answer }: ProposalAnswerFormProps) {
  const { t } = useTranslation("exchanges");
  const defaultValue = useMemo<ProposalAnswerValues>(
    () => ({ intent: "accept", lineItemId, offerId: proposal.offerId, reason: reason ?? "", exchangeVariantId: proposal.exchange.id }),
    [lineItemId, proposal.offerId, proposal.exchange.id, reason],
  );
  const [form, fields] = useAnswerForm(`exchange-answer-${lineItemId}-${proposal.offerId}`, defaultValue, answer);
  return (
    <AnswerForm
      form={form}
      sent={{ lineItemId, offerId: proposal.offerId }}
      disabled={!canAnswer}
      buttons={[
        { intent: "accept", label: t("proposal.accepted"), variant: "primary" },
        { intent: "refuse", label: t("proposal.refused") },
        { intent: "offer", label: t("proposal.offered"), variant: "plain" },
      ]}
    >
      <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
        <SelectInput
          field={fields.exchangeVariantId}
          label={t("proposal.variant")}
          options={proposal.alternatives.map((alternative) => ({ label: alternative.label, value: alternative.id }))}
        />
        <SelectInput field={fields.reason} label={t("proposal.reason")} options={reasonChoices(t("proposal.chooseReason"), reasons)} />
      </InlineGrid>
    </AnswerForm>
  );
}
