// One offer proposed for one item: what it exchanges to, the exact money,
// the agent's words in each language, and the shopper's answer (accept,
// refuse, or offered and waiting), sent with the variant and reason chosen.
import { Badge, BlockStack, Box, InlineGrid, InlineStack, Tabs, Text } from "@shopify/polaris";
import { useState } from "react";
import type { ProposalView } from "../../services/exchange-desk.server";
import { Trans, useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import type { FormResult } from "../form/parse";
import { LabelledFigure } from "../LabelledFigure";
import { ProposalAnswerForm } from "./ProposalAnswerForm";

// The agent's words in each language; each tab named in the admin's language, as the offer form names them.
const LANGUAGES = [{ id: "en" }, { id: "ar" }, { id: "fr" }] as const;

export interface ProposalCardProps {
  proposal: ProposalView;
  lineItemId: string;
  reason: string | null;
  reasons: { value: string; label: string }[];
  canAnswer: boolean;
  /** The customer's language, whose words are shown first; null when Concierge doesn't write it. */
  customerLanguage: string | null;
  /** The action's answer to this proposal's form, when the last answer was to it. */
  answer: FormResult | undefined;
}

export function ProposalCard(props: ProposalCardProps) {
  const { proposal } = props;
  const { t } = useTranslation("exchanges");
  const format = useFormat();
  const [language, setLanguage] = useState(() =>
    Math.max(
      0,
      LANGUAGES.findIndex((entry) => entry.id === props.customerLanguage),
    ),
  );
  const texts = proposal.texts[LANGUAGES[language].id];
  return (
    <Box padding="400" borderWidth="025" borderColor="border" borderRadius="200">
      <BlockStack gap="300">
        <InlineStack gap="200" blockAlign="center">
          <Text as="h3" variant="headingSm">
            {proposal.offerName}
          </Text>
          <Badge tone={proposal.mode === "return" ? "success" : "info"}>{t(`modes.${proposal.mode}`)}</Badge>
        </InlineStack>
        <Text as="p">
          <Trans t={t} i18nKey="proposal.exchangeTo" values={{ label: proposal.exchange.label }} components={[<strong key="label" />]} />
          {proposal.bonus ? (
            <>
              {" "}
              <Trans
                t={t}
                i18nKey={proposal.bonus.kind === "free_gift" ? "proposal.freeBonus" : "proposal.discountedBonus"}
                values={{ label: proposal.bonus.label }}
                components={[<strong key="bonus" />]}
              />
            </>
          ) : null}
          {t("proposal.openUntil", { date: format.instant(proposal.windowClosesAt, undefined) })}
        </Text>
        <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
          <LabelledFigure size="sm" label={t("proposal.priceDifference")} value={proposal.priceDifference} />
          <LabelledFigure size="sm" label={t("proposal.shopperPays")} value={proposal.shopperPays} />
          <LabelledFigure size="sm" label={t("proposal.kept")} value={proposal.kept} />
          <LabelledFigure size="sm" label={t("proposal.net")} value={proposal.net} />
        </InlineGrid>
        <Text as="p" tone="subdued" variant="bodySm">
          {t("proposal.figures", { upsell: proposal.upsell, bonusCost: proposal.bonusCost, refund: proposal.refund })}
        </Text>
        <Tabs
          tabs={LANGUAGES.map((entry) => {
            const name = t(`offers:texts.languages.${entry.id}`);
            return {
              id: `${proposal.offerId}-${props.lineItemId}-${entry.id}`,
              content: entry.id === props.customerLanguage ? t("proposal.customerLanguage", { language: name }) : name,
            };
          })}
          selected={language}
          onSelect={setLanguage}
        />
        {/* Each text in its own direction: an offer without Arabic words shows the English ones on the Arabic tab. */}
        <div dir="auto">
          <BlockStack gap="100">
            <Text as="p" fontWeight="semibold">
              {texts.headline}
            </Text>
            <Text as="p">{texts.script}</Text>
          </BlockStack>
        </div>
        <ProposalAnswerForm
          // Drawn again when the page is filtered by another reason, which the form starts from.
          key={props.reason ?? ""}
          proposal={proposal}
          lineItemId={props.lineItemId}
          reason={props.reason}
          reasons={props.reasons}
          canAnswer={props.canAnswer}
          answer={props.answer}
        />
      </BlockStack>
    </Box>
  );
}
