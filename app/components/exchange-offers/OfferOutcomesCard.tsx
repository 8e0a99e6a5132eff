// What the offers brought in over the period, by offer and by agent: shown,
// accepted, refused, pending, and the money (kept, upsell, bonus cost, net),
// with what still awaits the shopper's payment apart.
import { Form } from "@remix-run/react";
import { BlockStack, Button, Card, DataTable, InlineStack, Select, Text, Tooltip } from "@shopify/polaris";
import { useState } from "react";
import type { OffersIndex } from "../../services/exchange-offers.server";

const PERIODS = [
  { label: "Last 30 days", value: "30" },
  { label: "Last 90 days", value: "90" },
];

const HEADINGS = [
  "",
  "Shown",
  "Accepted",
  "Refused",
  "Pending",
  "Acceptance",
  "Revenue kept",
  "Upsell",
  "Bonus cost",
  "Net",
  "Awaiting payment",
];
const TYPES: ("text" | "numeric")[] = [
  "text",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
  "numeric",
];

type Row = {
  label: string;
  shown: number;
  accepted: number;
  refused: number;
  pending: number;
  acceptance: string;
  kept: string;
  upsell: string;
  bonusCost: string;
  net: string;
  awaiting: string;
  awaitingText: string | null;
};
/** What awaits payment, with its draft orders on hover, as the profit page explains its figures. */
function Awaiting({ row }: { row: Row }) {
  if (!row.awaitingText) return <>{row.awaiting}</>;
  return (
    <Tooltip content={`${row.awaitingText}: counted once the shopper pays`}>
      <span tabIndex={0} aria-label={`${row.awaitingText}, counted once the shopper pays`}>
        {row.awaiting}
      </span>
    </Tooltip>
  );
}

const cells = (row: Row) => [
  row.label,
  row.shown,
  row.accepted,
  row.refused,
  row.pending,
  row.acceptance,
  row.kept,
  row.upsell,
  row.bonusCost,
  row.net,
  <Awaiting key="awaiting" row={row} />,
];

export function OfferOutcomesCard({ period, outcomes, currencyCode }: Pick<OffersIndex, "period" | "outcomes" | "currencyCode">) {
  const [days, setDays] = useState(String(period.days));
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            Outcomes · last {period.days} days
          </Text>
          <Form method="get">
            <InlineStack gap="200" blockAlign="end">
              <Select label="Period" labelHidden name="period" options={PERIODS} value={days} onChange={setDays} />
              <Button submit>Show</Button>
            </InlineStack>
          </Form>
        </InlineStack>
        <Text as="p" tone="subdued">
          Revenue kept is the refund avoided; upsell is what shoppers paid on top; bonus cost is a gift&apos;s unit cost or an upsell&apos;s
          discount. Net = kept + upsell − bonus cost, in {currencyCode}. What an exchange puts on a draft order (an upsell, its discount,
          and the exchange itself when it costs more) counts once the shopper pays it, in the period they pay; until then it is under
          Awaiting payment and in no other column.
        </Text>
        {outcomes.totals.awaitingText ? <Text as="p">{`${outcomes.totals.awaitingText}, counted once the shoppers pay.`}</Text> : null}
        <Text as="h3" variant="headingSm">
          By offer
        </Text>
        <DataTable
          columnContentTypes={TYPES}
          headings={HEADINGS}
          rows={outcomes.byOffer.map(cells)}
          totals={cells(outcomes.totals).map((cell, index) => (index === 0 ? "" : cell))}
          showTotalsInFooter
        />
        <Text as="h3" variant="headingSm">
          By agent
        </Text>
        <DataTable columnContentTypes={TYPES} headings={HEADINGS} rows={outcomes.byAgent.map(cells)} />
        {outcomes.otherCurrencyRows > 0 ? (
          <Text as="p" tone="caution">
            {outcomes.otherCurrencyRows} outcome(s) in another currency than {currencyCode} are not counted here.
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
