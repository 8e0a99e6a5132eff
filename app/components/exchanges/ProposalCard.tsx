// One offer proposed for one item: what it exchanges to, the exact money,
// the agent's words in each language, and the shopper's answer (accept,
// refuse, or offered and waiting), sent with the variant and reason chosen.
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { Badge, BlockStack, Box, Button, ButtonGroup, InlineGrid, InlineStack, Select, Tabs, Text } from "@shopify/polaris";
import { useRef, useState } from "react";
import type { ProposalView } from "../../services/exchange-desk.server";
import { Trans, useTranslation } from "react-i18next";
import { useFormat } from "../../i18n/format";
import { LabelledFigure } from "../LabelledFigure";
import { ReasonSelect } from "./ReasonSelect";

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
  /** The action's errors about this proposal's answer, by field. */
  errors: Record<string, string | undefined>;
}

export function ProposalCard(props: ProposalCardProps) {
  const { proposal } = props;
  const { t } = useTranslation("exchanges");
  const format = useFormat();
  const submit = useSubmit();
  const navigation = useNavigation();
  const form = useRef<HTMLFormElement>(null);
  const [language, setLanguage] = useState(() =>
    Math.max(
      0,
      LANGUAGES.findIndex((entry) => entry.id === props.customerLanguage),
    ),
  );
  const [variant, setVariant] = useState(proposal.exchange.id);
  const [reason, setReason] = useState(props.reason ?? "");
  const texts = proposal.texts[LANGUAGES[language].id];
  const send = (intent: "accept" | "refuse" | "offer") => {
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set("intent", intent);
    submit(data, { method: "post" });
  };
  const busy = navigation.state !== "idle";
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
        <Form method="post" ref={form}>
          <input type="hidden" name="lineItemId" value={props.lineItemId} />
          <input type="hidden" name="offerId" value={proposal.offerId} />
          <BlockStack gap="300">
            <InlineGrid columns={{ xs: 1, md: 2 }} gap="300">
              <Select
                label={t("proposal.variant")}
                name="exchangeVariantId"
                options={proposal.alternatives.map((alternative) => ({ label: alternative.label, value: alternative.id }))}
                value={variant}
                onChange={setVariant}
                error={props.errors.exchangeVariantId}
              />
              <ReasonSelect
                label={t("proposal.reason")}
                none={t("proposal.chooseReason")}
                reasons={props.reasons}
                value={reason}
                onChange={setReason}
                error={props.errors.reason}
              />
            </InlineGrid>
            <ButtonGroup>
              <Button variant="primary" disabled={!props.canAnswer || busy} onClick={() => send("accept")}>
                {t("proposal.accepted")}
              </Button>
              <Button disabled={!props.canAnswer || busy} onClick={() => send("refuse")}>
                {t("proposal.refused")}
              </Button>
              <Button variant="plain" disabled={!props.canAnswer || busy} onClick={() => send("offer")}>
                {t("proposal.offered")}
              </Button>
            </ButtonGroup>
          </BlockStack>
        </Form>
      </BlockStack>
    </Box>
  );
}
