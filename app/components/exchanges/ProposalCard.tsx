// One offer proposed for one item: what it exchanges to, the exact money,
// the agent's words in each language, and the shopper's answer (accept,
// refuse, or offered and waiting), sent with the variant and reason chosen.
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { Badge, BlockStack, Box, Button, ButtonGroup, InlineGrid, InlineStack, Select, Tabs, Text } from "@shopify/polaris";
import { useRef, useState } from "react";
import type { ProposalView } from "../../services/exchange-desk.server";

const LANGUAGES = [
  { id: "en", content: "English" },
  { id: "ar", content: "العربية" },
  { id: "fr", content: "Français" },
] as const;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <BlockStack gap="050">
      <Text as="span" tone="subdued" variant="bodySm">
        {label}
      </Text>
      <Text as="span" variant="headingSm">
        {value}
      </Text>
    </BlockStack>
  );
}

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
          <Badge tone={proposal.mode === "return" ? "success" : "info"}>{proposal.modeLabel}</Badge>
        </InlineStack>
        <Text as="p">
          Exchange to <strong>{proposal.exchange.label}</strong>
          {proposal.bonus ? (
            <>
              {" "}
              + {proposal.bonus.kind === "free_gift" ? "free" : "discounted"} <strong>{proposal.bonus.label}</strong>
            </>
          ) : null}
          . Offer open until {new Date(proposal.windowClosesAt).toLocaleDateString("en-US")}.
        </Text>
        <InlineGrid columns={{ xs: 2, md: 4 }} gap="300">
          <Figure label="Price difference" value={proposal.priceDifference} />
          <Figure label="Shopper pays" value={proposal.shopperPays} />
          <Figure label="Refund kept" value={proposal.kept} />
          <Figure label="Net for the shop" value={proposal.net} />
        </InlineGrid>
        <Text as="p" tone="subdued" variant="bodySm">
          Upsell {proposal.upsell} · bonus cost {proposal.bonusCost} · refunded when the item is back {proposal.refund}. Figures for the
          proposed variant.
        </Text>
        <Tabs
          tabs={LANGUAGES.map((entry) => ({
            id: `${proposal.offerId}-${props.lineItemId}-${entry.id}`,
            content: entry.id === props.customerLanguage ? `${entry.content} · customer's language` : entry.content,
          }))}
          selected={language}
          onSelect={setLanguage}
        />
        <div dir={LANGUAGES[language].id === "ar" ? "rtl" : "ltr"}>
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
                label="Exchange variant"
                name="exchangeVariantId"
                options={proposal.alternatives.map((alternative) => ({ label: alternative.label, value: alternative.id }))}
                value={variant}
                onChange={setVariant}
                error={props.errors.exchangeVariantId}
              />
              <Select
                label="Return reason"
                name="reason"
                options={[{ label: "Choose the reason the shopper gave", value: "" }, ...props.reasons]}
                value={reason}
                onChange={setReason}
                error={props.errors.reason}
              />
            </InlineGrid>
            <ButtonGroup>
              <Button variant="primary" disabled={!props.canAnswer || busy} onClick={() => send("accept")}>
                Shopper accepted: make the exchange
              </Button>
              <Button disabled={!props.canAnswer || busy} onClick={() => send("refuse")}>
                Shopper refused
              </Button>
              <Button variant="plain" disabled={!props.canAnswer || busy} onClick={() => send("offer")}>
                Offered, waiting for an answer
              </Button>
            </ButtonGroup>
          </BlockStack>
        </Form>
      </BlockStack>
    </Box>
  );
}
