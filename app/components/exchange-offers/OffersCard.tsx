// The offers in the order they are tried, each with what it is for, what it
// proposes and its window; moved up or down, or deleted, one post each.
import { Badge, BlockStack, Box, ButtonGroup, Card, DataTable, EmptyState, InlineStack, Link, Text } from "@shopify/polaris";
import type { OffersIndex } from "../../services/exchange-offers.server";
import { PostButton } from "../form/PostButton";

export function OffersCard({ offers, busy }: { offers: OffersIndex["offers"]; busy: boolean }) {
  return (
    <Card padding="0">
      <Box padding="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            Offers
          </Text>
          <Text as="p" tone="subdued">
            Tried from the top: an item gets the first offer that covers it, is in date, fits the return reason and the return window, and
            has its exchange item in stock.
          </Text>
        </BlockStack>
      </Box>
      {offers.length === 0 ? (
        <EmptyState heading="Add your first exchange offer" action={{ content: "Add offer", url: "/app/exchange-offers/new" }} image="">
          <p>“Return these trousers?” becomes “exchange them for the new cut and get a free belt”.</p>
        </EmptyState>
      ) : (
        <DataTable
          columnContentTypes={["numeric", "text", "text", "text", "text", "text", "text"]}
          headings={["#", "Offer", "When returned", "Exchange to", "Bonus", "Window", ""]}
          rows={offers.map((offer) => [
            offer.precedence,
            <BlockStack key="name" gap="050">
              <InlineStack gap="100" blockAlign="center">
                <Link url={`/app/exchange-offers/${offer.id}`}>{offer.name}</Link>
                {offer.enabled ? null : <Badge>Off</Badge>}
                {offer.missingLanguages.length > 0 ? (
                  <Badge tone="attention">{`English for ${offer.missingLanguages.join(", ")}`}</Badge>
                ) : null}
              </InlineStack>
              <Text as="span" tone="subdued" variant="bodySm">
                {offer.dates}
              </Text>
            </BlockStack>,
            <BlockStack key="match" gap="050">
              <Text as="span">{offer.match}</Text>
              <Text as="span" tone="subdued" variant="bodySm">
                {offer.reasons}
              </Text>
            </BlockStack>,
            offer.exchange,
            offer.bonus,
            offer.returnWindow,
            <ButtonGroup key="actions">
              <PostButton fields={{ intent: "up", offerId: offer.id }} disabled={offer.first || busy} label={`Move ${offer.name} up`}>
                ↑
              </PostButton>
              <PostButton fields={{ intent: "down", offerId: offer.id }} disabled={offer.last || busy} label={`Move ${offer.name} down`}>
                ↓
              </PostButton>
              <PostButton fields={{ intent: "delete", offerId: offer.id }} disabled={busy} tone="critical">
                Delete
              </PostButton>
            </ButtonGroup>,
          ])}
        />
      )}
    </Card>
  );
}
