// Support's P&L: a line per figure, a column per month and the period's
// total, every amount explained on hover; then how the figures are reached.
import { BlockStack, Box, Card, DataTable, Text } from "@shopify/polaris";
import type { FigureView } from "../../domain/profit/views";
import type { Dashboard } from "./dashboard";
import { FigureText } from "./FigureText";
import { SectionTitle } from "./SectionTitle";

const isTotal = (key: string) => key === "result" || key.startsWith("total");

function Cell({ figure, lineKey }: { figure: FigureView | undefined; lineKey: string }) {
  if (!figure) return <>—</>;
  return (
    <FigureText
      figure={figure}
      bold={isTotal(lineKey)}
      tone={lineKey === "result" && figure.minor.startsWith("-") ? "critical" : undefined}
    />
  );
}

export function ProfitLossCard({ data }: { data: Dashboard }) {
  const total = new Map(data.total.figures.map((figure) => [figure.key, figure]));
  return (
    <Card padding="0">
      <Box padding="400">
        <SectionTitle
          title="Profit and loss"
          detail="Hover over or focus an amount to see what it adds up. The CSV lists every part."
          table="pnl"
        />
      </Box>
      <DataTable
        columnContentTypes={["text", ...data.months.map(() => "numeric" as const), "numeric"]}
        headings={["", ...data.months.map((month) => (month.partial ? `${month.label} (so far)` : month.label)), "Period"]}
        rows={data.lines.map((line, index) => [
          <Text key="label" as="span" fontWeight={isTotal(line.key) ? "semibold" : undefined}>
            {line.label}
          </Text>,
          ...data.months.map((month) => <Cell key={month.month} figure={month.figures[index]} lineKey={line.key} />),
          <Cell key="period" figure={total.get(line.key)} lineKey={line.key} />,
        ])}
        hasZebraStripingOnData
        stickyHeader
      />
      <Box padding="400">
        <BlockStack gap="200">
          <Text as="p" tone="subdued">
            Cost of goods: Concierge doesn&apos;t collect Shopify&apos;s unit costs for credited orders yet, so all of the revenue is costed
            at your gross margin (revenue with a known cost: none). Exchange bonuses use Shopify&apos;s unit cost of the gift where it is
            set.
          </Text>
          <Text as="h3" variant="headingSm">
            How orders are credited
          </Text>
          {data.attributionRule.split("\n").map((line) => (
            <Text as="p" key={line}>
              {line}
            </Text>
          ))}
          <Text as="p">
            An outreach campaign&apos;s revenue is the orders credited to its agent code in its month; they move from the agent line to the
            campaign. The refund an exchange avoided on an order already credited is in that order&apos;s revenue, so only exchanges on
            other orders add revenue of their own.
          </Text>
          <Text as="p">
            What an exchange puts on a draft order (an upsell, its bonus, and the exchange itself when it costs more) counts in the month
            the shopper pays it, and not before; an upsell whose order is credited to an agent&apos;s code, a chat or the tracking page is
            in that order&apos;s revenue.
            {data.funnels.exchange.awaitingPayment
              ? ` This period: ${data.funnels.exchange.awaitingPayment.text}, not counted until paid (hover over the exchange lines of the table).`
              : ""}
          </Text>
        </BlockStack>
      </Box>
    </Card>
  );
}
